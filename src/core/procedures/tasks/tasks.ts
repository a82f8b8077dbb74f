/** A 待办: work owned by a position (reaching whoever acts for it) or by a person, with a due date. */
export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface Task {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly ownerPositionId: string | null;
  readonly ownerPersonId: string | null;
  readonly status: TaskStatus;
  readonly dueAt: string | null;
  readonly dueDate: string | null;
  readonly completedAt: string | null;
  readonly completedByPersonId: string | null;
  readonly note: string | null;
  readonly version: number;
}

/** Who is trying to act on a task, as resolved by the organisation at the moment of the action. */
export interface TaskActor {
  readonly personId: string | null;
  /** Positions the person holds or acts for right now. */
  readonly positionIds: readonly string[];
}

export type TaskCommand =
  | { readonly type: 'complete'; readonly note?: string | undefined }
  | { readonly type: 'cancel'; readonly reason: string };
