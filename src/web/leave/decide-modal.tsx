import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { apiPost, type Envelope } from '../api.ts';
import type { LeaveItem } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingPeriod } from '../format.ts';
import { entryText } from '../entry/entry-data.tsx';
import { invalidateAfterLeave } from './leave-data.ts';

export interface Decision {
  readonly type: 'approve' | 'reject' | 'forward' | 'send-back';
  readonly item: LeaveItem;
  /** 代录: the leader whose decision the secretary enters, and the secretary's own name. */
  readonly onBehalfOf?: { readonly personId: string; readonly name: string; readonly me: string } | undefined;
}

const LABELS: Readonly<Record<Decision['type'], { title: string; note: string; required: boolean }>> = {
  approve: { title: '批准', note: '审批意见', required: false },
  reject: { title: '不批准', note: '不批准的理由', required: true },
  forward: { title: '转呈', note: '转呈意见', required: false },
  'send-back': { title: '退回', note: '退回的理由', required: true },
};

/**
 * 批准 (an optional 意见) or 不批准 (a reason is required): POST /api/leave/:id/approve|reject —
 * also as 代录 for a leader; and the office's 转呈 (optional note) or 退回 (reason required, art. 59).
 */
export function DecideModal({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (r: Envelope<LeaveItem>, d: Decision) => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const client = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ d, note }: { d: Decision; note: string }) =>
      apiPost<LeaveItem>(`/api/leave/${encodeURIComponent(d.item.id)}/${d.type}`, {
        ...(note === '' && !LABELS[d.type].required ? {} : { note }),
        ...(d.onBehalfOf ? { onBehalfOfPersonId: d.onBehalfOf.personId } : {}),
      }),
    onSuccess: (r, v) => onDone(r, v.d),
    onError: (e) => applyFieldErrors(form, e, { note: 'note' }),
    onSettled: () => invalidateAfterLeave(client),
  });
  const label = LABELS[decision?.type ?? 'approve'];
  const reject = label.required;
  const title = decision?.onBehalfOf ? `代录${decision.onBehalfOf.name}的决定：${label.title}` : label.title;
  const close = () => {
    decide.reset();
    onClose();
  };
  return (
    <Modal
      open={decision !== null}
      title={title}
      okText={label.title}
      okButtonProps={reject ? { danger: true } : {}}
      cancelText="取消"
      confirmLoading={decide.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {decision && (
        <Typography.Paragraph>
          <Typography.Text strong>
            {decision.item.personName}（{decision.item.positionTitle}）
          </Typography.Text>
          {decision.item.kindLabel}，{beijingPeriod(decision.item.fromAt, decision.item.toAt)}，{decision.item.destination}
          {decision.type === 'forward' && decision.item.approverTitle ? `。转呈${decision.item.approverTitle}审批` : ''}
        </Typography.Paragraph>
      )}
      {decision?.onBehalfOf && (
        <Typography.Paragraph type="secondary" data-testid="entry-record-as">
          将记为：{entryText(decision.onBehalfOf.me, decision.onBehalfOf.name)}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => decision && decide.mutate({ d: decision, note: (v.note ?? '').trim() })}>
        <Form.Item
          label={label.note}
          name="note"
          rules={
            reject
              ? [{ required: true, whitespace: true, message: `请说明${label.note}` }, { min: 2, message: '理由至少 2 个字' }, { max: 500, message: '不超过 500 字' }]
              : [{ max: 500, message: '不超过 500 字' }]
          }
          extra={reject ? undefined : '可不填'}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      <ErrorAlert error={decide.error} />
    </Modal>
  );
}
