import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import type { Tone } from '../components/tone-tag.tsx';

export type AttendeeGroup = 'town-principals' | 'town-deputies' | 'department-heads' | 'others';
export type ApprovalStatus = 'reviewing' | 'approving' | 'approved' | 'returned' | 'not-required';

export interface ApprovalStepView {
  readonly action: 'applied' | 'reviewed' | 'approved' | 'returned';
  readonly actionLabel: string;
  readonly who: string;
  readonly positionTitle: string;
  readonly at: string;
  readonly note: string;
}

/** One work-meeting application as GET /api/meeting-approvals sends it. */
export interface ApprovalView {
  readonly id: string;
  readonly title: string;
  readonly organiserName: string;
  readonly applicant: string;
  readonly date: string;
  readonly startsAt: string;
  readonly facts: {
    readonly convenedIn: string;
    readonly attendees: readonly AttendeeGroup[];
    readonly attendeesNote: string;
    readonly place: string;
    readonly form: 'in-person' | 'video';
    readonly expectedAttendees: number;
    readonly durationMinutes: number;
    readonly countyWide: boolean;
    readonly withinOwnDuties: boolean;
    readonly mergeable: boolean;
    readonly mergeNote: string;
  };
  readonly convenedInLabel: string;
  readonly attendeesLabel: string;
  readonly status: ApprovalStatus;
  readonly statusLabel: string;
  readonly tierLabel: string;
  readonly approverTitle: string | null;
  readonly nextStep: string | null;
  readonly verdicts: readonly Verdict[];
  readonly steps: readonly ApprovalStepView[];
  readonly abilities: { readonly review: boolean; readonly approve: boolean; readonly return: boolean };
}

export interface ApprovalsOverview {
  readonly today: string;
  readonly organisers: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
  readonly applications: readonly ApprovalView[];
}

export const APPROVALS_KEY = ['meeting-approvals'] as const;

export function useApprovals() {
  return useQuery({ queryKey: [...APPROVALS_KEY, 'list'], queryFn: async () => (await apiGet<ApprovalsOverview>('/api/meeting-approvals')).data });
}

export function useApproval(id: string | null) {
  return useQuery({ queryKey: [...APPROVALS_KEY, 'one', id], queryFn: async () => (await apiGet<ApprovalView>(`/api/meeting-approvals/${id ?? ''}`)).data, enabled: id !== null });
}

export function invalidateApprovals(client: QueryClient): Promise<unknown> {
  return Promise.all([client.invalidateQueries({ queryKey: APPROVALS_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]);
}

export const STATUS_TONES: Readonly<Record<ApprovalStatus, Tone>> = { reviewing: 'blue', approving: 'gold', approved: 'green', returned: 'red', 'not-required': 'default' };

export const ATTENDEE_OPTIONS: readonly { value: AttendeeGroup; label: string }[] = [
  { value: 'town-principals', label: '乡镇（街道）行政主要负责人' },
  { value: 'town-deputies', label: '乡镇（街道）分管领导' },
  { value: 'department-heads', label: '县政府有关部门负责人' },
  { value: 'others', label: '其他人员' },
];

export const CONVENED_IN_OPTIONS = [
  { value: 'own-unit', label: '本单位' },
  { value: 'county-office', label: '县政府办公室' },
  { value: 'county-government', label: '县政府' },
] as const;
