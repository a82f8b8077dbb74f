import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { dueInstant } from '../../core/calendar/index.ts';
import { bodyWithUnits } from '../../core/org/structure.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import { decideFindingCommand } from '../../core/procedures/audit-findings/audit-findings.decide.ts';
import { FINDING_COMMAND_LABELS } from '../../core/procedures/audit-findings/audit-findings.machine.ts';
import { rectificationOwed } from '../../core/procedures/audit-findings/audit-findings.rules.ts';
import type { FindingCommand } from '../../core/procedures/audit-findings/audit-findings.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, AuditFindingEntryRecord, AuditFindingRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { findingsViewer, postIn, recordRefusal, rectificationOwner } from './findings-context.ts';

const EVENTS: Readonly<Record<FindingCommand['type'], AuditEventType>> = {
  report: 'audit-finding.reported',
  'mark-rectified': 'audit-finding.concluded',
  'mark-not-rectified': 'audit-finding.concluded',
  'follow-up': 'audit-finding.followed-up',
  amend: 'audit-finding.amended',
};

const ENTRY_KINDS: Readonly<Record<FindingCommand['type'], AuditFindingEntryRecord['kind']>> = {
  report: 'report', 'mark-rectified': 'rectified', 'mark-not-rectified': 'not-rectified', 'follow-up': 'follow-up', amend: 'amended',
};

type Outcome = { ok: true; finding: AuditFindingRecord; verdicts: readonly Verdict[] } | { ok: false; verdicts: readonly Verdict[] };

/**
 * One step on a finding: the audited body reports (art. 35); the audit bureau concludes, follows up
 * or amends (art. 9). Each step is appended to the finding's history — nothing is overwritten
 * without its earlier text kept, nothing deleted — and audited. A refusal is recorded too.
 */
export async function actOnFinding(deps: ServiceDeps, actor: Actor, id: string, command: FindingCommand): Promise<{ finding: AuditFindingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  const today = localDate(at, offset);
  const outcome = await deps.store.transaction(async (tx): Promise<Outcome> => {
    const finding = await tx.auditFindings.get(actor.tenantId, id);
    if (!finding) throw notFound('FINDING_NOT_FOUND', '审计发现');
    const viewer = await findingsViewer(deps.store, tx, actor, at, offset);
    const audited = viewer.bodies.find((b) => b.id === finding.auditedBodyId);
    const auditedName = audited?.name ?? '被审计单位';
    const decision = decideFindingCommand({ status: finding.status, dueDate: finding.dueDate }, command, {
      inAuditBureau: viewer.inAuditBureau, inAuditedBody: viewer.memberOf.has(finding.auditedBodyId), today,
      bureauName: viewer.bureau.name, auditedBodyName: auditedName,
    });
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') return { ok: false, verdicts: decision.verdicts };
      if (decision.code === 'INVALID_STATE') throw new DomainError('CONFLICT', decision.message);
      throw new DomainError('VALIDATION_FAILED', decision.message, { fields: [...(decision.fields ?? [])] });
    }
    const verdicts: Verdict[] = [packVerdict, ...decision.verdicts];
    const post = postIn(viewer, command.type === 'report' ? bodyWithUnits(viewer.bodies, finding.auditedBodyId) : bodyWithUnits(viewer.bodies, viewer.bureau.id));
    const open = (await tx.tasks.openBySource(actor.tenantId, 'audit-finding', finding.id)).filter((t) => t.kind === 'audit-rectification');
    const closeTasks = async (status: 'done' | 'cancelled') => {
      for (const t of open) {
        await tx.tasks.update({ ...t, status, completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
      }
    };
    let next: AuditFindingRecord = { ...finding, status: decision.status, updatedAt: at.toISOString(), version: finding.version + 1 };
    let text = '';
    let reportDate: string | null = null;
    let dueDate: string | null = null;
    let previous: string | null = null;
    let taskId: string | null = null;
    switch (command.type) {
      case 'report':
        text = command.text;
        reportDate = command.reportDate;
        // The report answers the 待办 to rectify and report.
        await closeTasks('done');
        break;
      case 'mark-rectified':
        text = command.note;
        await closeTasks('cancelled');
        break;
      case 'mark-not-rectified':
        text = command.note;
        break;
      case 'follow-up': {
        const owner = rectificationOwner(viewer.positions, finding.auditedBodyId);
        const owed = rectificationOwed.check({ auditedBodyName: auditedName, ownerTitle: owner?.title ?? null, dueDate: command.dueDate });
        if (!owner || owed.outcome === 'block') throw ruleBlocked([owed]);
        verdicts.push(owed);
        // A follow-up replaces any report still owed under the earlier requirement.
        await closeTasks('cancelled');
        const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
          title: `按追加要求整改审计发现的问题并报告：${finding.title}`, kind: 'audit-rectification', sourceType: 'audit-finding', sourceId: finding.id,
          ownerPositionId: owner.id, dueDate: command.dueDate,
        });
        text = command.requirement;
        dueDate = command.dueDate;
        taskId = task.id;
        next = { ...next, dueDate: command.dueDate };
        break;
      }
      case 'amend': {
        const changed: Record<string, string> = {};
        const before: Record<string, string> = {};
        for (const key of ['title', 'finding', 'requirement', 'dueDate'] as const) {
          const value = command[key];
          if (value !== undefined && value !== finding[key]) {
            changed[key] = value;
            before[key] = finding[key];
          }
        }
        if (Object.keys(changed).length === 0) throw new DomainError('VALIDATION_FAILED', '字段 title、finding、requirement、dueDate：内容与原记录相同，没有修改', { fields: ['title'] });
        next = { ...next, ...changed };
        text = command.note;
        dueDate = changed['dueDate'] ?? null;
        previous = JSON.stringify(before);
        if (changed['dueDate']) {
          const newDue = changed['dueDate'];
          for (const t of open) {
            await tx.tasks.update({ ...t, dueDate: newDue, dueAt: dueInstant({ dueDate: newDue }, offset).toISOString(), version: t.version + 1 });
          }
        }
        break;
      }
    }
    if (!(await tx.auditFindings.update(next))) throw new DomainError('CONFLICT', '该审计发现已被他人更新，请刷新后重试');
    const seq = (await tx.auditFindings.entries(actor.tenantId, finding.id)).length + 1;
    await tx.auditFindings.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, findingId: finding.id, seq, kind: ENTRY_KINDS[command.type], text, reportDate, dueDate,
      statusAfter: next.status, previous, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      positionId: post.positionId, taskId,
    });
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command.type], at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'audit-finding', subjectId: finding.id,
      payload: { command: command.type, text, reportDate, dueDate, previous: previous === null ? null : JSON.parse(previous) as unknown, status: next.status, taskId },
      verdicts,
    });
    return { ok: true, finding: next, verdicts };
  });
  if (!outcome.ok) {
    await recordRefusal(deps, actor, at, id, FINDING_COMMAND_LABELS[command.type], outcome.verdicts);
    throw ruleBlocked(outcome.verdicts);
  }
  return { finding: outcome.finding, verdicts: outcome.verdicts };
}
