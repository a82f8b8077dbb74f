import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/** 403: the account's roles do not grant this page. */
export function ForbiddenPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="当前账号的角色没有查看此页面的权限。如确需办理，请联系安全管理员调整权限。"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          返回首页
        </Button>
      }
    />
  );
}
