import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Table, Typography } from 'antd';
import { apiPost, isApiError } from '../api.ts';
import type { LeaveItem } from '../api-types.ts';
import { Period } from '../components/period.tsx';
import { beijingMinute } from '../format.ts';
import { ToneTag } from '../components/tone-tag.tsx';
import type { Decision } from './decide-modal.tsx';
import { invalidateAfterLeave, STATUS_TONES } from './leave-data.ts';

const OWN_LABELS = { cancel: '撤回', return: '销假' } as const;

/** 撤回 and 销假: the requester's own actions, each confirmed first. */
function OwnActions({ item }: { item: LeaveItem }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const act = useMutation({
    mutationFn: (type: 'cancel' | 'return') => apiPost<LeaveItem>(`/api/leave/${encodeURIComponent(item.id)}/${type}`, {}),
    onSuccess: (_r, type) => void message.success(`已${OWN_LABELS[type]}`),
    onError: (e) => void message.error(isApiError(e) ? e.message : '操作失败，请稍后重试'),
    onSettled: () => invalidateAfterLeave(client),
  });
  return (
    <>
      {item.abilities.cancel && (
        <Popconfirm title="撤回这项申请？" okText="撤回" cancelText="取消" onConfirm={() => act.mutate('cancel')}>
          <Button size="small" loading={act.isPending && act.variables === 'cancel'}>
            撤回
          </Button>
        </Popconfirm>
      )}
      {item.abilities.return && (
        <Popconfirm title="确认已返回并销假？" okText="销假" cancelText="取消" onConfirm={() => act.mutate('return')}>
          <Button size="small" type="primary" loading={act.isPending && act.variables === 'return'}>
            销假
          </Button>
        </Popconfirm>
      )}
    </>
  );
}

function StatusCell({ item }: { item: LeaveItem }) {
  return (
    <Flex vertical gap={4} align="start">
      <Flex gap={4} wrap>
        <ToneTag tone={STATUS_TONES[item.status]}>{item.statusLabel}</ToneTag>
        {item.late && <ToneTag tone="volcano">逾期提出</ToneTag>}
      </Flex>
      {item.late && item.lateReason && <Typography.Text type="secondary">原因：{item.lateReason}</Typography.Text>}
      {item.officeAt && item.officeByName && (
        <Typography.Text type="secondary" data-testid="leave-office-step">
          {item.status === 'sent-back' ? '办公室退回' : '办公室转呈'}：{item.officeByName}，{beijingMinute(item.officeAt)}
          {item.officeNote ? `（${item.officeNote}）` : ''}
        </Typography.Text>
      )}
      {item.decidedByName && item.status !== 'requested' && item.status !== 'at-office' && item.status !== 'sent-back' && (
        <Typography.Text type="secondary" data-testid="leave-decided-by">
          {item.decidedByDisplay ?? item.decidedByName}
          {item.decisionNote ? `：${item.decisionNote}` : ''}
        </Typography.Text>
      )}
    </Flex>
  );
}

export function LeaveTable({
  items,
  loading,
  emptyText,
  onDecide,
  onBehalfOf,
}: {
  items: readonly LeaveItem[];
  loading: boolean;
  emptyText: string;
  onDecide: (d: Decision) => void;
  /** 代录: decisions in this table are entered for this leader. */
  onBehalfOf?: Decision['onBehalfOf'];
}) {
  return (
    <Table<LeaveItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...items]}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      data-testid="leave-table"
      columns={[
        {
          title: '申请人',
          key: 'person',
          width: 170,
          render: (_: unknown, l) => (
            <Flex vertical>
              <Typography.Text strong>{l.personName}</Typography.Text>
              <Typography.Text type="secondary">{l.positionTitle}</Typography.Text>
            </Flex>
          ),
        },
        { title: '类别', dataIndex: 'kindLabel', width: 60 },
        {
          title: '时间（北京时间）',
          key: 'period',
          width: 190,
          render: (_: unknown, l) => <Period from={l.fromAt} to={l.toAt} returnedAt={l.returnedAt} />,
        },
        { title: '去向', dataIndex: 'destination', width: 100 },
        { title: '事由', dataIndex: 'reason' },
        { title: '主持工作', key: 'presiding', width: 90, render: (_: unknown, l) => l.presidingName ?? '—' },
        { title: '审批人', key: 'approver', width: 110, render: (_: unknown, l) => l.approverTitle ?? '无须审批' },
        { title: '状态', key: 'status', width: 200, render: (_: unknown, l) => <StatusCell item={l} /> },
        {
          title: '操作',
          key: 'actions',
          width: 150,
          render: (_: unknown, l) => (
            <Flex gap={6} wrap>
              {l.abilities.forward && (
                <Button size="small" type="primary" onClick={() => onDecide({ type: 'forward', item: l })}>
                  转呈
                </Button>
              )}
              {l.abilities.sendBack && (
                <Button size="small" danger onClick={() => onDecide({ type: 'send-back', item: l })}>
                  退回
                </Button>
              )}
              {l.abilities.approve && (
                <Button size="small" type="primary" onClick={() => onDecide({ type: 'approve', item: l, onBehalfOf })}>
                  {onBehalfOf ? '代录批准' : '批准'}
                </Button>
              )}
              {l.abilities.reject && (
                <Button size="small" danger onClick={() => onDecide({ type: 'reject', item: l, onBehalfOf })}>
                  {onBehalfOf ? '代录不批准' : '不批准'}
                </Button>
              )}
              <OwnActions item={l} />
            </Flex>
          ),
        },
      ]}
    />
  );
}
