/** Ports of audit findings and their rectification (arts. 9, 35). */

export type AuditFindingStatusName = 'rectifying' | 'reported' | 'rectified' | 'not-rectified';

export interface AuditFindingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly auditedBodyId: string;
  readonly title: string;
  readonly finding: string;
  readonly requirement: string;
  readonly dueDate: string;
  readonly status: AuditFindingStatusName;
  readonly recordedAt: string;
  readonly recordedByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** One step in a finding's history (append-only): recorded, a report, a conclusion, a follow-up, an amendment. */
export interface AuditFindingEntryRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly findingId: string;
  readonly seq: number;
  readonly kind: 'recorded' | 'report' | 'rectified' | 'not-rectified' | 'follow-up' | 'amended';
  readonly text: string;
  readonly reportDate: string | null;
  readonly dueDate: string | null;
  readonly statusAfter: AuditFindingStatusName;
  /** For an amendment: the text before it (JSON). */
  readonly previous: string | null;
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly taskId: string | null;
}

/** The audit rectification register (arts. 9, 35): findings are updated optimistically, never deleted; entries only appended. */
export interface AuditFindingsPort {
  get(tenantId: string, id: string): Promise<AuditFindingRecord | undefined>;
  list(tenantId: string, q: { auditedBodyIds?: readonly string[]; status?: AuditFindingStatusName; limit: number }): Promise<AuditFindingRecord[]>;
  insert(r: AuditFindingRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: AuditFindingRecord): Promise<boolean>;
  entries(tenantId: string, findingId: string): Promise<AuditFindingEntryRecord[]>;
  appendEntry(r: AuditFindingEntryRecord): Promise<void>;
}
