import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { apiPost, type Envelope } from '../api.ts';
import type { LeaveItem } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingPeriod } from '../format.ts';
import { invalidateAfterLeave } from './leave-data.ts';

export interface Decision {
  readonly type: 'approve' | 'reject';
  readonly item: LeaveItem;
}

/** 批准 (an optional 意见) or 不批准 (a reason is required): POST /api/leave/:id/approve|reject. */
export function DecideModal({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (r: Envelope<LeaveItem>, d: Decision) => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const client = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ d, note }: { d: Decision; note: string }) =>
      apiPost<LeaveItem>(`/api/leave/${encodeURIComponent(d.item.id)}/${d.type}`, note === '' && d.type === 'approve' ? {} : { note }),
    onSuccess: (r, v) => onDone(r, v.d),
    onError: (e) => applyFieldErrors(form, e, { note: 'note' }),
    onSettled: () => invalidateAfterLeave(client),
  });
  const reject = decision?.type === 'reject';
  const close = () => {
    decide.reset();
    onClose();
  };
  return (
    <Modal
      open={decision !== null}
      title={reject ? '不批准' : '批准'}
      okText={reject ? '不批准' : '批准'}
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
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => decision && decide.mutate({ d: decision, note: (v.note ?? '').trim() })}>
        <Form.Item
          label={reject ? '不批准的理由' : '审批意见'}
          name="note"
          rules={
            reject
              ? [{ required: true, whitespace: true, message: '请说明不批准的理由' }, { min: 2, message: '理由至少 2 个字' }, { max: 500, message: '不超过 500 字' }]
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
