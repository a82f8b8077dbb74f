import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';

interface PasswordForm {
  current: string;
  next: string;
  confirm: string;
}

/** POST /api/auth/password {current, next}; the server states the password policy in its message. */
export function ChangePassword({ required, onDone }: { required: boolean; onDone: () => void }) {
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      await apiPost('/api/auth/password', { current: v.current, next: v.next });
      form.resetFields();
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e, { current: 'current', next: 'next' })) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 420 }} data-testid="change-password">
      {required && <Alert type="warning" showIcon title="请先修改一次性密码，然后才能办理业务。" style={{ marginBottom: 16 }} />}
      <ErrorAlert error={error} />
      <Form.Item label="当前密码" name="current" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label="新密码" name="next" extra="至少 10 位，须同时包含字母和数字。" rules={[{ required: true, message: '请输入新密码' }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirm"
        dependencies={['next']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) => (value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        修改密码
      </Button>
    </Form>
  );
}
