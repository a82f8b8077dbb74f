import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Tone } from '../components/tone-tag.tsx';
import type { CsvColumn } from '../csv.ts';
import { chineseDate } from '../format.ts';

export type KeyWorkStatus = 'not-started' | 'in-progress' | 'completed';
export type KeyWorkStanding = KeyWorkStatus | 'lagging';

export interface QuarterRef {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

export interface QuarterView extends QuarterRef {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly ended: boolean;
  readonly current: boolean;
}

type Link = (QuarterRef & { readonly id: string; readonly quarterLabel: string }) | null;

/** An item as GET /api/key-work presents it: 滞后 comes computed, with its reason. */
export interface KeyWorkItem {
  readonly id: string;
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly seq: number;
  readonly quarterLabel: string;
  readonly title: string;
  readonly target: string;
  readonly leadBodyId: string;
  readonly leadBodyName: string;
  readonly coBodyIds: readonly string[];
  readonly coBodyNames: readonly string[];
  readonly leaderPositionId: string;
  readonly leaderTitle: string;
  readonly leaderHolders: string;
  readonly leadPrincipalTitle: string | null;
  readonly dueDate: string;
  readonly status: KeyWorkStatus;
  readonly statusLabel: string;
  readonly standing: KeyWorkStanding;
  readonly standingLabel: string;
  readonly laggingReason: string | null;
  readonly carriedFrom: Link;
  readonly carriedTo: Link;
  readonly abilities: { readonly report: boolean; readonly complete: boolean; readonly edit: boolean; readonly carryOver: boolean; readonly reopen: boolean };
}

export type StandingCounts = Readonly<Record<KeyWorkStanding, number>> & { readonly total: number };

export interface QuarterList extends QuarterView {
  readonly counts: StandingCounts;
  readonly items: readonly KeyWorkItem[];
}

export interface KeyWorkList extends QuarterList {
  readonly today: string;
  readonly currentQuarter: QuarterView;
  readonly quarters: readonly QuarterView[];
  readonly canKeep: boolean;
  readonly carryable: number;
}

export interface KeyWorkEntry {
  readonly id: string;
  readonly kind: 'added' | 'edited' | 'progress' | 'carried-over' | 'carried-in' | 'reopened';
  readonly kindLabel: string;
  readonly text: string;
  readonly reportDate: string | null;
  readonly statusAfterLabel: string;
  readonly previous: Readonly<Record<string, unknown>> | null;
  readonly relatedItemId: string | null;
  readonly at: string;
  readonly personName: string;
  readonly onBehalfOfName: string | null;
  readonly positionTitle: string | null;
}

export interface KeyWorkDetail extends KeyWorkItem {
  readonly history: readonly KeyWorkEntry[];
  readonly topics: readonly { readonly id: string; readonly title: string; readonly meetingKindLabel: string; readonly statusLabel: string }[];
}

/** What GET /api/meetings/:id adds for a 县长办公会议 (art. 47). */
export interface MeetingKeyWork {
  readonly agenda: string;
  readonly cites: readonly string[];
  readonly previous: QuarterList;
  readonly current: QuarterList;
}

export const KEY_WORK_KEY = ['key-work'] as const;

export function useKeyWork(q: QuarterRef | null) {
  const query = q ? `?year=${q.year}&quarter=${q.quarter}` : '';
  return useQuery({ queryKey: [...KEY_WORK_KEY, 'list', query], queryFn: async () => (await apiGet<KeyWorkList>(`/api/key-work${query}`)).data });
}

export function useKeyWorkItem(id: string | null) {
  return useQuery({
    queryKey: [...KEY_WORK_KEY, 'one', id],
    queryFn: async () => (await apiGet<KeyWorkDetail>(`/api/key-work/items/${encodeURIComponent(id ?? '')}`)).data,
    enabled: id !== null,
  });
}

/** After a change: the lists, the item, the 待办 it owns and the meetings that show it. */
export function invalidateKeyWork(client: QueryClient): Promise<unknown> {
  return Promise.all([client.invalidateQueries({ queryKey: KEY_WORK_KEY }), client.invalidateQueries({ queryKey: ['tasks'] }), client.invalidateQueries({ queryKey: ['meetings'] })]);
}

export const STANDING_TONES: Readonly<Record<KeyWorkStanding, Tone>> = { 'not-started': 'default', 'in-progress': 'blue', completed: 'green', lagging: 'red' };
export const STANDING_ORDER: readonly { value: KeyWorkStanding; label: string }[] = [
  { value: 'not-started', label: '未启动' },
  { value: 'in-progress', label: '推进中' },
  { value: 'completed', label: '已完成' },
  { value: 'lagging', label: '滞后' },
];

export const quarterKey = (q: QuarterRef): string => `${q.year}-${q.quarter}`;

export const KEY_WORK_CSV: readonly CsvColumn<KeyWorkItem>[] = [
  { header: '序号', value: (i) => i.seq },
  { header: '季度', value: (i) => i.quarterLabel },
  { header: '工作事项', value: (i) => i.title },
  { header: '目标任务和措施', value: (i) => i.target },
  { header: '牵头单位', value: (i) => i.leadBodyName },
  { header: '配合单位', value: (i) => i.coBodyNames.join('、') },
  { header: '分管县领导', value: (i) => `${i.leaderTitle} ${i.leaderHolders}`.trim() },
  { header: '完成时限', value: (i) => chineseDate(i.dueDate) },
  { header: '状态', value: (i) => i.standingLabel },
  { header: '滞后原因', value: (i) => i.laggingReason ?? '' },
  { header: '挂单', value: (i) => [i.carriedFrom ? `由${i.carriedFrom.quarterLabel}转入` : '', i.carriedTo ? `已转入${i.carriedTo.quarterLabel}` : ''].filter(Boolean).join('；') },
];
