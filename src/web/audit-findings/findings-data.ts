import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { CsvColumn } from '../csv.ts';
import { chineseDate } from '../format.ts';

export type FindingStatus = 'rectifying' | 'reported' | 'rectified' | 'not-rectified';
export type FindingCommand = 'report' | 'mark-rectified' | 'mark-not-rectified' | 'follow-up' | 'amend';

/** A finding as GET /api/audit-findings presents it. */
export interface FindingItem {
  readonly id: string;
  readonly auditedBodyId: string;
  readonly auditedBodyName: string;
  readonly ownerPositionTitle: string | null;
  readonly title: string;
  readonly finding: string;
  readonly requirement: string;
  readonly dueDate: string;
  readonly status: FindingStatus;
  readonly statusLabel: string;
  readonly overdue: boolean;
  readonly recordedAt: string;
  readonly updatedAt: string;
  readonly abilities: Readonly<Record<FindingCommand, boolean>>;
}

export interface FindingEntry {
  readonly id: string;
  readonly seq: number;
  readonly kind: 'recorded' | 'report' | 'rectified' | 'not-rectified' | 'follow-up' | 'amended';
  readonly kindLabel: string;
  readonly text: string;
  readonly reportDate: string | null;
  readonly dueDate: string | null;
  readonly statusAfterLabel: string;
  readonly previous: Readonly<Record<string, string>> | null;
  readonly at: string;
  readonly personName: string;
  readonly onBehalfOfName: string | null;
  readonly positionTitle: string | null;
}

export interface FindingDetail extends FindingItem {
  readonly history: readonly FindingEntry[];
}

export interface FindingList {
  readonly items: readonly FindingItem[];
  readonly bureau: { readonly id: string; readonly name: string };
  readonly canRecord: boolean;
  readonly scope: 'all' | 'own' | 'none';
  readonly auditableBodies: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
}

export const FINDINGS_KEY = ['audit-findings'] as const;

/** GET /api/audit-findings, filtered by status and audited body on the server. */
export function useFindings(filter: { status?: FindingStatus | undefined; auditedBodyId?: string | undefined }) {
  const q = new URLSearchParams();
  if (filter.status) q.set('status', filter.status);
  if (filter.auditedBodyId) q.set('auditedBodyId', filter.auditedBodyId);
  const query = q.toString();
  return useQuery({
    queryKey: [...FINDINGS_KEY, 'list', query],
    queryFn: async () => (await apiGet<FindingList>(`/api/audit-findings${query ? `?${query}` : ''}`)).data,
  });
}

export function useFinding(id: string | null) {
  return useQuery({
    queryKey: [...FINDINGS_KEY, 'one', id],
    queryFn: async () => (await apiGet<FindingDetail>(`/api/audit-findings/${encodeURIComponent(id ?? '')}`)).data,
    enabled: id !== null,
  });
}

export const STATUS_OPTIONS: readonly { value: FindingStatus; label: string }[] = [
  { value: 'rectifying', label: '整改中' },
  { value: 'reported', label: '已报送整改情况' },
  { value: 'rectified', label: '已整改' },
  { value: 'not-rectified', label: '未整改到位' },
];

export const STATUS_TONES = { rectifying: 'blue', reported: 'gold', rectified: 'green', 'not-rectified': 'red' } as const;

export const FINDINGS_CSV: readonly CsvColumn<FindingItem>[] = [
  { header: '问题', value: (f) => f.title },
  { header: '被审计单位', value: (f) => f.auditedBodyName },
  { header: '审计发现', value: (f) => f.finding },
  { header: '整改要求', value: (f) => f.requirement },
  { header: '整改期限', value: (f) => chineseDate(f.dueDate) },
  { header: '状态', value: (f) => f.statusLabel },
  { header: '逾期', value: (f) => (f.overdue ? '是' : '否') },
];
