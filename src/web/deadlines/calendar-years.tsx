import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import { apiGet } from '../api.ts';
import type { CalendarYear } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { beijingDateTime, chineseDate } from '../format.ts';

function range(from: string, to: string): string {
  return from === to ? chineseDate(from) : `${chineseDate(from)}至${chineseDate(to)}`;
}

/** The official holiday calendars loaded (GET /api/calendar/years); beyond them results are 暂定. */
export function CalendarYears() {
  const q = useQuery({ queryKey: ['calendar', 'years'], queryFn: async () => (await apiGet<CalendarYear[]>('/api/calendar/years')).data });
  const last = q.data?.at(-1)?.year;
  const status = useQuery({ queryKey: ['calendar', 'status'], queryFn: async () => (await apiGet<{ reminder: string | null }>('/api/calendar/status')).data });
  return (
    <Card title="已载入的节假日安排" size="small">
      {q.isError && <ErrorAlert error={q.error} />}
      {status.data?.reminder && <Alert type="warning" showIcon title={status.data.reminder} style={{ marginBottom: 12 }} data-testid="calendar-reminder" />}
      <Table<CalendarYear>
        size="small"
        rowKey="year"
        loading={q.isPending}
        pagination={false}
        dataSource={q.data ?? []}
        data-testid="calendar-years"
        expandable={{
          expandedRowRender: (y) => (
            <Typography.Text>
              放假：{y.holidays.map((h) => `${h.name}（${range(h.from, h.to)}）`).join('；')}
              <br />
              调休上班：{y.makeUpWorkdays.map((m) => `${chineseDate(m.date)}（${m.for}）`).join('；') || '无'}
            </Typography.Text>
          ),
        }}
        columns={[
          { title: '年份', dataIndex: 'year', width: 80, render: (y: number) => `${y}年` },
          { title: '依据', dataIndex: 'source' },
          { title: '节假日', key: 'holidays', width: 80, render: (_: unknown, y) => `${y.holidays.length} 个` },
          { title: '载入时间', dataIndex: 'loadedAt', width: 190, render: (t: string) => beijingDateTime(t) },
        ]}
      />
      {last !== undefined && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {last + 1}年起的节假日安排尚未载入：涉及这些年份的期限暂按周六、周日休息计算，标为“暂定”。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
