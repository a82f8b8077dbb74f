import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { DeadlineView, Verdict } from '../api-types.ts';
import type { Tone } from '../components/tone-tag.tsx';

export type SubjectType = 'normative' | 'major-decision';
export type ConsultationState = 'scheduled' | 'open' | 'closed' | 'feedback-published';
export type Handling = 'adopted' | 'partly' | 'not-adopted';

export interface CommentCounts {
  readonly pending: number;
  readonly approved: number;
  readonly rejected: number;
  readonly handled: number;
}

export interface ConsultationSummary {
  readonly id: string;
  readonly subjectType: SubjectType;
  readonly subjectTypeLabel: string;
  readonly subjectId: string;
  readonly title: string;
  readonly draftingBodyId: string;
  readonly draftingBodyName: string;
  readonly affectsMarket: boolean;
  readonly opensAt: string;
  readonly lastDay: string;
  readonly closesAt: string;
  readonly state: ConsultationState;
  readonly stateLabel: string;
  readonly shortenedReason: string | null;
  readonly counts: CommentCounts;
  readonly feedbackPublishedAt: string | null;
}

export interface StaffComment {
  readonly id: string;
  readonly content: string;
  readonly name: string | null;
  readonly contact: string | null;
  readonly submittedAt: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly statusLabel: string;
  readonly publicText: string | null;
  readonly moderationNote: string | null;
  readonly moderatedBy: string | null;
  readonly moderatedAt: string | null;
  readonly handling: Handling | null;
  readonly handlingLabel: string | null;
  readonly handlingReason: string | null;
  readonly handledBy: string | null;
  readonly handledAt: string | null;
}

export interface ConsultationDetail extends ConsultationSummary {
  readonly draftText: string;
  readonly explanation: string;
  readonly minimum: { readonly period: number; readonly unit: 'day' | 'workday'; readonly earliestLastDay: string; readonly provisional: boolean; readonly summary: string; readonly requirement: string };
  readonly verdicts: readonly Verdict[];
  readonly openedBy: string | null;
  readonly feedbackSummary: string | null;
  readonly feedbackPublishedBy: string | null;
  readonly comments: readonly StaffComment[];
  readonly abilities: { readonly moderate: boolean; readonly handle: boolean; readonly publish: boolean; readonly seeContacts: boolean };
}

export interface WindowPreview {
  readonly period: number;
  readonly unit: 'day' | 'workday';
  readonly requirement: string;
  readonly earliestLastDay: string;
  readonly deadline: DeadlineView;
}

export const STATE_TONES: Readonly<Record<ConsultationState, Tone>> = { scheduled: 'default', open: 'green', closed: 'gold', 'feedback-published': 'blue' };

export const HANDLING_OPTIONS: readonly { value: Handling; label: string }[] = [
  { value: 'adopted', label: '采纳' },
  { value: 'partly', label: '部分采纳' },
  { value: 'not-adopted', label: '不予采纳' },
];

export const CONSULTATIONS_KEY = ['consultations'] as const;

export function useConsultations() {
  return useQuery({ queryKey: [...CONSULTATIONS_KEY, 'list'], queryFn: async () => (await apiGet<{ today: string; consultations: readonly ConsultationSummary[] }>('/api/consultations')).data });
}

export function useConsultation(id: string | null) {
  return useQuery({ queryKey: [...CONSULTATIONS_KEY, 'one', id], queryFn: async () => (await apiGet<ConsultationDetail>(`/api/consultations/${id ?? ''}`)).data, enabled: id !== null });
}

/** The least window for what the form says so far (the server counts it on the official calendar). */
export function useWindowPreview(subjectType: SubjectType, affectsMarket: boolean, opensAt: string | undefined) {
  const qs = new URLSearchParams({ subjectType, affectsMarket: String(affectsMarket), ...(opensAt ? { opensAt } : {}) });
  return useQuery({
    queryKey: [...CONSULTATIONS_KEY, 'window', subjectType, affectsMarket, opensAt ?? 'now'],
    queryFn: async () => (await apiGet<WindowPreview>(`/api/consultations/minimum-window?${qs.toString()}`)).data,
  });
}

export function invalidateConsultations(client: QueryClient): Promise<unknown> {
  return client.invalidateQueries({ queryKey: CONSULTATIONS_KEY });
}
