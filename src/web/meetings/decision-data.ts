import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Tone } from '../components/tone-tag.tsx';
import { MEETINGS_KEY } from './meeting-data.ts';

/** Shapes of /api/meetings/:id/minutes/issue and /api/meeting-decisions, as the server sends them. */
export type PublicationState = 'none' | 'pending' | 'overdue' | 'published';
export type DecisionState = 'in-progress' | 'done' | 'overdue';

export interface Publication {
  readonly state: PublicationState;
  readonly stateLabel: string;
  readonly publicCount: number;
  readonly withheldCount: number;
  readonly dueDate: string | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
}

export interface MinutesIssue {
  readonly document: { readonly id: string; readonly title: string; readonly docNumber: string | null; readonly status: string; readonly statusLabel: string; readonly issuedDate: string | null; readonly visible: boolean } | null;
  readonly signedAt: string | null;
  readonly publication: Publication;
  readonly mayPublish: boolean;
}

export interface DecisionUnit {
  readonly bodyId: string;
  readonly bodyName: string;
  readonly role: 'lead' | 'assist';
  readonly task: { readonly id: string; readonly state: DecisionState; readonly stateLabel: string; readonly dueDate: string | null; readonly completedAt: string | null; readonly note: string | null } | null;
}

export interface DecisionProgress {
  readonly id: string;
  readonly bodyName: string;
  readonly text: string;
  readonly reportedAt: string;
  readonly reporter: string;
}

export interface TrackedDecision {
  readonly key: string;
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly meetingDate: string;
  readonly meetingKindLabel: string;
  readonly number: number;
  readonly text: string;
  readonly dueWorkdays: number;
  readonly leadBodyName: string;
  readonly coBodyNames: readonly string[];
  readonly units: readonly DecisionUnit[];
  readonly state: DecisionState;
  readonly stateLabel: string;
  readonly dueDate: string | null;
  readonly doneUnits: number;
  readonly disclosure: 'public' | 'withheld';
  readonly disclosureLabel: string;
  readonly withholdReason: string | null;
  readonly publication: { readonly state: PublicationState; readonly stateLabel: string; readonly dueDate: string | null; readonly publishedAt: string | null } | null;
  readonly progress: readonly DecisionProgress[];
  readonly latestProgress: DecisionProgress | null;
  readonly mayReport: boolean;
}

export interface DecisionList {
  readonly today: string;
  readonly counts: Readonly<Record<DecisionState, number>>;
  readonly meetings: readonly { readonly id: string; readonly title: string; readonly date: string }[];
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly decisions: readonly TrackedDecision[];
}

export interface DecisionFilter {
  readonly meetingId?: string | undefined;
  readonly bodyId?: string | undefined;
  readonly state?: DecisionState | undefined;
}

export const DECISION_STATE_TONES: Readonly<Record<DecisionState, Tone>> = { 'in-progress': 'blue', done: 'green', overdue: 'red' };
export const PUBLICATION_TONES: Readonly<Record<PublicationState, Tone>> = { none: 'default', pending: 'gold', overdue: 'red', published: 'green' };

export function useMinutesIssue(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'issue', meetingId],
    queryFn: async () => (await apiGet<MinutesIssue | null>(`/api/meetings/${meetingId}/minutes/issue`)).data,
    enabled,
  });
}

export function useMeetingDecisions(filter: DecisionFilter) {
  const qs = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'decisions', qs],
    queryFn: async () => (await apiGet<DecisionList>(`/api/meeting-decisions${qs ? `?${qs}` : ''}`)).data,
  });
}
