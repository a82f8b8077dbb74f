import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Tone } from '../components/tone-tag.tsx';

export type IncomingStatus = 'received' | 'registered' | 'accepted' | 'returned' | 'circulating' | 'instructing' | 'handling' | 'done';

export interface IncomingView {
  readonly id: string;
  readonly status: IncomingStatus;
  readonly statusLabel: string;
  readonly source: 'external' | 'submission';
  readonly fromName: string;
  readonly theirNumber: string;
  readonly kind: string;
  readonly title: string;
  readonly urgency: string;
  readonly body?: string;
  readonly attachmentNames: readonly string[];
  readonly disagreement: boolean;
  readonly sourceDocumentId: string | null;
  readonly receivedAt: string;
  readonly registerNo: string | null;
  readonly reviewNote: string | null;
  readonly proposal: string | null;
  readonly leaderTitle: string | null;
  readonly readers: readonly { readonly positionId: string; readonly title: string; readonly readAt: string | null; readonly readBy: string | null }[];
  readonly instruction: string | null;
  readonly instructedBy: string | null;
  readonly leadBodyName: string | null;
  readonly coBodyNames: readonly string[];
  readonly handlerTitle: string | null;
  readonly dueDate: string | null;
  readonly result: string | null;
  readonly awaitingMe?: boolean;
}

export interface IncomingDetail {
  readonly incoming: IncomingView;
  readonly history: readonly { readonly seq: number; readonly at: string; readonly label: string; readonly actor: string; readonly onBehalfOf: string | null; readonly payload: Readonly<Record<string, unknown>> }[];
  readonly abilities: Readonly<Record<string, boolean>>;
}

export const INCOMING_KEY = ['incoming'] as const;

export function useIncomingList() {
  return useQuery({ queryKey: [...INCOMING_KEY, 'list'], queryFn: async () => (await apiGet<IncomingView[]>('/api/incoming')).data });
}

export function useIncoming(id: string | undefined) {
  return useQuery({ queryKey: [...INCOMING_KEY, 'one', id], queryFn: async () => (await apiGet<IncomingDetail>(`/api/incoming/${id ?? ''}`)).data, enabled: id !== undefined });
}

export const INCOMING_TONES: Readonly<Record<IncomingStatus, Tone>> = {
  received: 'gold', registered: 'gold', accepted: 'orange', returned: 'default', circulating: 'blue', instructing: 'orange', handling: 'purple', done: 'green',
};
