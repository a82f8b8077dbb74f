import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { LeaveItem, LeaveStatus } from '../api-types.ts';
import type { Tone } from '../components/tone-tag.tsx';
import type { CsvColumn } from '../csv.ts';
import { beijingMinute } from '../format.ts';

export const LEAVE_KEY = ['leave'] as const;

/** GET /api/leave: my requests, those I approve and — for the office — everyone's. */
export function useLeaveList(enabled = true) {
  return useQuery({ queryKey: LEAVE_KEY, queryFn: async () => (await apiGet<LeaveItem[]>('/api/leave')).data, enabled });
}

/** GET /api/leave?forPersonId=: the requests a leader decides, for their secretary to enter (代录). */
export function useLeaveFor(personId: string | undefined) {
  return useQuery({
    queryKey: [...LEAVE_KEY, 'for', personId],
    queryFn: async () => (await apiGet<LeaveItem[]>(`/api/leave?forPersonId=${encodeURIComponent(personId ?? '')}`)).data,
    enabled: personId !== undefined,
  });
}

/** After any leave action: the list, the 待办 it creates or closes, and who acts (absences changed). */
export function invalidateAfterLeave(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: LEAVE_KEY }),
    client.invalidateQueries({ queryKey: ['tasks'] }),
    client.invalidateQueries({ queryKey: ['notifications'] }),
    client.invalidateQueries({ queryKey: ['org'] }),
  ]);
}

export const STATUS_TONES: Readonly<Record<LeaveStatus, Tone>> = {
  'at-office': 'purple',
  requested: 'gold',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
  returned: 'blue',
  'sent-back': 'red',
};

export const KIND_OPTIONS = [
  { value: 'leave', label: '请假' },
  { value: 'travel', label: '外出' },
  { value: 'inspection', label: '考察' },
] as const;

export const LEAVE_CSV: readonly CsvColumn<LeaveItem>[] = [
  { header: '申请人', value: (l) => l.personName },
  { header: '职务', value: (l) => l.positionTitle },
  { header: '类别', value: (l) => l.kindLabel },
  { header: '出发时间（北京时间）', value: (l) => beijingMinute(l.fromAt) },
  { header: '返回时间（北京时间）', value: (l) => beijingMinute(l.toAt) },
  { header: '销假时间（北京时间）', value: (l) => (l.returnedAt ? beijingMinute(l.returnedAt) : '') },
  { header: '去向', value: (l) => l.destination },
  { header: '事由', value: (l) => l.reason },
  { header: '主持工作的负责人', value: (l) => l.presidingName ?? '' },
  { header: '审批人', value: (l) => l.approverTitle ?? '' },
  { header: '状态', value: (l) => l.statusLabel },
  { header: '逾期提出', value: (l) => (l.late ? '是' : '') },
  { header: '未提前原因', value: (l) => l.lateReason ?? '' },
  { header: '审批意见', value: (l) => l.decisionNote ?? '' },
  { header: '审批人（代录）', value: (l) => l.decidedByDisplay ?? '' },
  { header: '办公室转呈或退回', value: (l) => (l.officeAt ? `${l.officeByName ?? ''} ${beijingMinute(l.officeAt)} ${l.officeNote ?? ''}`.trim() : '') },
  { header: '提出时间（北京时间）', value: (l) => beijingMinute(l.requestedAt) },
];
