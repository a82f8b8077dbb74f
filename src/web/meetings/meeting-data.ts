import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import type { MeetingKeyWork } from '../key-work/key-work-data.ts';

export type MeetingKind = 'plenary' | 'executive' | 'head-office' | 'special';

export interface MeetingView {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly kindLabel: string;
  readonly title: string;
  readonly date: string;
  readonly startsAt: string;
  readonly place: string;
  readonly form: 'in-person' | 'video';
  readonly chairTitle: string;
  readonly entrustedNote: string | null;
  readonly status: string;
  readonly statusLabel: string;
}

export interface TopicView {
  readonly id: string;
  readonly meetingKind: MeetingKind;
  readonly meetingKindLabel: string;
  readonly meetingId: string | null;
  readonly title: string;
  readonly facts: { readonly summary: string; readonly recommendation: string; readonly category: string };
  readonly status: string;
  readonly statusLabel: string;
  readonly proposer: string;
  readonly decidedBy: string | null;
  readonly decisionNote: string | null;
  readonly verdicts: readonly Verdict[];
  readonly keyWorkItemId?: string | null;
}

export interface AttendanceEntry {
  readonly key: string;
  readonly group: 'member' | 'fixed' | 'topic' | 'invited' | 'guest';
  readonly groupLabel: string;
  readonly label: string;
  readonly bodyName: string | null;
  readonly positionId: string | null;
  readonly attends: string;
  readonly away: boolean;
  readonly topicTitle: string | null;
  readonly categoryLabel: string | null;
  readonly basis: string | null;
  readonly leave: { readonly status: string; readonly statusLabel: string; readonly substitute: string | null } | null;
  readonly signIn: { readonly attendedBy: string; readonly substitute: boolean; readonly at: string } | null;
}

export interface Discussion {
  readonly speeches: readonly { readonly order: number; readonly personName: string; readonly positionTitle: string; readonly role: 'member' | 'attendee'; readonly head: boolean; readonly opinion: string; readonly opinionLabel: string; readonly remarks: string }[];
  readonly tally: { readonly agree: number; readonly disagree: number; readonly reserve: number; readonly members: number };
  readonly conclusion: { readonly text: string; readonly outcomeLabel: string; readonly reasonAgainstMajority: string; readonly concludedByName: string } | null;
}

export interface MeetingsOverview {
  readonly today: string;
  readonly lawStudy: { readonly year: string; readonly executiveMeetings: number; readonly recorded: number; readonly scheduled: number };
  readonly cadence: readonly { readonly kind: MeetingKind; readonly kindLabel: string; readonly state: 'ok' | 'due' | 'overdue' | 'as-needed'; readonly dueBy: string | null; readonly last: string | null; readonly message: string }[];
  readonly meetings: readonly MeetingView[];
  readonly topics: readonly TopicView[];
}

export interface MeetingDetail {
  readonly meeting: MeetingView & { readonly chairDisplay: string; readonly started: boolean };
  readonly members: readonly { readonly positionId: string; readonly title: string; readonly holders: readonly string[]; readonly attends: string; readonly away: boolean; readonly leave: { readonly status: string; readonly substitute: string | null } | null }[];
  readonly leaves: readonly {
    readonly id: string; readonly personName: string; readonly positionTitle: string; readonly reason: string; readonly substitute: string | null; readonly approverTitle: string;
    readonly status: string; readonly statusLabel: string; readonly mayDecide: boolean;
    /** Art. 49: the office's 转呈 or 退回 — who (a stand-in as `何静（代李文博）`), when, the note — and whether the reader may do it now. */
    readonly officeByName: string | null; readonly officeAt: string | null; readonly officeNote: string | null; readonly mayForward: boolean;
  }[];
  readonly topics: readonly (TopicView & { readonly discussion: Discussion | null })[];
  readonly attendance: readonly AttendanceEntry[];
  readonly study: { readonly kind: string; readonly kindLabel: string; readonly subject: string; readonly speaker: string; readonly materials: readonly string[]; readonly summary: string | null; readonly recordedAt: string | null } | null;
  readonly minutes: {
    readonly text: string;
    readonly status: string;
    readonly statusLabel: string;
    readonly decisions: readonly {
      readonly text: string; readonly leadBodyId: string; readonly coBodyIds: readonly string[]; readonly dueWorkdays: number; readonly leadBodyName: string; readonly coBodyNames: readonly string[];
      readonly disclosure?: 'public' | 'withheld'; readonly withholdReason?: string;
    }[];
    readonly steps: readonly { readonly personName: string; readonly onBehalfOfName: string | null; readonly at: string; readonly opinion: string }[];
  } | null;
  /** A 县长办公会议's key-work lists (art. 47); null for the other kinds. */
  readonly keyWork: MeetingKeyWork | null;
}

export const MEETINGS_KEY = ['meetings'] as const;

export function useMeetings() {
  return useQuery({ queryKey: [...MEETINGS_KEY, 'overview'], queryFn: async () => (await apiGet<MeetingsOverview>('/api/meetings')).data });
}

export function useMeeting(id: string | null) {
  return useQuery({ queryKey: [...MEETINGS_KEY, 'one', id], queryFn: async () => (await apiGet<MeetingDetail>(`/api/meetings/${id ?? ''}`)).data, enabled: id !== null });
}

export function invalidateMeetings(client: QueryClient): Promise<unknown> {
  return Promise.all([client.invalidateQueries({ queryKey: MEETINGS_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]);
}

export const KIND_OPTIONS: readonly { value: MeetingKind; label: string }[] = [
  { value: 'executive', label: '县政府常务会议' },
  { value: 'head-office', label: '县长办公会议' },
  { value: 'plenary', label: '县政府全体会议' },
  { value: 'special', label: '县政府专题会议' },
];
