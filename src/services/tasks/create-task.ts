import { computeDeadline, dueInstant, type DeadlineUnit } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, TaskRecord, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';

export interface NewTask {
  readonly title: string;
  readonly kind: string;
  readonly ownerPositionId?: string | undefined;
  readonly ownerPersonId?: string | undefined;
  readonly sourceType: string;
  readonly sourceId?: string | undefined;
  /** Period counted from the creation date (not counted) on the official calendar. */
  readonly period?: { readonly value: number; readonly unit: DeadlineUnit; readonly start?: string | undefined } | undefined;
  /** A due date set by the one who assigns the work (e.g. an audit rectification), instead of a period. */
  readonly dueDate?: string | undefined;
}

/**
 * Creates a 待办 inside the caller's transaction — every procedure calls this — with its due
 * date computed on the official calendar, and the audit event.
 */
export async function createTaskIn(deps: ServiceDeps, tx: Tx, actor: Actor | null, tenantId: string, input: NewTask): Promise<TaskRecord> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  if (!input.ownerPositionId && !input.ownerPersonId) {
    throw new DomainError('VALIDATION_FAILED', '待办须指定承办岗位或承办人', { fields: ['ownerPositionId'] });
  }
  if (input.ownerPositionId && !(await tx.org.position(tenantId, input.ownerPositionId))) {
    throw new DomainError('VALIDATION_FAILED', '字段 ownerPositionId：岗位不存在', { fields: ['ownerPositionId'] });
  }
  if (input.ownerPersonId && !(await tx.org.person(tenantId, input.ownerPersonId))) {
    throw new DomainError('VALIDATION_FAILED', '字段 ownerPersonId：人员不存在', { fields: ['ownerPersonId'] });
  }
  // The trigger date is not counted; a caller may give an earlier one (e.g. so that a same-day step falls due today).
  const start = input.period?.start ?? localDate(at, pack.utcOffsetMinutes);
  let due: { date: string; at: string; provisional: boolean } | null = null;
  if (input.period) {
    const calendar = await calendarFor(deps.store, tx, tenantId);
    const r = computeDeadline(calendar, { start, period: input.period.value, unit: input.period.unit, clockStops: [] });
    if (!r.ok) throw new DomainError('VALIDATION_FAILED', r.error.join('；'), { fields: ['period'] });
    due = { date: r.value.dueDate, at: dueInstant(r.value, pack.utcOffsetMinutes).toISOString(), provisional: r.value.provisional };
  }
  if (!input.period && input.dueDate) {
    due = { date: input.dueDate, at: dueInstant({ dueDate: input.dueDate }, pack.utcOffsetMinutes).toISOString(), provisional: false };
  }
  const task: TaskRecord = {
    id: deps.ids.id(), tenantId, title: input.title, kind: input.kind,
    ownerPositionId: input.ownerPositionId ?? null, ownerPersonId: input.ownerPersonId ?? null, status: 'open',
    sourceType: input.sourceType, sourceId: input.sourceId ?? null,
    startDate: input.period ? start : null, period: input.period?.value ?? null, unit: input.period?.unit ?? null,
    dueDate: due?.date ?? null, dueAt: due?.at ?? null, provisional: due?.provisional ?? false,
    createdAt: at.toISOString(), completedAt: null, completedByPersonId: null, completedByAccountId: null, note: null,
    remindedAt: null, escalatedAt: null, version: 1,
  };
  await tx.tasks.insert(task);
  await tx.audit.append(tenantId, {
    type: 'task.created', at, actorAccountId: actor?.accountId ?? null, actorPersonId: actor?.personId ?? null,
    subjectType: 'task', subjectId: task.id,
    payload: { title: task.title, ownerPositionId: task.ownerPositionId, ownerPersonId: task.ownerPersonId, dueDate: task.dueDate, sourceType: task.sourceType, sourceId: task.sourceId },
  });
  return task;
}

export async function createTask(deps: ServiceDeps, actor: Actor, input: NewTask): Promise<TaskRecord> {
  return deps.store.transaction((tx) => createTaskIn(deps, tx, actor, actor.tenantId, input));
}
