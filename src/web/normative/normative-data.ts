import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Tone } from '../components/tone-tag.tsx';

export const NORMATIVE_KEY = ['normative'] as const;

export interface NormativeItem {
  readonly id: string;
  readonly title: string;
  readonly issuerLabel: string;
  readonly leadBodyName: string;
  readonly coBodyNames: readonly string[];
  readonly affectsMarket: boolean;
  readonly status: string;
  readonly statusLabel: string;
  readonly publicStatusLabel: string | null;
  readonly docNumber: string | null;
  readonly publishedDate: string | null;
  readonly nextStep: string | null;
  readonly nextStepLabel: string | null;
  readonly updatedAt: string;
}

export interface NormativeList {
  readonly items: readonly NormativeItem[];
  readonly canInitiate: boolean;
  readonly today: string;
  readonly draftingBodies: readonly { id: string; name: string; kind: string }[];
}

export interface StepView {
  readonly step: string;
  readonly label: string;
  readonly cites: readonly string[];
  readonly citeLabels?: readonly string[];
  readonly state: 'done' | 'current' | 'pending' | 'not-applicable';
  readonly evidence: { summary: string; by: string | null; at: string | null } | null;
}

export interface FilingView {
  readonly id: string;
  readonly documentId: string;
  readonly authority: 'npc' | 'city';
  readonly authorityLabel: string;
  readonly dueDate: string;
  readonly dueSummary: string;
  readonly filedDate: string | null;
  readonly lateDays: number | null;
  readonly state: 'due' | 'overdue' | 'filed' | 'filed-late';
  readonly stateLabel: string;
  readonly daysOverdue: number;
  readonly title?: string;
  readonly docNumber?: string | null;
  readonly publishedDate?: string | null;
}

export interface NormativeDetail extends NormativeItem {
  readonly flags: readonly { id: string; category: string; categoryLabel: string; matched: string; excerpt: string; resolution: { reason: string; byName: string; at: string } | null }[];
  readonly draft: { text: string; explanation: string } | null;
  readonly topic: { id: string; title: string; statusLabel: string } | null;
  readonly readiness: { ready: boolean; missing: readonly string[] };
  readonly steps: readonly StepView[];
  readonly next: { step: string; label: string; cites: readonly string[]; citeLabels?: readonly string[]; blockers: readonly string[] } | null;
  readonly filings: readonly FilingView[];
  readonly filingItems: readonly { value: string; label: string }[];
  readonly abilities: Readonly<Record<string, boolean>>;
}

export function useNormativeList() {
  return useQuery({ queryKey: [...NORMATIVE_KEY, 'list'], queryFn: async () => (await apiGet<NormativeList>('/api/normative')).data });
}

export function useNormative(id: string | null) {
  return useQuery({ queryKey: [...NORMATIVE_KEY, 'detail', id], enabled: id !== null, queryFn: async () => (await apiGet<NormativeDetail>(`/api/normative/${id ?? ''}`)).data });
}

export function useFilingRegister() {
  return useQuery({
    queryKey: [...NORMATIVE_KEY, 'filings'],
    queryFn: async () => (await apiGet<{ today: string; rows: readonly FilingView[]; counts: { due: number; overdue: number; filed: number; filedLate: number } }>('/api/normative/filings')).data,
  });
}

export interface DepartmentRow {
  readonly id: string;
  readonly bodyName: string;
  readonly title: string;
  readonly docNumber: string;
  readonly publishedDate: string;
  readonly dueDate: string;
  readonly filedDate: string;
  readonly lateDays: number;
  readonly late: boolean;
  readonly reviewOutcome: string | null;
  readonly reviewLabel: string;
  readonly reviewOpinion: string | null;
  readonly reviewedByName: string | null;
}

export interface DepartmentReport {
  readonly year: number;
  readonly reporter: string;
  readonly days: number;
  readonly byBody: readonly { bodyId: string; bodyName: string; filed: number; onTime: number; late: number; reviewed: number; correction: number; pending: number }[];
  readonly total: { filed: number; onTime: number; late: number; reviewed: number; correction: number; pending: number };
  readonly rows: readonly DepartmentRow[];
  readonly canReview: boolean;
  readonly canFile: boolean;
  readonly today: string;
}

export function useDepartmentReport(year: number) {
  return useQuery({ queryKey: [...NORMATIVE_KEY, 'report', year], queryFn: async () => (await apiGet<DepartmentReport>(`/api/normative/department-filings?year=${year}`)).data });
}

export const FILING_TONES: Readonly<Record<FilingView['state'], Tone>> = { due: 'blue', overdue: 'red', filed: 'green', 'filed-late': 'orange' };
export const STEP_TONES: Readonly<Record<StepView['state'], Tone>> = { done: 'green', current: 'gold', pending: 'default', 'not-applicable': 'default' };
export const STEP_STATE_LABELS: Readonly<Record<StepView['state'], string>> = { done: '已完成', current: '下一步', pending: '未开始', 'not-applicable': '不适用' };
