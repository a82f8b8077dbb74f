import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideLeaveRequest } from '../../core/procedures/leave/leave.decide.ts';
import type { AbsenceKind } from '../../core/procedures/leave/leave.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { AbsenceRecord, Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { bumpOrgVersion } from '../org/snapshot.ts';
import { approverPosition, officeIntakePosition, periodText, requesterPost } from './leave-context.ts';

export interface LeaveRequestInput {
  readonly kind: AbsenceKind;
  readonly fromAt: string;
  readonly toAt: string;
  readonly destination: string;
  readonly reason: string;
  readonly presidingPersonId?: string | undefined;
  readonly lateReason?: string | undefined;
}

const DAY_MS = 86_400_000;

/**
 * A request to leave (art. 59). The 县长's own travel is recorded as approved together with the
 * 委托 to the 常务副县长 for its period (art. 5); others wait for their approver, who gets a 待办.
 */
export async function requestLeave(deps: ServiceDeps, actor: Actor, input: LeaveRequestInput): Promise<{ absence: AbsenceRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员，不能请假');
  const personId = actor.personId;
  if (Number.isNaN(Date.parse(input.fromAt)) || Number.isNaN(Date.parse(input.toAt))) {
    throw new DomainError('VALIDATION_FAILED', '字段 fromAt、toAt：须为带时区的时间', { fields: ['fromAt', 'toAt'] });
  }
  return deps.store.transaction(async (tx) => {
    const requestDate = localDate(at, offset);
    const departureDate = localDate(new Date(input.fromAt), offset);
    const post = await requesterPost(tx, actor.tenantId, personId, requestDate);
    if (input.presidingPersonId && !(await tx.org.person(actor.tenantId, input.presidingPersonId))) {
      throw new DomainError('VALIDATION_FAILED', '字段 presidingPersonId：人员不存在', { fields: ['presidingPersonId'] });
    }
    const decision = decideLeaveRequest({
      role: post.role, kind: input.kind, requestDate, departureDate, fromAt: input.fromAt, toAt: input.toAt,
      requesterPersonId: personId, presidingPersonId: input.presidingPersonId ?? null, lateReason: input.lateReason ?? null,
      noticeDays: pack.numberParam('leave.headAbsenceNoticeDays'),
      daysAhead: Math.round((Date.parse(`${departureDate}T00:00:00Z`) - Date.parse(`${requestDate}T00:00:00Z`)) / DAY_MS),
    });
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked(decision.verdicts);
      throw new DomainError(decision.code, decision.message, { fields: ['toAt'] });
    }
    const approver = await approverPosition(tx, actor.tenantId, post, requestDate);
    const absence: AbsenceRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, personId, positionId: post.position!.id, kind: input.kind,
      fromAt: new Date(input.fromAt).toISOString(), toAt: new Date(input.toAt).toISOString(), returnedAt: null,
      destination: input.destination, reason: input.reason, presidingPersonId: input.presidingPersonId ?? null,
      status: decision.status, approverPositionId: approver?.id ?? null, late: decision.late, lateReason: input.lateReason ?? null,
      requestedAt: at.toISOString(), requestedByAccountId: actor.accountId,
      decidedAt: decision.status === 'approved' ? at.toISOString() : null, decidedByPersonId: decision.status === 'approved' ? personId : null,
      decisionNote: null, version: 1,
    };
    await tx.authority.insertAbsence(absence);
    const verdicts = [packVerdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'absence.requested', at, actorAccountId: actor.accountId, actorPersonId: personId, subjectType: 'absence', subjectId: absence.id,
      payload: { kind: absence.kind, fromAt: absence.fromAt, toAt: absence.toAt, destination: absence.destination, status: absence.status, late: absence.late, approverPositionId: absence.approverPositionId },
      verdicts,
    });
    const when = periodText(absence.fromAt, absence.toAt, offset);
    if (decision.status === 'approved') {
      // The 县长 away on travel entrusts the 常务副县长 to preside (art. 5), recorded with its period.
      const exec = (await tx.org.positions(actor.tenantId)).find((p) => p.kind === 'executive-deputy');
      // The rules name travel (出差); the system records the same 委托 for any absence of the 县长 (ADR 0003).
      if (exec) {
        const delegation = {
          id: deps.ids.id(), tenantId: actor.tenantId, fromPositionId: absence.positionId, toPositionId: exec.id, scope: 'presiding' as const,
          fromAt: absence.fromAt, toAt: absence.toAt, reason: `县长${when}${absence.kind === 'leave' ? '请假' : '外出'}（${absence.destination}），委托常务副县长主持县政府工作`,
          createdByPersonId: personId, createdAt: at.toISOString(),
        };
        await tx.authority.insertDelegation(delegation);
        await tx.audit.append(actor.tenantId, {
          type: 'delegation.created', at, actorAccountId: actor.accountId, actorPersonId: personId, subjectType: 'delegation', subjectId: delegation.id,
          payload: { fromPositionId: delegation.fromPositionId, toPositionId: delegation.toPositionId, fromAt: delegation.fromAt, toAt: delegation.toAt, reason: delegation.reason },
          verdicts: [{ rule: 'leave.approver-acts', outcome: 'allow', cites: ['yunyang-2025:5'], message: '第五条：县长外出期间，委托常务副县长主持县政府工作' }],
        });
      }
      await bumpOrgVersion(tx, actor.tenantId, absence.id);
    } else if (decision.status === 'at-office') {
      // Art. 59: a principal's request is reported to the county leader by the office, which gets the 待办 first.
      const office = await officeIntakePosition(tx, actor.tenantId);
      if (office) {
        await createTaskIn(deps, tx, actor, actor.tenantId, {
          title: `转呈请假：${actor.displayName}（${post.position!.title}）${when}${absence.kind === 'leave' ? '请假' : '外出'}，${absence.destination}${absence.late ? '（未提前3天）' : ''}，报${approver?.title ?? '县领导'}审批`,
          kind: 'leave-forward', sourceType: 'absence', sourceId: absence.id, ownerPositionId: office.id,
          period: { value: 1, unit: 'workday' },
        });
      }
    } else if (approver) {
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `审批请假：${actor.displayName}（${post.position!.title}）${when}${absence.kind === 'leave' ? '请假' : '外出'}，${absence.destination}${absence.late ? '（未提前3天）' : ''}`,
        kind: 'leave-approval', sourceType: 'absence', sourceId: absence.id, ownerPositionId: approver.id,
        period: { value: 1, unit: 'workday' },
      });
    }
    return { absence, verdicts };
  });
}
