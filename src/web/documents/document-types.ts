import type { Verdict } from '../api-types.ts';

/** Shapes of /api/documents, as the server sends them. */
export type DocumentStatus = 'drafting' | 'reviewing' | 'signing' | 'rechecking' | 'registered' | 'issued' | 'archived' | 'withdrawn' | 'submitted';
export type RouteAction = 'legality-review' | 'countersign' | 'sign';
export type Importance = 'ordinary' | 'important' | 'major';

export interface DocumentElements {
  readonly kind: string;
  readonly issuer: 'government' | 'office' | 'department';
  readonly title: string;
  readonly mainRecipients: readonly string[];
  readonly ccRecipients: readonly string[];
  readonly urgency: string;
  readonly body: string;
  readonly annotation: string;
  readonly attachmentNames: readonly string[];
  readonly disclosure: string | null;
  readonly disclosureReason: string;
  readonly isPolicy: boolean;
  readonly interpretation: string;
  readonly matter: string;
  readonly importanceProposed: Importance;
  readonly subjectBodyIds: readonly string[];
  readonly subjectAreas: readonly string[];
  readonly assignedBy: string;
}

export interface RouteStepView {
  readonly seq: number;
  readonly action: RouteAction;
  readonly positionId: string;
  readonly title: string;
  readonly cite: string;
  readonly reason: string;
  readonly done: {
    readonly at: string;
    readonly personName: string;
    readonly onBehalfOfName: string | null;
    readonly basis: string | null;
    readonly opinion: string;
    readonly agreed: boolean;
    readonly proposal?: string;
  } | null;
}

export interface DocumentView {
  readonly id: string;
  readonly status: DocumentStatus;
  readonly statusLabel: string;
  readonly elements: DocumentElements;
  readonly drafterName: string;
  readonly draftingBodyName: string;
  readonly subjectBodyNames: readonly string[];
  readonly importance: Importance | null;
  readonly withinDepartmentPowers: boolean;
  readonly route: readonly RouteStepView[];
  readonly routeClause: string | null;
  readonly specialOrder: { readonly orderedBy: string; readonly note: string; readonly orderedAt: string } | null;
  readonly docNumber: string | null;
  readonly signedDate: string | null;
  readonly issuedDate: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DocumentDetail {
  readonly document: DocumentView;
  /** The meeting a 纪要 was issued from (art. 50). */
  readonly meeting?: { readonly id: string; readonly title: string; readonly date: string; readonly kindLabel: string } | null;
  readonly currentTask: { readonly title: string; readonly dueDate: string | null; readonly overdue: boolean } | null;
  readonly waiting: { readonly seq: number; readonly title: string; readonly display: string; readonly chain: readonly { readonly message: string }[]; readonly problems: readonly { readonly message: string }[] } | null;
  readonly attachments: readonly { readonly id: string; readonly name: string; readonly size: number; readonly uploadedAt: string; readonly uploadedBy: string }[];
  readonly versions: readonly { readonly versionNo: number; readonly changedFields: readonly string[]; readonly changedBy: string; readonly changedAt: string; readonly note: string }[];
  readonly history: readonly { readonly seq: number; readonly at: string; readonly type: string; readonly label: string; readonly actor: string; readonly onBehalfOf: string | null; readonly payload: Readonly<Record<string, unknown>> }[];
  readonly abilities: Readonly<Record<string, boolean>>;
}

export interface DocumentListItem {
  readonly id: string;
  readonly kind: string;
  readonly issuer: 'government' | 'office' | 'department';
  readonly title: string;
  readonly urgency: string;
  readonly status: DocumentStatus;
  readonly statusLabel: string;
  readonly docNumber: string | null;
  readonly drafterName: string;
  readonly currentStep: { readonly seq: number; readonly action: RouteAction; readonly title: string } | null;
  readonly awaitingMe: boolean;
  readonly mine: boolean;
  readonly updatedAt: string;
}

export interface NumberRegister {
  readonly counts: readonly { readonly prefix: string; readonly year: number; readonly issued: number; readonly voided: number }[];
  readonly numbers: readonly { readonly id: string; readonly docNumber: string; readonly prefix: string; readonly year: number; readonly seq: number; readonly title: string; readonly status: 'assigned' | 'void'; readonly assignedAt: string; readonly assignedByName: string; readonly voidedAt: string | null; readonly voidReason: string | null; readonly documentId: string }[];
  readonly sequences: readonly { readonly prefix: string; readonly year: number; readonly nextSeq: number; readonly nextNumber: string; readonly presetByName: string | null; readonly presetAt: string | null }[];
}

export type { Verdict };
