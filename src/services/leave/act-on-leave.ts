import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideLeaveCommand } from '../../core/procedures/leave/leave.decide.ts';
import type { LeaveCommand } from '../../core/procedures/leave/leave.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { AbsenceRecord, Actor, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { resolveEntry } from '../org/entered-on-behalf.ts';
import { bumpOrgVersion } from '../org/snapshot.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { approverPosition, officePositionIds, periodText } from './leave-context.ts';
import { proposeInspectionReportIn } from '../meetings/inspection-report.ts';
import { COUNTY_LEADER_KINDS } from '../../core/org/org.ts';

const EVENTS: Readonly<Record<LeaveCommand['type'], AuditEventType>> = {
  approve: 'absence.approved', reject: 'absence.rejected', cancel: 'absence.cancelled', return: 'absence.returned',
  forward: 'absence.forwarded', 'send-back': 'absence.sent-back',
};

export interface LeaveActOptions {
  /** 代录: the leader whose decision (approve / reject) the actor enters (SPEC §1). */
  readonly onBehalfOfPersonId?: string | undefined;
}

/**
 * Approve or reject (whoever acts for the approver now, art. 59 with art. 5 — or their secretary
 * entering it for them, 代录), the office's 转呈 or 退回 of a principal's request (art. 59),
 * withdraw, or 销假. Approval changes who acts while the person is away; the other county leaders
 * are informed (a 待办 each); 销假 after an inspection trip owes a report to the next 常务会议.
 */
export async function actOnLeave(deps: ServiceDeps, actor: Actor, id: string, command: LeaveCommand, opts: LeaveActOptions = {}): Promise<{ absence: AbsenceRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  const deciding = command.type === 'approve' || command.type === 'reject';
  const office = command.type === 'forward' || command.type === 'send-back';
  if (opts.onBehalfOfPersonId !== undefined && !deciding) {
    throw new DomainError('VALIDATION_FAILED', '字段 onBehalfOfPersonId：代录只适用于领导批准或不批准请假', { fields: ['onBehalfOfPersonId'] });
  }
  return deps.store.transaction(async (tx) => {
    const absence = await tx.authority.absence(actor.tenantId, id);
    if (!absence) throw notFound('ABSENCE_NOT_FOUND', '请假记录');
    const entry = await resolveEntry(tx, actor, opts.onBehalfOfPersonId, command.type === 'reject' ? 'leave.reject' : 'leave.approve', at, offset);
    const decider = entry.actor;
    const me = await actingPositions(deps.store, tx, decider, at, offset);
    const officePosts = await officePositionIds(tx, actor.tenantId);
    const officePost = me.positionIds.find((p) => officePosts.includes(p));
    const approver = absence.approverPositionId ? await tx.org.position(actor.tenantId, absence.approverPositionId) : undefined;
    const decision = decideLeaveCommand({ status: absence.status, fromAt: absence.fromAt, personId: absence.personId }, command, {
      at, isOwn: decider.personId === absence.personId,
      actsForApprover: absence.approverPositionId !== null && me.positionIds.includes(absence.approverPositionId),
      approverTitle: approver?.title ?? '审批人',
      actsForOffice: officePost !== undefined,
    });
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked(entry.verdict ? [entry.verdict, ...decision.verdicts] : decision.verdicts);
      throw new DomainError(decision.code === 'INVALID_STATE' ? 'CONFLICT' : decision.code, decision.message);
    }
    // The county leader in charge is read again when the office forwards: portfolios may have changed (art. 5).
    const forwardTo = command.type === 'forward'
      ? await approverPosition(tx, actor.tenantId, { role: 'principal', position: (await tx.org.position(actor.tenantId, absence.positionId)) ?? null }, localDate(at, offset))
      : null;
    const note = 'note' in command ? (command.note ?? null) : null;
    const next: AbsenceRecord = {
      ...absence, status: decision.status, version: absence.version + 1,
      ...(deciding ? { decidedAt: at.toISOString(), decidedByPersonId: decider.personId, decisionNote: note, decisionEnteredByPersonId: entry.enteredBy?.personId ?? null } : {}),
      ...(office ? { officeAt: at.toISOString(), officeByPersonId: actor.personId, officeNote: note } : {}),
      ...(forwardTo ? { approverPositionId: forwardTo.id } : {}),
      ...(command.type === 'return' ? { returnedAt: at.toISOString() } : {}),
    };
    if (!(await tx.authority.updateAbsence(next))) throw new DomainError('CONFLICT', '该请假记录已被他人更新，请刷新后重试');
    const verdicts = [packVerdict, ...(entry.verdict ? [entry.verdict] : []), ...decision.verdicts];
    const onBehalfOf = deciding && absence.approverPositionId ? (me.onBehalfOf[absence.approverPositionId] ?? null)
      : office && officePost ? (me.onBehalfOf[officePost] ?? null) : null;
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command.type], at, actorAccountId: actor.accountId, actorPersonId: decider.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'absence', subjectId: absence.id,
      payload: {
        status: next.status, note, returnedAt: next.returnedAt,
        ...(office ? { approverPositionId: next.approverPositionId } : {}),
        ...(entry.enteredBy ? { enteredByPersonId: entry.enteredBy.personId, secretaryLinkId: entry.enteredBy.linkId } : {}),
      },
      verdicts,
    });
    // The office's 待办 is done once it forwards or returns; the approval 待办 once decided. Withdrawal cancels both.
    const closes = office ? 'leave-forward' : deciding ? 'leave-approval' : command.type === 'cancel' ? null : 'none';
    for (const t of await tx.tasks.openBySource(actor.tenantId, 'absence', absence.id)) {
      if (t.kind !== 'leave-approval' && t.kind !== 'leave-forward') continue;
      if (closes !== null && t.kind !== closes) continue;
      await tx.tasks.update({
        ...t, status: closes === null ? 'cancelled' : 'done', completedAt: at.toISOString(), completedByPersonId: decider.personId,
        completedByAccountId: actor.accountId, completedEnteredByPersonId: entry.enteredBy?.personId ?? null, version: t.version + 1,
      });
    }
    if (forwardTo) {
      const person = await tx.org.person(actor.tenantId, absence.personId);
      const post = await tx.org.position(actor.tenantId, absence.positionId);
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `审批请假（县政府办公室转呈）：${person?.name ?? ''}（${post?.title ?? ''}）${periodText(absence.fromAt, absence.toAt, offset)}${absence.kind === 'leave' ? '请假' : '外出'}，${absence.destination}${absence.late ? '（未提前3天）' : ''}`,
        kind: 'leave-approval', sourceType: 'absence', sourceId: absence.id, ownerPositionId: forwardTo.id,
        period: { value: 1, unit: 'workday' },
      });
    }
    if (command.type === 'approve' || command.type === 'return' || (command.type === 'cancel' && absence.status === 'approved')) {
      await bumpOrgVersion(tx, actor.tenantId, `${absence.id}:${next.version}`);
    }
    if (command.type === 'approve') await informOthers(deps, tx, actor, next, offset);
    if (command.type === 'return' && absence.kind === 'inspection') {
      const weeks = pack.numberParam('meeting.executiveIntervalWeeks');
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `向下次县政府常务会议报告考察情况（${absence.destination}，${periodText(absence.fromAt, absence.toAt, offset)}）`,
        kind: 'inspection-report', sourceType: 'absence', sourceId: absence.id, ownerPositionId: absence.positionId,
        period: { value: weeks * 5, unit: 'workday' },
      });
      // Art. 59: the report goes to the next 常务会议 as a topic, proposed in the leader's name for the 县长 to admit.
      await proposeInspectionReportIn(deps, tx, actor, absence, periodText(absence.fromAt, absence.toAt, offset));
    }
    return { absence: next, verdicts };
  });
}

/** Art. 59: after a county leader's leave is approved, the office informs the other county leaders. */
async function informOthers(deps: ServiceDeps, tx: Tx, actor: Actor, absence: AbsenceRecord, offset: number): Promise<void> {
  const positions = await tx.org.positions(actor.tenantId);
  const mine = positions.find((p) => p.id === absence.positionId);
  const leaders = COUNTY_LEADER_KINDS;
  if (!mine || !leaders.has(mine.kind)) return;
  const person = await tx.org.person(actor.tenantId, absence.personId);
  for (const p of positions) {
    if (!leaders.has(p.kind) || p.id === absence.positionId || p.kind === 'county-head') continue;
    await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `知悉：${person?.name ?? ''}（${mine.title}）${periodText(absence.fromAt, absence.toAt, offset)}${absence.kind === 'leave' ? '请假' : '外出'}（${absence.destination}）`,
      kind: 'leave-notice', sourceType: 'absence', sourceId: absence.id, ownerPositionId: p.id, period: { value: 1, unit: 'workday' },
    });
  }
}
