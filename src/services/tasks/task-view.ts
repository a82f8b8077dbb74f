import { workingDaysBetween, type Calendar } from '../../core/calendar/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import { taskAbilities } from '../../core/procedures/tasks/tasks.policy.ts';
import { TASK_STATUS_LABELS } from '../../core/procedures/tasks/tasks.machine.ts';
import type { Task, TaskActor } from '../../core/procedures/tasks/tasks.ts';
import type { TaskRecord } from '../ports.ts';

export interface TaskView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly status: TaskRecord['status'];
  readonly statusLabel: string;
  readonly sourceType: string;
  readonly sourceId: string | null;
  readonly ownerPositionId: string | null;
  readonly ownerPersonId: string | null;
  readonly createdAt: string;
  readonly due: null | {
    readonly dueDate: string;
    readonly dueAt: string;
    readonly provisional: boolean;
    readonly start: string | null;
    readonly period: number | null;
    readonly unit: string | null;
    /** Working days left after today up to the due date; negative when overdue. */
    readonly remainingWorkingDays: number;
    readonly overdue: boolean;
  };
  readonly completedAt: string | null;
  readonly note: string | null;
  readonly version: number;
  readonly abilities: { readonly complete: boolean; readonly cancel: boolean };
}

export function toTask(r: TaskRecord): Task {
  return {
    id: r.id, title: r.title, kind: r.kind, ownerPositionId: r.ownerPositionId, ownerPersonId: r.ownerPersonId,
    status: r.status, dueAt: r.dueAt, dueDate: r.dueDate, completedAt: r.completedAt,
    completedByPersonId: r.completedByPersonId, note: r.note, version: r.version,
  };
}

/** The one way a task becomes JSON: with its due state and what the actor may do. */
export function presentTask(r: TaskRecord, actor: TaskActor, roles: readonly string[], calendar: Calendar, now: Date, offset: number): TaskView {
  const today = localDate(now, offset);
  return {
    id: r.id, title: r.title, kind: r.kind, status: r.status, statusLabel: TASK_STATUS_LABELS[r.status],
    sourceType: r.sourceType, sourceId: r.sourceId, ownerPositionId: r.ownerPositionId, ownerPersonId: r.ownerPersonId,
    createdAt: r.createdAt,
    due: r.dueDate && r.dueAt
      ? {
          dueDate: r.dueDate, dueAt: r.dueAt, provisional: r.provisional, start: r.startDate, period: r.period, unit: r.unit,
          remainingWorkingDays: workingDaysBetween(calendar, today, r.dueDate),
          overdue: r.status === 'open' && now.getTime() > Date.parse(r.dueAt),
        }
      : null,
    completedAt: r.completedAt, note: r.note, version: r.version,
    abilities: taskAbilities(toTask(r), actor, roles),
  };
}
