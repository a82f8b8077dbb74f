/** Ports of 待办 and notifications. */

export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface TaskRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly kind: string;
  readonly ownerPositionId: string | null;
  readonly ownerPersonId: string | null;
  readonly status: TaskStatus;
  readonly sourceType: string;
  readonly sourceId: string | null;
  readonly startDate: string | null;
  readonly period: number | null;
  readonly unit: 'workday' | 'day' | 'month' | null;
  readonly dueDate: string | null;
  readonly dueAt: string | null;
  readonly provisional: boolean;
  readonly createdAt: string;
  readonly completedAt: string | null;
  readonly completedByPersonId: string | null;
  readonly completedByAccountId: string | null;
  readonly note: string | null;
  readonly remindedAt: string | null;
  readonly escalatedAt: string | null;
  readonly version: number;
  /** 代录: the secretary who entered the 办结 for `completedByPersonId` (SPEC §1). */
  readonly completedEnteredByPersonId?: string | null;
}

export interface TaskQuery {
  readonly status?: TaskStatus;
  readonly ownerPositionIds?: readonly string[];
  readonly ownerPersonId?: string;
  readonly limit?: number;
}

export interface TasksPort {
  get(tenantId: string, id: string): Promise<TaskRecord | undefined>;
  insert(t: TaskRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `t.version - 1`. */
  update(t: TaskRecord): Promise<boolean>;
  list(tenantId: string, q: TaskQuery): Promise<TaskRecord[]>;
  /** Open tasks due before `before` that have not yet received `kind` (reminder/escalation). */
  dueForNotice(tenantId: string, kind: 'reminder' | 'escalation', before: string, limit: number): Promise<TaskRecord[]>;
  openWithPeriod(tenantId: string): Promise<TaskRecord[]>;
  /** Open tasks whose due instant has passed, oldest due first (the 逾期 register). */
  overdue(tenantId: string, before: string, limit: number): Promise<TaskRecord[]>;
  /** Open tasks created by a procedure record (e.g. the approval task of a leave request). */
  openBySource(tenantId: string, sourceType: string, sourceId: string): Promise<TaskRecord[]>;
}

export interface NotificationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly taskId: string;
  readonly kind: 'reminder' | 'escalation';
  readonly recipientPositionId: string | null;
  readonly recipientPersonId: string | null;
  readonly message: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationsPort {
  /** Inserts once per (task, kind); returns false when it already exists. */
  insertOnce(n: NotificationRecord): Promise<boolean>;
  /** Notices for these recipients about tasks that are still open, newest first. */
  forRecipients(tenantId: string, positionIds: readonly string[], personId: string | null, limit: number): Promise<NotificationRecord[]>;
}
