import { Alert, Button, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';

/** TOTP enrolment: begin (secret + otpauth URI), then confirm with the first code. */
export function TotpEnrolment({ required, onDone }: { required: boolean; onDone: () => void }) {
  const [form] = Form.useForm<{ code: string }>();
  const [secret, setSecret] = useState<{ secret: string; uri: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const begin = async () => {
    setBusy(true);
    setError(null);
    try {
      setSecret((await apiPost<{ secret: string; uri: string }>('/api/auth/totp/begin')).data);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (v: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await apiPost('/api/auth/totp/confirm', { code: v.code });
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e, { code: 'code' })) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }} data-testid="totp-enrolment">
      {required && <Alert type="warning" showIcon title="管理员和县领导须先启用动态口令（第二因素），然后才能办理业务。" />}
      <ErrorAlert error={error} />
      {!secret ? (
        <div>
          <Button type="primary" onClick={() => void begin()} loading={busy}>
            开始启用动态口令
          </Button>
        </div>
      ) : (
        <>
          <Typography.Paragraph style={{ margin: 0 }}>
            在手机上的身份验证器（如 FreeOTP、Google Authenticator、微信小程序“腾讯身份验证器”）中添加账户：输入下面的密钥，或把 otpauth
            地址转成二维码扫描。
          </Typography.Paragraph>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'secret',
                label: '密钥',
                children: (
                  <Typography.Text code copyable data-testid="totp-secret">
                    {secret.secret}
                  </Typography.Text>
                ),
              },
              {
                key: 'uri',
                label: 'otpauth 地址',
                children: (
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                    {secret.uri}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Form form={form} layout="inline" onFinish={(v) => void confirm(v)}>
            <Form.Item label="动态口令" name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入验证器显示的 6 位数字' }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              确认启用
            </Button>
          </Form>
        </>
      )}
    </Flex>
  );
}
