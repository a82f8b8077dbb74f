import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  InboxOutlined,
  TeamOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  LogoutOutlined,
  ScheduleOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { DemoBanner } from '../components/demo-banner.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { can, logout, useMeta, type Session } from '../session.ts';

interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
  readonly permission: string;
}

// Each entry shows only when the server's abilities grant its permission.
const NAV: readonly NavItem[] = [
  { path: '/workbench', label: '工作台', icon: <DesktopOutlined />, permission: 'tasks:read' },
  { path: '/incoming', label: '收文', icon: <InboxOutlined />, permission: 'incoming:read' },
  { path: '/documents', label: '发文', icon: <FileTextOutlined />, permission: 'document:read' },
  { path: '/meetings', label: '会议', icon: <TeamOutlined />, permission: 'meeting:read' },
  { path: '/meeting-approvals', label: '会议审批', icon: <SolutionOutlined />, permission: 'meeting:read' },
  { path: '/meeting-decisions', label: '议定事项督办', icon: <CheckSquareOutlined />, permission: 'meeting:read' },
  { path: '/key-work', label: '重点工作清单', icon: <OrderedListOutlined />, permission: 'meeting:read' },
  { path: '/consultations', label: '征求意见', icon: <CommentOutlined />, permission: 'consultation:read' },
  { path: '/normative', label: '规范性文件', icon: <ProfileOutlined />, permission: 'normative:read' },
  { path: '/major-decisions', label: '重大行政决策', icon: <SafetyCertificateOutlined />, permission: 'decision:read' },
  { path: '/overdue', label: '逾期事项', icon: <FieldTimeOutlined />, permission: 'tasks:overdue' },
  { path: '/leave', label: '请销假', icon: <CarOutlined />, permission: 'leave:read' },
  { path: '/org', label: '组织机构', icon: <ApartmentOutlined />, permission: 'org:read' },
  { path: '/away', label: '在岗情况', icon: <ScheduleOutlined />, permission: 'org:read' },
  { path: '/emergencies', label: '紧急事项', icon: <AlertOutlined />, permission: 'emergency:read' },
  { path: '/law', label: '条文库', icon: <BookOutlined />, permission: 'law:read' },
  { path: '/deadlines', label: '期限计算', icon: <CalendarOutlined />, permission: 'calendar:read' },
  { path: '/audit', label: '审计', icon: <AuditOutlined />, permission: 'audit:read' },
  { path: '/audit-findings', label: '审计整改', icon: <FileSearchOutlined />, permission: 'audit-findings:read' },
];

export function AppShell({ session }: { session: Session }) {
  const meta = useMeta();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const items = NAV.filter((n) => can(session, n.permission));
  const selected = items.find((n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`))?.path;
  const { account } = session.me;

  const onLogout = async () => {
    try {
      await logout(client);
    } catch {
      // The session may already be gone; the login page is where we go either way.
    }
    void message.info('已退出登录');
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <DemoBanner />
      <Layout.Header className="yz-header">
        <Link to="/" className="yz-brand">
          <span className="yz-brand-name">云政</span>
          <span className="yz-brand-gov">{meta.data?.tenant?.name ?? '云阳县人民政府'} · 工作规则运行系统</span>
        </Link>
        <Space size={12} className="yz-user">
          <UserOutlined aria-hidden />
          <Typography.Text strong style={{ color: '#fff' }} data-testid="user-name">
            {account.displayName}
          </Typography.Text>
          <Flex gap={4}>
            {account.roleLabels.map((r) => (
              <ToneTag key={r} tone="blue" style={{ marginInlineEnd: 0 }}>
                {r}
              </ToneTag>
            ))}
          </Flex>
          <Link to="/account" style={{ color: '#fff' }}>
            账号
          </Link>
          <Button size="small" icon={<LogoutOutlined />} onClick={() => void onLogout()}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={184} theme="light" breakpoint="md" collapsedWidth={0} className="yz-sider">
          <nav aria-label="主导航">
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items.map((n) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{n.label}</Link> }))}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="yz-content">
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
