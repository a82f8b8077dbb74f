import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute } from '../format.ts';
import { ApplyMeetingModal } from '../meeting-approvals/apply-modal.tsx';
import { ApprovalDrawer } from '../meeting-approvals/approval-drawer.tsx';
import { STATUS_TONES, useApprovals, type ApprovalView } from '../meeting-approvals/approval-data.ts';
import { can, type Session } from '../session.ts';

/** 会议审批 (art. 51): applications to hold work meetings, each with its status and next step; apply; open one to act on it. */
export function MeetingApprovalsPage({ session }: { session: Session }) {
  const q = useApprovals();
  const [applying, setApplying] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const organisers = q.data?.organisers ?? [];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          会议审批
        </Typography.Title>
        {can(session, 'meeting:apply') && organisers.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            申请召开会议
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        依第五十一条：工作会议要控制规模、严格审批。需乡镇（街道）行政主要负责人参加的，由县政府办公室主任审查后报县长批准；需乡镇（街道）分管领导和县政府有关部门负责人参加的，由县政府办公室联系班子成员或主任审查后报分管副县长批准。
      </Typography.Paragraph>
      {outcome && (
        <Flex vertical gap={8} data-testid="approval-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts} />
        </Flex>
      )}
      {q.isError && <ErrorAlert error={q.error} title="无法读取会议审批" />}
      <Table<ApprovalView>
        rowKey="id"
        size="middle"
        loading={q.isPending}
        dataSource={[...(q.data?.applications ?? [])]}
        locale={{ emptyText: <Typography.Text type="secondary">暂无工作会议申请</Typography.Text> }}
        data-testid="approval-table"
        columns={[
          { title: '会议', dataIndex: 'title', render: (t: string, a) => <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(a.id)}>{t}</Button> },
          { title: '主办单位', dataIndex: 'organiserName', width: 150 },
          { title: '时间', dataIndex: 'startsAt', width: 150, render: (v: string) => beijingMinute(v) },
          { title: '参会人员', dataIndex: 'attendeesLabel', width: 220 },
          { title: '状态', dataIndex: 'statusLabel', width: 120, render: (l: string, a) => <ToneTag tone={STATUS_TONES[a.status]}>{l}</ToneTag> },
          { title: '下一步', dataIndex: 'nextStep', width: 260, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <ApplyMeetingModal
        open={applying}
        organisers={organisers}
        onClose={() => setApplying(false)}
        onDone={(a, verdicts) => {
          setApplying(false);
          setOutcome({ title: `已提交“${a.title}”的申请${a.status === 'not-required' ? '（无须报县政府审批）' : '，待县政府办公室审查'}`, verdicts });
        }}
      />
      <ApprovalDrawer id={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
