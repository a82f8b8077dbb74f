import { Badge, Calendar, Flex } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MeetingView } from './meeting-data.ts';

const STATUS: Readonly<Record<string, 'processing' | 'success' | 'default'>> = { planned: 'processing', held: 'success', cancelled: 'default' };

/** 会议日历: the meetings by their (Beijing) date; a click opens the meeting. The month starts at the server's today. */
export function MeetingCalendar({ meetings, today, onOpen }: { meetings: readonly MeetingView[]; today: string | undefined; onOpen: (id: string) => void }) {
  const [value, setValue] = useState<Dayjs | undefined>(undefined);
  const shown = value ?? (today ? dayjs(today) : undefined);
  const byDate = new Map<string, MeetingView[]>();
  for (const m of meetings) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m]);
  return (
    <div data-testid="meeting-calendar">
      <Calendar
        {...(shown ? { value: shown } : {})}
        onPanelChange={(d) => setValue(d)}
        onSelect={(d, info) => {
          setValue(d);
          if (info.source === 'date') {
            const first = byDate.get(d.format('YYYY-MM-DD'))?.[0];
            if (first) onOpen(first.id);
          }
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDate.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <Flex vertical gap={2}>
              {list.map((m) => (
                <Badge key={m.id} status={STATUS[m.status] ?? 'default'} text={<span style={{ fontSize: 12 }}>{`${m.startsAt ? new Date(m.startsAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }) : ''} ${m.kindLabel}`}</span>} />
              ))}
            </Flex>
          );
        }}
      />
    </div>
  );
}
