/**
 * Leave and absence (art. 59): a county leader asks the 县长 before travel or leave; a principal of
 * a department, town or street who leaves the county asks at least 3 days ahead, names who
 * presides meanwhile, and is approved by a county leader through the office.
 */
export type LeaveStatus = 'at-office' | 'requested' | 'approved' | 'rejected' | 'cancelled' | 'returned' | 'sent-back';
export type AbsenceKind = 'leave' | 'travel' | 'inspection';

/** Who the requester is, as far as art. 59 is concerned. */
export type RequesterRole = 'county-head' | 'county-leader' | 'principal' | 'other';

export interface LeaveRequestFacts {
  readonly role: RequesterRole;
  readonly kind: AbsenceKind;
  /** Local dates of the request and of departure (Beijing). */
  readonly requestDate: string;
  readonly departureDate: string;
  readonly fromAt: string;
  readonly toAt: string;
  readonly requesterPersonId: string;
  readonly presidingPersonId: string | null;
  readonly lateReason: string | null;
  /** Pack parameter `leave.headAbsenceNoticeDays` (calendar days ahead). */
  readonly noticeDays: number;
  /** Calendar days between the request date and the departure date. */
  readonly daysAhead: number;
}

export type LeaveCommand =
  | { readonly type: 'approve'; readonly note?: string | undefined }
  | { readonly type: 'reject'; readonly note: string }
  | { readonly type: 'cancel'; readonly note?: string | undefined }
  | { readonly type: 'return' }
  /** The office forwards a principal's request to the county leader in charge (转呈, art. 59). */
  | { readonly type: 'forward'; readonly note?: string | undefined }
  /** The office returns it to the requester with its reason (退回, art. 59). */
  | { readonly type: 'send-back'; readonly note: string };

export interface LeaveState {
  readonly status: LeaveStatus;
  readonly fromAt: string;
  readonly personId: string;
}
