import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Layout, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { apiPost, isApiError, setCsrfToken } from '../api.ts';
import type { Me, Meta } from '../api-types.ts';
import { DemoBanner } from '../components/demo-banner.tsx';
import { fetchSession, homePath, ME_KEY, useMeta } from '../session.ts';

interface LoginForm {
  username: string;
  password: string;
  totp?: string;
}

function DemoAccounts({ demo, onPick }: { demo: NonNullable<Meta['demoAccounts']>; onPick: (username: string) => void }) {
  return (
    <Card size="small" title="演示账号" style={{ width: 420 }} data-testid="demo-accounts">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        演示密码 <Typography.Text code>{demo.password}</Typography.Text>（点击用户名填入）
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="username"
        pagination={false}
        dataSource={[...demo.accounts]}
        columns={[
          {
            title: '用户名',
            dataIndex: 'username',
            width: 130,
            render: (u: string) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(u)}>
                {u}
              </Button>
            ),
          },
          { title: '身份', dataIndex: 'who' },
        ]}
      />
    </Card>
  );
}

export function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const meta = useMeta();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; notice?: string } | null;
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const r = await apiPost<Me>('/api/auth/login', { username: v.username, password: v.password, ...(needTotp && v.totp ? { totp: v.totp } : {}) });
      setCsrfToken(r.data.csrfToken);
      const session = await client.query({ queryKey: ME_KEY, queryFn: fetchSession, staleTime: 0 });
      const next =
        r.data.mustChangePassword || r.data.mustEnrollTotp
          ? '/account'
          : state?.from && !state.from.startsWith('/login')
            ? state.from
            : homePath(session);
      void navigate(next, { replace: true });
    } catch (e) {
      if (isApiError(e)) {
        if (e.code === 'MFA_REQUIRED') setNeedTotp(true);
        setError({ code: e.code, message: e.message });
      } else {
        setError({ code: 'INTERNAL', message: '登录失败，请稍后重试' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <DemoBanner />
      <main>
        <Flex vertical align="center" gap={16} style={{ padding: '48px 16px' }}>
          <Flex vertical align="center" gap={4}>
            <Typography.Title level={1} style={{ margin: 0, color: '#a8071a' }}>
              云政
            </Typography.Title>
            <Typography.Text type="secondary">{meta.data?.tenant?.name ?? '云阳县人民政府'}工作规则运行系统</Typography.Text>
          </Flex>
          <Card title="登录" style={{ width: 420 }}>
            {state?.notice && !error && <Alert type="info" showIcon title={state.notice} style={{ marginBottom: 16 }} data-testid="login-notice" />}
            {error && (
              <Alert
                type={error.code === 'MFA_REQUIRED' ? 'info' : 'error'}
                showIcon
                title={error.message}
                description={error.code === 'ACCOUNT_LOCKED' ? '为保护账号安全，锁定期间无法登录。' : undefined}
                style={{ marginBottom: 16 }}
                data-testid="login-error"
              />
            )}
            <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
              <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              {needTotp && (
                <Form.Item
                  label="动态口令"
                  name="totp"
                  extra="打开手机上的身份验证器，输入其中显示的 6 位数字。"
                  rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字动态口令' }]}
                >
                  <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" block loading={busy}>
                登录
              </Button>
            </Form>
          </Card>
          {meta.data?.demoAccounts && (
            <DemoAccounts demo={meta.data.demoAccounts} onPick={(u) => form.setFieldsValue({ username: u, password: meta.data?.demoAccounts?.password ?? '' })} />
          )}
        </Flex>
      </main>
    </Layout>
  );
}
