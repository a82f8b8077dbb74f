import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Empty, Flex, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { apiGet } from '../api.ts';
import type { EmergencyItem } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { beijingMinute, chineseDate, chineseWeekday } from '../format.ts';

export const EMERGENCIES_KEY = ['emergencies'] as const;

/** GET /api/emergencies: every record for the 县长 and the office, a leader's own otherwise. */
export function useEmergencies() {
  return useQuery({
    queryKey: EMERGENCIES_KEY,
    queryFn: () => apiGet<EmergencyItem[]>('/api/emergencies'),
  });
}

type ReportState = NonNullable<EmergencyItem['report']>['state'];

const STATE_TONES: Readonly<Record<ReportState, Tone>> = {
  reported: 'green',
  pending: 'gold',
  overdue: 'red',
  cancelled: 'default',
  none: 'default',
};

const STATE_FILTERS: readonly {
  value: 'all' | 'pending' | 'overdue' | 'reported';
  label: string;
}[] = [
  { value: 'all', label: '全部报告状态' },
  { value: 'pending', label: '待报告（未逾期）' },
  { value: 'overdue', label: '已逾期' },
  { value: 'reported', label: '已报告' },
];

/** The report to the 县长: 已报告, 还剩 N 个工作日 or 已逾期, with its due date. */
function ReportCell({ item }: { item: EmergencyItem }) {
  const r = item.report;
  if (!r) return <Typography.Text type="secondary">未生成报告待办</Typography.Text>;
  return (
    <Flex vertical gap={2} align="start">
      <Flex gap={4} wrap>
        <ToneTag tone={STATE_TONES[r.state]}>{r.stateLabel}</ToneTag>
        {r.escalated && r.state !== 'reported' && <ToneTag tone="volcano">已督办</ToneTag>}
      </Flex>
      {r.state === 'reported' && r.completedAt ? (
        <Typography.Text type="secondary">{beijingMinute(r.completedAt)}</Typography.Text>
      ) : (
        r.dueDate && (
          <Typography.Text type="secondary">
            期限 {chineseDate(r.dueDate)}（{chineseWeekday(r.dueDate)}）
          </Typography.Text>
        )
      )}
    </Flex>
  );
}

const CSV: readonly CsvColumn<EmergencyItem>[] = [
  { header: '事项', value: (e) => e.title },
  { header: '处置人', value: (e) => e.handledByDisplay },
  { header: '岗位', value: (e) => e.positionTitle },
  { header: '处置时间（北京时间）', value: (e) => beijingMinute(e.handledAt) },
  { header: '处置情况', value: (e) => e.description },
  { header: '向县长报告', value: (e) => e.report?.stateLabel ?? '' },
  { header: '报告期限', value: (e) => e.report?.dueDate ?? '' },
  {
    header: '报告时间（北京时间）',
    value: (e) => (e.report?.completedAt ? beijingMinute(e.report.completedAt) : ''),
  },
];

/** One record in full: what happened, who handled it and when, and the report to the 县长. */
function EmergencyDrawer({ item, onClose }: { item: EmergencyItem | null; onClose: () => void }) {
  const r = item?.report ?? null;
  return (
    <Drawer open={item !== null} onClose={onClose} title={item?.title ?? ''} size={560} destroyOnHidden data-testid="emergency-drawer">
      {item && (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'who',
                label: '处置人',
                children: (
                  <span data-testid="emergency-handled-by">
                    {item.handledByDisplay}（{item.positionTitle}）
                  </span>
                ),
              },
              {
                key: 'at',
                label: '处置时间',
                children: beijingMinute(item.handledAt),
              },
              {
                key: 'rec',
                label: '登记时间',
                children: beijingMinute(item.createdAt),
              },
              {
                key: 'desc',
                label: '处置情况',
                children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{item.description}</Typography.Paragraph>,
              },
            ]}
          />
          <Typography.Title level={4} style={{ margin: 0 }}>
            向县长报告
          </Typography.Title>
          {r ? (
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                {
                  key: 'state',
                  label: '状态',
                  children: <ReportCell item={item} />,
                },
                ...(r.dueDate
                  ? [
                      {
                        key: 'due',
                        label: '办理期限',
                        children: `${chineseDate(r.dueDate)}（${chineseWeekday(r.dueDate)}）24时前`,
                      },
                    ]
                  : []),
                ...(r.completedAt
                  ? [
                      {
                        key: 'done',
                        label: '报告时间',
                        children: `${beijingMinute(r.completedAt)}${r.completedByName ? `，${r.completedByName}` : ''}`,
                      },
                    ]
                  : []),
                ...(r.note ? [{ key: 'note', label: '报告情况', children: r.note }] : []),
                {
                  key: 'esc',
                  label: '督办',
                  children: r.escalated ? '逾期后已督办' : '未督办',
                },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">未生成报告待办。</Typography.Text>
          )}
          <Typography.Text type="secondary" className="yz-inline-links">
            依据：
            <Citation id="yunyang-2025:6" />
            。报告期限为一个工作日（第六条规定“及时”，本系统取一个工作日，见规则包参数）；报告待办在处置人岗位的
            <Link to="/workbench">工作台</Link>办结。
          </Typography.Text>
        </Flex>
      )}
    </Drawer>
  );
}

/** 处置记录 (art. 6): each record, who handled it, when, and the state of the report to the 县长. */
export function EmergencyList() {
  const list = useEmergencies();
  const seesAll = list.data?.abilities?.['seesAll'] ?? false;
  const [search, setSearch] = useState('');
  const [state, setState] = useState<(typeof STATE_FILTERS)[number]['value']>('all');
  const [person, setPerson] = useState<string>('');
  const [open, setOpen] = useState<EmergencyItem | null>(null);
  const all = useMemo(() => list.data?.data ?? [], [list.data]);
  const people = useMemo(
    () => [...new Map(all.map((e) => [e.personId, e.personName])).entries()].map(([value, label]) => ({ value, label })),
    [all],
  );
  const term = search.trim();
  const shown = all.filter(
    (e) =>
      (term === '' || [e.title, e.description, e.personName].some((s) => s.includes(term))) &&
      (state === 'all' || e.report?.state === state) &&
      (person === '' || e.personId === person),
  );
  return (
    <section aria-labelledby="emergency-list-title" data-testid="emergency-list">
      <Flex vertical gap={8}>
        <Typography.Title level={3} id="emergency-list-title" style={{ margin: 0, fontSize: 18 }}>
          处置记录
        </Typography.Title>
        <Typography.Text type="secondary">
          {seesAll ? '全部紧急事项的处置记录。' : '您处置的紧急事项（县长和县政府办公室可查看全部）。'}
        </Typography.Text>
        <ListToolbar
          search={search}
          onSearch={setSearch}
          placeholder="按事项、处置情况或处置人搜索"
          onExport={() => downloadCsv('紧急事项处置记录', shown, CSV)}
          exportDisabled={shown.length === 0}
        >
          <Select aria-label="报告状态" value={state} onChange={setState} options={[...STATE_FILTERS]} style={{ width: 170 }} />
          {seesAll && (
            <Select
              aria-label="处置人"
              value={person}
              onChange={setPerson}
              options={[{ value: '', label: '全部处置人' }, ...people]}
              style={{ width: 150 }}
            />
          )}
        </ListToolbar>
        {list.isError && <ErrorAlert error={list.error} title="无法读取紧急事项处置记录" />}
        <Table<EmergencyItem>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={shown}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showSizeChanger: false,
          }}
          locale={{
            emptyText: <Empty description={term || state !== 'all' || person ? '没有符合条件的记录' : '暂无紧急事项处置记录'} />,
          }}
          data-testid="emergency-table"
          onRow={(e) => ({ onDoubleClick: () => setOpen(e) })}
          columns={[
            { title: '事项', dataIndex: 'title' },
            {
              title: '处置人',
              key: 'who',
              width: 200,
              render: (_: unknown, e) => (
                <Flex vertical>
                  <Typography.Text strong>{e.handledByDisplay}</Typography.Text>
                  <Typography.Text type="secondary">{e.positionTitle}</Typography.Text>
                </Flex>
              ),
            },
            {
              title: '处置时间（北京时间）',
              key: 'at',
              width: 170,
              render: (_: unknown, e) => beijingMinute(e.handledAt),
            },
            {
              title: '向县长报告',
              key: 'report',
              width: 200,
              render: (_: unknown, e) => <ReportCell item={e} />,
            },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_: unknown, e) => (
                <Button size="small" onClick={() => setOpen(e)} aria-label={`查看“${e.title}”详情`}>
                  详情
                </Button>
              ),
            },
          ]}
        />
      </Flex>
      <EmergencyDrawer item={open} onClose={() => setOpen(null)} />
    </section>
  );
}
