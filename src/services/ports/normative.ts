/** Port of normative documents (规范性文件), their filings and the departments' filings. */
import type { DepartmentReviewOutcome, FilingAuthority, FilingItem, NormativeEvidence, NormativeIssuer, NormativeStatus } from '../../core/procedures/normative/normative.ts';

/** A normative document (规范性文件) with the evidence of each step (arts. 18–21). */
export interface NormativeRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly issuer: NormativeIssuer;
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly affectsMarket: boolean;
  readonly status: NormativeStatus;
  /** The document this one amends (its publication marks that one 已修改). */
  readonly amendsId: string | null;
  /** The deliberation topic proposed for it (the topic carries sourceType `normative`). */
  readonly topicId: string | null;
  readonly docNumber: string | null;
  readonly publishedDate: string | null;
  readonly evidence: NormativeEvidence;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A filing owed with the county people's congress standing committee or the city government (arts. 18, 34). */
export interface NormativeFilingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly authority: FilingAuthority;
  readonly dueDate: string;
  readonly dueAt: string;
  readonly dueSummary: string;
  readonly taskId: string | null;
  readonly filedDate: string | null;
  readonly filedAt: string | null;
  readonly items: readonly FilingItem[];
  readonly receipt: string | null;
  readonly lateDays: number | null;
  readonly filedByPersonId: string | null;
  readonly version: number;
}

/** A department's own normative document filed with the county government and reviewed by the 县司法局 (art. 19). */
export interface DepartmentFilingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly bodyId: string;
  readonly title: string;
  readonly docNumber: string;
  readonly publishedDate: string;
  readonly dueDate: string;
  readonly filedDate: string;
  readonly filedAt: string;
  readonly lateDays: number;
  readonly items: readonly FilingItem[];
  readonly filedByPersonId: string | null;
  readonly taskId: string | null;
  readonly reviewOutcome: DepartmentReviewOutcome | null;
  readonly reviewOpinion: string | null;
  readonly reviewedAt: string | null;
  readonly reviewedByPersonId: string | null;
  readonly version: number;
}

export interface NormativePort {
  get(tenantId: string, id: string): Promise<NormativeRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<NormativeRecord[]>;
  insert(r: NormativeRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  update(r: NormativeRecord): Promise<boolean>;
  /** Filings of one document, or all (by due date). */
  filings(tenantId: string, documentId?: string): Promise<NormativeFilingRecord[]>;
  insertFiling(r: NormativeFilingRecord): Promise<void>;
  updateFiling(r: NormativeFilingRecord): Promise<boolean>;
  departmentFilings(tenantId: string, year?: number): Promise<DepartmentFilingRecord[]>;
  departmentFiling(tenantId: string, id: string): Promise<DepartmentFilingRecord | undefined>;
  insertDepartmentFiling(r: DepartmentFilingRecord): Promise<void>;
  updateDepartmentFiling(r: DepartmentFilingRecord): Promise<boolean>;
}
