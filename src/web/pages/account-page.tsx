import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Descriptions, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ChangePassword } from '../account/change-password.tsx';
import { TotpEnrolment } from '../account/totp-enrolment.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { fetchSession, homePath, ME_KEY, type Session } from '../session.ts';

/** 账号: who is logged in; the password change and TOTP enrolment a first login may require. */
export function AccountPage({ session }: { session: Session }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { me } = session;

  const refresh = async (done: string) => {
    void message.success(done);
    const next = await client.query({ queryKey: ME_KEY, queryFn: fetchSession, staleTime: 0 });
    if (!next.me.mustChangePassword && !next.me.mustEnrollTotp && (me.mustChangePassword || me.mustEnrollTotp)) {
      void navigate(homePath(next), { replace: true });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        账号
      </Typography.Title>
      <Card size="small">
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'name', label: '姓名', children: me.account.displayName },
            { key: 'username', label: '用户名', children: me.account.username },
            { key: 'roles', label: '角色', children: me.account.roleLabels.map((r) => <ToneTag key={r}>{r}</ToneTag>) },
            { key: 'totp', label: '动态口令', children: me.account.totpEnabled ? <ToneTag tone="green">已启用</ToneTag> : <ToneTag>未启用</ToneTag> },
          ]}
        />
      </Card>
      {(me.mustChangePassword || !me.mustEnrollTotp) && (
        <Card title="修改密码">
          <ChangePassword required={me.mustChangePassword} onDone={() => void refresh('密码已修改')} />
        </Card>
      )}
      {!me.account.totpEnabled && !me.mustChangePassword && (
        <Card title="启用动态口令（第二因素）">
          <TotpEnrolment required={me.mustEnrollTotp} onDone={() => void refresh('动态口令已启用')} />
        </Card>
      )}
    </Flex>
  );
}
