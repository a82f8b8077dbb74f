/**
 * Outgoing official documents (发文, arts. 52–56): 拟稿 → 核稿 → 审签 along the art. 53 route →
 * 复核 and 登记 (numbering) → 印发 → 归档. The document's elements follow GB/T 9704-2012.
 */
import type { Disclosure, DocumentKind, Importance, Issuer, Matter, Urgency } from './kinds.ts';
import type { RouteStep, SpecialOrder } from './routing.ts';

export type DocumentStatus = 'drafting' | 'reviewing' | 'signing' | 'rechecking' | 'registered' | 'issued' | 'archived' | 'withdrawn' | 'submitted';

export interface DocumentElements {
  readonly kind: DocumentKind;
  readonly issuer: Issuer;
  readonly title: string;
  /** 主送 and 抄送, as the names appear on the document. */
  readonly mainRecipients: readonly string[];
  readonly ccRecipients: readonly string[];
  readonly urgency: Urgency;
  readonly body: string;
  /** 附注 (e.g. contact person and telephone). */
  readonly annotation: string;
  /** 附件说明: the attachments' names in order. */
  readonly attachmentNames: readonly string[];
  /** Art. 32. */
  readonly disclosure: Disclosure | null;
  readonly disclosureReason: string;
  /** A policy document carries its interpretation (解读), drafted and approved with it (art. 32). */
  readonly isPolicy: boolean;
  readonly interpretation: string;
  /** Art. 53: the category and importance the drafter proposes (confirmed by the office at 核稿). */
  readonly matter: Matter;
  readonly importanceProposed: Importance;
  /** Subjects: the bodies and policy areas the document concerns (mapped to portfolios when routed). */
  readonly subjectBodyIds: readonly string[];
  readonly subjectAreas: readonly string[];
  /** Art. 54: a submission addressed to a leader personally names the leader's assignment (交办). */
  readonly assignedBy: string;
}

/** A step of the route with what happened at it. */
export interface RouteStepState extends RouteStep {
  readonly done: {
    readonly at: string;
    readonly personId: string;
    readonly personName: string;
    /** When a stand-in did the step: the holder acted for, and why (AB角, 委托, 请假). */
    readonly onBehalfOfPersonId: string | null;
    readonly onBehalfOfName: string | null;
    readonly basis: string | null;
    readonly opinion: string;
    /** A co-department may countersign with 不同意 and its reasons (art. 55); everyone else agrees or returns. */
    readonly agreed: boolean;
    /** Art. 55: the lead principal's statement of each side's reasons and proposed handling. */
    readonly proposal?: string;
  } | null;
}

export interface DocumentState {
  readonly status: DocumentStatus;
  readonly elements: DocumentElements;
  readonly importance: Importance | null;
  readonly route: readonly RouteStepState[];
  readonly specialOrder: SpecialOrder | null;
  readonly number: string | null;
}

export type DocumentCommand =
  | { readonly type: 'submit' }
  | { readonly type: 'review' }
  | { readonly type: 'sign'; readonly agreed: boolean; readonly opinion: string }
  | { readonly type: 'dispatch' }
  | { readonly type: 'route' }
  | { readonly type: 'register' }
  | { readonly type: 'issue' }
  | { readonly type: 'archive' }
  | { readonly type: 'return'; readonly reason: string }
  | { readonly type: 'withdraw'; readonly reason: string }
  | { readonly type: 'void-number'; readonly reason: string };

export type DocumentCommandType = DocumentCommand['type'];
