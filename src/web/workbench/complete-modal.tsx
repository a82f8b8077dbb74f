import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { apiPost, type Envelope } from '../api.ts';
import type { TaskView } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { chineseDate } from '../format.ts';
import { entryText } from '../entry/entry-data.tsx';

/** 办结: a note on how the task was handled, then POST /api/tasks/:id/complete. */
export function CompleteModal({
  task,
  onClose,
  onCompleted,
  onBehalfOf,
}: {
  task: TaskView | null;
  onClose: () => void;
  onCompleted: (r: Envelope<TaskView>) => void;
  /** 代录: the leader whose 办结 this is, and the secretary's own name. */
  onBehalfOf?: { personId: string; name: string; me: string } | null;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const client = useQueryClient();
  const complete = useMutation({
    mutationFn: (v: { id: string; note: string; version: number }) =>
      apiPost<TaskView>(`/api/tasks/${encodeURIComponent(v.id)}/complete`, {
        note: v.note === '' ? undefined : v.note,
        expectedVersion: v.version,
        ...(onBehalfOf ? { onBehalfOfPersonId: onBehalfOf.personId } : {}),
      }),
    onSuccess: (r) => {
      form.resetFields();
      onCompleted(r);
    },
    // Refused or not, the list may have changed (someone else may have completed it).
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['tasks'] }), client.invalidateQueries({ queryKey: ['notifications'] })]),
  });

  const close = () => {
    complete.reset();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={task !== null}
      title={onBehalfOf ? `代录${onBehalfOf.name}的办结` : '办结待办'}
      okText={onBehalfOf ? '代录办结' : '办结'}
      cancelText="取消"
      confirmLoading={complete.isPending}
      onCancel={close}
      onOk={() => form.submit()}
    >
      {task && (
        <Typography.Paragraph>
          <Typography.Text strong>{task.title}</Typography.Text>
          {task.due ? `（办理期限 ${chineseDate(task.due.dueDate)}）` : ''}
        </Typography.Paragraph>
      )}
      {onBehalfOf && (
        <Typography.Paragraph type="secondary" data-testid="entry-record-as">
          将记为：{entryText(onBehalfOf.me, onBehalfOf.name)}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => task && complete.mutate({ id: task.id, note: (v.note ?? '').trim(), version: task.version })}
      >
        <Form.Item label="办理情况" name="note" rules={[{ max: 2000, message: '办理情况不超过 2000 字' }]}>
          <Input.TextArea rows={4} placeholder="简要写明办理结果，将记入审计记录" />
        </Form.Item>
      </Form>
      <ErrorAlert error={complete.error} />
    </Modal>
  );
}
