import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { apiGet } from '../api.ts';
import type { AwayDay } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { addDays, chineseDate, mondayOf } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { useLeaveList } from '../leave/leave-data.ts';
import { ActingDrawer, type ActingTarget } from '../org/acting-drawer.tsx';
import { AwayDayCard } from '../org/away-day.tsx';
import { useServerToday } from '../org/org-data.ts';
import { can, type Session } from '../session.ts';

function useAway(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: ['org', 'away', from, to],
    queryFn: async () => (await apiGet<AwayDay[]>(`/api/org/away?from=${from ?? ''}&to=${to ?? ''}`)).data,
    enabled: from !== undefined && to !== undefined,
  });
}

/**
 * The destination of each absence, from the leave requests this user may read (the away list does
 * not carry it): absence id → 去向.
 */
function useDestinations(enabled: boolean): ReadonlyMap<string, string> {
  const leave = useLeaveList(enabled);
  return useMemo(() => new Map((leave.data ?? []).map((l) => [l.id, l.destination])), [leave.data]);
}

/** 在岗情况: a week, day by day — who is away and who acts for each of their posts. */
export function AwayPage({ session }: { session: Session }) {
  const today = useServerToday();
  const [offset, setOffset] = useState(0);
  const from = today ? addDays(mondayOf(today), offset * 7) : undefined;
  const to = from ? addDays(from, 6) : undefined;
  const away = useAway(from, to);
  const destinations = useDestinations(can(session, 'leave:read'));
  const [target, setTarget] = useState<ActingTarget | null>(null);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        在岗情况
      </Typography.Title>
      <Flex gap={8} align="center" wrap>
        <Button icon={<LeftOutlined />} onClick={() => setOffset((o) => o - 1)}>
          上一周
        </Button>
        <Button onClick={() => setOffset(0)} disabled={offset === 0}>
          本周
        </Button>
        <Button icon={<RightOutlined />} iconPlacement="end" onClick={() => setOffset((o) => o + 1)}>
          下一周
        </Button>
        {from && to && (
          <Typography.Text strong data-testid="away-range">
            {chineseDate(from)}至{chineseDate(to)}
          </Typography.Text>
        )}
      </Flex>
      <Typography.Text type="secondary">
        按每日12时（北京时间）的已批准请假、外出计算；由谁履职依第五条（AB角、委托）和第五十九条（主持工作的负责人）确定。
      </Typography.Text>
      {away.isError && <ErrorAlert error={away.error} title="无法读取在岗情况" />}
      {(away.isPending || !today) && !away.isError && <PageLoading />}
      {away.data?.map((day) => (
        <AwayDayCard key={day.date} day={day} today={today} destinations={destinations} onExplain={setTarget} />
      ))}
      <ActingDrawer target={target} onClose={() => setTarget(null)} />
    </Flex>
  );
}
