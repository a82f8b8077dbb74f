/**
 * The quarterly key-work list (季度重点工作清单) of the 县长办公会议 (art. 47): the meeting at the start
 * of each quarter reviews last quarter's key work and deploys this quarter's, by the principle
 * "清单管理、挂单操作、按季推进".
 *
 * Each item belongs to one quarter's list: the work, its target or measures, the lead unit and the
 * co-units, the county leader in charge and a due date. The office keeps the list; the lead unit's
 * principal (or whoever acts for the post) and the office report progress. An item still unfinished
 * when its quarter ends is carried over (挂单) to the current quarter as a new item linked back to it;
 * the past quarter's list stays as it stood. 滞后 is never stored: it is computed on the date from the
 * due date and the stored status.
 */
import type { Quarter } from './quarter.ts';

/** The stored status of an item: what the reports say. */
export const KEY_WORK_STATUSES = ['not-started', 'in-progress', 'completed'] as const;
export type KeyWorkStatus = (typeof KEY_WORK_STATUSES)[number];

/** How an item stands on a date: its status, or 滞后 when its due date has passed unfinished. */
export type KeyWorkStanding = KeyWorkStatus | 'lagging';
export const KEY_WORK_STANDINGS: readonly KeyWorkStanding[] = ['not-started', 'in-progress', 'completed', 'lagging'];

export type KeyWorkCommand =
  | { readonly type: 'report'; readonly text: string; readonly reportDate: string }
  | { readonly type: 'complete'; readonly text: string; readonly reportDate: string }
  | { readonly type: 'edit'; readonly dueDate?: string | undefined }
  | { readonly type: 'carry-over'; readonly dueDate: string }
  /** The office reopens an item reported complete by mistake, with its reason, while its quarter runs. */
  | { readonly type: 'reopen'; readonly reason: string };

export type KeyWorkCommandType = KeyWorkCommand['type'];

/** Who the actor is with respect to one item, from the posts they act for at the moment. */
export interface KeyWorkActor {
  /** Keeps the list (the county government office: permission meeting:organise). */
  readonly isOffice: boolean;
  /** Acts for the lead unit's principal post (holder, AB角, 委托 or the person presiding during leave). */
  readonly actsForLeadPrincipal: boolean;
}

/** What the decision needs to know about an item. */
export interface KeyWorkState {
  readonly status: KeyWorkStatus;
  readonly quarter: Quarter;
  readonly dueDate: string;
  /** The quarter it was already carried over to (挂单 once), or null. */
  readonly carriedTo: Quarter | null;
}
