import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Verdict } from '../api-types.ts';
import { useOpenParam } from '../open-param.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { ConsultationDrawer } from '../consultations/consultation-drawer.tsx';
import { STATE_TONES, useConsultations, type ConsultationSummary } from '../consultations/consultation-data.ts';
import { OpenConsultationModal } from '../consultations/open-consultation-modal.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { can, type Session } from '../session.ts';

/** 征求意见: every consultation with its state and closing time; a drawer for moderation, handling and feedback. */
export function ConsultationsPage({ session }: { session: Session }) {
  const q = useConsultations();
  const [opening, setOpening] = useState(false);
  const [open, setOpen] = useOpenParam();
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const done = (title: string, verdicts: readonly Verdict[]) => {
    setOpening(false);
    setOutcome({ title, verdicts });
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          征求意见
        </Typography.Title>
        {can(session, 'consultation:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            发起征求意见
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">
        规范性文件、重大行政决策草案向社会公开征求意见（第二十五条）。意见经县政府办公室或起草单位审核后采用；征求意见期间届满后，由起草单位逐条记录采纳情况并在政务公开栏目公开反馈。
      </Typography.Text>
      {outcome && (
        <Flex vertical gap={8} data-testid="consultation-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      {q.isError && <ErrorAlert error={q.error} title="无法读取征求意见" />}
      <Table<ConsultationSummary>
        rowKey="id"
        size="middle"
        loading={q.isPending}
        dataSource={[...(q.data?.consultations ?? [])]}
        // antd's placeholder text is too pale to read (WCAG AA); the secondary text colour is not.
        locale={{ emptyText: <Typography.Text type="secondary">尚无征求意见</Typography.Text> }}
        columns={[
          { title: '标题', dataIndex: 'title', render: (t: string, c) => <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => setOpen(c.id)}>{t}</Button> },
          { title: '类别', dataIndex: 'subjectTypeLabel', width: 120 },
          { title: '起草单位', dataIndex: 'draftingBodyName', width: 150 },
          { title: '截止时间', dataIndex: 'lastDay', width: 190, render: (d: string, c) => <span title={`自${beijingMinute(c.opensAt)}起`}>{`${chineseDate(d)}24时`}{c.shortenedReason ? '（已缩短）' : ''}</span> },
          { title: '状态', dataIndex: 'state', width: 110, render: (_: string, c) => <ToneTag tone={STATE_TONES[c.state]}>{c.stateLabel}</ToneTag> },
          {
            title: '意见', key: 'counts', width: 200,
            render: (_: unknown, c) => `待审核 ${c.counts.pending} · 采用 ${c.counts.approved} · 不予采用 ${c.counts.rejected}`,
          },
        ]}
      />
      <OpenConsultationModal open={opening} onClose={() => setOpening(false)} onDone={done} />
      <ConsultationDrawer id={open} onClose={() => setOpen(null)} onDone={(title, verdicts) => setOutcome({ title, verdicts })} />
    </Flex>
  );
}
