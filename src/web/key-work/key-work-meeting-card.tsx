import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Citation } from '../components/citation.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { chineseDate } from '../format.ts';
import { StandingTag } from './key-work-drawer.tsx';
import { STANDING_ORDER, STANDING_TONES, type KeyWorkItem, type MeetingKeyWork, type QuarterList } from './key-work-data.ts';

function QuarterBlock({ heading, list, counts, testId }: { heading: string; list: QuarterList; counts: boolean; testId: string }) {
  return (
    <section aria-label={heading} data-testid={testId}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{heading}</Typography.Text>
        <Typography.Text type="secondary">共{list.counts.total}项{list.ended ? '（按季末情况）' : ''}</Typography.Text>
        {counts && STANDING_ORDER.map((s) => (
          <ToneTag key={s.value} tone={STANDING_TONES[s.value]}>
            {s.label} {list.counts[s.value]}
          </ToneTag>
        ))}
      </Flex>
      <Table<KeyWorkItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...list.items]}
        locale={{ emptyText: `${list.label}尚无重点工作` }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 56 },
          { title: '工作事项', dataIndex: 'title', render: (t: string, i) => (i.carriedFrom ? `${t}（挂单）` : t) },
          { title: '牵头单位', dataIndex: 'leadBodyName', width: 150 },
          { title: '完成时限', dataIndex: 'dueDate', width: 130, render: (d: string) => chineseDate(d) },
          { title: '状态', key: 'standing', width: 90, render: (_: unknown, i) => <StandingTag item={i} /> },
        ]}
      />
    </section>
  );
}

/**
 * A 县长办公会议 at the start of a quarter (art. 47): last quarter's key-work list with its counts by
 * standing, as it stood at the quarter's end, and this quarter's list to deploy.
 */
export function KeyWorkMeetingCard({ keyWork }: { keyWork: MeetingKeyWork }) {
  return (
    <Card size="small" title="季度重点工作" data-testid="meeting-key-work" extra={<Link to="/key-work">重点工作清单</Link>}>
      <Flex vertical gap={16}>
        <Typography.Text className="yz-inline-links">
          会议任务：{keyWork.agenda}（<Citation id="yunyang-2025:47" />）
        </Typography.Text>
        <QuarterBlock heading={`上季度：${keyWork.previous.label}`} list={keyWork.previous} counts testId="meeting-key-work-previous" />
        <QuarterBlock heading={`本季度：${keyWork.current.label}`} list={keyWork.current} counts={false} testId="meeting-key-work-current" />
      </Flex>
    </Card>
  );
}
