import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Tag } from 'antd';
import { apiGet } from '../api.ts';
import { beijingDateTime } from '../format.ts';

interface Notice {
  readonly id: string;
  readonly taskId: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly message: string;
  readonly createdAt: string;
}

/** Reminders and escalations from the deadline scheduler, newest first (the five latest). */
export function NoticeList() {
  const notices = useQuery({ queryKey: ['notifications'], queryFn: async () => (await apiGet<Notice[]>('/api/notifications')).data });
  const latest = (notices.data ?? []).slice(0, 5);
  if (latest.length === 0) return null;
  return (
    <Flex vertical gap={8} role="region" aria-label="提醒与督办">
      {latest.map((n) => (
        <Alert
          key={n.id}
          type={n.kind.startsWith('escalation') ? 'error' : 'warning'}
          showIcon
          icon={<BellOutlined />}
          title={
            <span>
              <Tag color={n.kind.startsWith('escalation') ? 'red' : 'orange'}>{n.kindLabel}</Tag>
              {n.message}
            </span>
          }
          description={beijingDateTime(n.createdAt)}
        />
      ))}
    </Flex>
  );
}
