/** Ports of official documents (发文, numbers, attachments) and incoming documents (收文). */
import type { DocumentElements, DocumentStatus, RouteStepState } from '../../core/procedures/documents/documents.ts';
import type { Importance } from '../../core/procedures/documents/kinds.ts';
import type { SpecialOrder } from '../../core/procedures/documents/routing.ts';
import type { IncomingStatus, Reader } from '../../core/procedures/incoming/incoming.ts';

/** An outgoing document as stored: the listing columns, the elements and the route. */
export interface DocumentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly status: DocumentStatus;
  readonly elements: DocumentElements;
  readonly draftingBodyId: string | null;
  readonly drafterPersonId: string;
  readonly drafterPositionId: string | null;
  /** Confirmed by the office at 核稿 (art. 53(一)). */
  readonly importance: Importance | null;
  readonly withinDepartmentPowers: boolean;
  readonly route: readonly RouteStepState[];
  readonly routeClause: string | null;
  readonly specialOrder: SpecialOrder | null;
  readonly numberId: string | null;
  readonly docNumber: string | null;
  /** 成文日期: the date of the last signature. */
  readonly signedDate: string | null;
  /** 印发日期 (GB/T 9704). */
  readonly issuedDate: string | null;
  readonly currentTaskId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DocumentVersionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly versionNo: number;
  readonly elements: DocumentElements;
  /** Names of the fields changed from the previous version. */
  readonly changedFields: readonly string[];
  readonly changedByPersonId: string | null;
  readonly changedAt: string;
  readonly note: string;
}

export interface DocNumberRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly prefix: string;
  readonly year: number;
  readonly seq: number;
  readonly docNumber: string;
  readonly documentId: string;
  readonly title: string;
  readonly status: 'assigned' | 'void';
  readonly assignedAt: string;
  readonly assignedByPersonId: string | null;
  readonly voidedAt: string | null;
  readonly voidReason: string | null;
}

export interface DocSequenceRecord {
  readonly prefix: string;
  readonly year: number;
  readonly nextSeq: number;
  readonly presetByPersonId: string | null;
  readonly presetAt: string | null;
}

export interface DocumentsPort {
  get(tenantId: string, id: string): Promise<DocumentRecord | undefined>;
  list(tenantId: string, q: { statuses?: readonly DocumentStatus[]; drafterPersonId?: string; limit: number }): Promise<DocumentRecord[]>;
  insert(r: DocumentRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: DocumentRecord): Promise<boolean>;
  insertVersion(r: DocumentVersionRecord): Promise<void>;
  versions(tenantId: string, documentId: string): Promise<DocumentVersionRecord[]>;
  /** Takes the next number of a 代字 and year (the first is 1, or the preset start); serialised by the database. */
  takeNumber(tenantId: string, prefix: string, year: number): Promise<number>;
  /** Sets where a sequence starts (going live mid-year); false when the sequence already exists. */
  presetSequence(tenantId: string, r: DocSequenceRecord): Promise<boolean>;
  sequences(tenantId: string): Promise<DocSequenceRecord[]>;
  insertNumber(r: DocNumberRecord): Promise<void>;
  voidNumber(tenantId: string, id: string, at: string, reason: string): Promise<void>;
  numbers(tenantId: string, q: { prefix?: string; year?: number; limit: number }): Promise<DocNumberRecord[]>;
  insertAttachment(r: AttachmentRecord & { readonly contentBase64: string }): Promise<void>;
  /** The attachments of a document, without their content. */
  attachments(tenantId: string, documentId: string): Promise<AttachmentRecord[]>;
  attachmentContent(tenantId: string, documentId: string, id: string): Promise<(AttachmentRecord & { readonly contentBase64: string }) | undefined>;
  removeAttachment(tenantId: string, id: string, at: string, personId: string | null): Promise<void>;
}

export interface AttachmentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** SM3 digest of the content, hex. */
  readonly digest: string;
  readonly uploadedByPersonId: string | null;
  readonly uploadedAt: string;
  readonly removedAt: string | null;
}

/** An incoming document (收文) and the state of its handling. */
export interface IncomingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly status: IncomingStatus;
  readonly source: 'external' | 'submission';
  readonly fromName: string;
  readonly fromBodyId: string | null;
  readonly sourceDocumentId: string | null;
  readonly theirNumber: string;
  readonly kind: string;
  readonly title: string;
  readonly urgency: string;
  readonly body: string;
  readonly attachmentNames: readonly string[];
  readonly disagreement: boolean;
  readonly receivedAt: string;
  readonly receivedByPersonId: string | null;
  readonly registerNo: string | null;
  readonly reviewNote: string | null;
  readonly proposal: string | null;
  readonly leaderPositionId: string | null;
  readonly readers: readonly Reader[];
  readonly instruction: string | null;
  readonly instructedByPersonId: string | null;
  readonly instructedOnBehalfOf: string | null;
  readonly instructedAt: string | null;
  readonly leadBodyId: string | null;
  readonly coBodyIds: readonly string[];
  readonly handlerPositionId: string | null;
  readonly dueDate: string | null;
  readonly result: string | null;
  readonly completedAt: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface IncomingPort {
  get(tenantId: string, id: string): Promise<IncomingRecord | undefined>;
  list(tenantId: string, limit: number): Promise<IncomingRecord[]>;
  insert(r: IncomingRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: IncomingRecord): Promise<boolean>;
}
