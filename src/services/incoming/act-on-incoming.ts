import { DomainError } from '../../core/kernel/result.ts';
import { formatDocumentNumber } from '../../core/procedures/documents/numbering.ts';
import { decideIncoming, type IncomingContext } from '../../core/procedures/incoming/incoming.decide.ts';
import type { IncomingCommand } from '../../core/procedures/incoming/incoming.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, IncomingRecord, PositionRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { officePost, stepPeriod } from '../documents/document-context.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { loadIncoming } from './incoming-context.ts';
import { COUNTY_LEADER_KINDS } from '../../core/org/org.ts';

/** The prefix of the 收文 register (one sequence per year). */
export const RECEIPT_PREFIX = '收文';

const EVENTS: Readonly<Record<IncomingCommand['type'], AuditEventType>> = {
  register: 'incoming.registered', accept: 'incoming.accepted', return: 'incoming.returned', circulate: 'incoming.circulated', propose: 'incoming.proposed',
  read: 'incoming.read', instruct: 'incoming.instructed', chase: 'incoming.chased', complete: 'incoming.completed',
};

/** The principal's post of a body (the lead or a co-unit of 承办). */
function principalOf(positions: readonly PositionRecord[], bodyId: string): PositionRecord | undefined {
  return positions.find((p) => p.bodyId === bodyId && p.kind === 'principal');
}

async function closeTasks(tx: Tx, actor: Actor, id: string, at: Date, kinds?: readonly string[], positionId?: string): Promise<void> {
  for (const t of await tx.tasks.openBySource(actor.tenantId, 'incoming', id)) {
    if (kinds && !kinds.includes(t.kind)) continue;
    if (positionId && t.ownerPositionId !== positionId) continue;
    await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
  }
}

/**
 * Every step of 收文 after 签收: 登记 (a 收文 number), 初审 (accept or return to the sender), 拟办
 * (传阅 to readers, or up to a county leader for 批办), 阅知, 批办 (the instruction becomes the lead
 * unit's 待办 — and the co-units' — due in `dueWorkdays` working days, by default 事不过周), 催办 and 办结.
 */
export async function actOnIncoming(deps: ServiceDeps, actor: Actor, id: string, command: IncomingCommand): Promise<{ incoming: IncomingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, offset);
    const r = await loadIncoming(tx, actor, id, me.positionIds);
    const positions = await tx.org.positions(actor.tenantId);
    const title = (pid: string | null) => positions.find((p) => p.id === pid)?.title ?? '';
    const readerPositionId = r.readers.find((x) => x.readAt === null && me.positionIds.includes(x.positionId))?.positionId ?? null;
    const ctx: IncomingContext = {
      actsForLeader: r.leaderPositionId !== null && me.positionIds.includes(r.leaderPositionId), leaderTitle: title(r.leaderPositionId),
      actsForHandler: r.handlerPositionId !== null && me.positionIds.includes(r.handlerPositionId), handlerTitle: title(r.handlerPositionId),
      readerPositionId,
    };
    const decision = decideIncoming({ status: r.status, urgency: r.urgency, readers: r.readers, leaderPositionId: r.leaderPositionId, disagreement: r.disagreement }, command, ctx);
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked(decision.verdicts, decision.message);
      throw new DomainError('CONFLICT', decision.message);
    }
    const verdicts = [verdict, ...decision.verdicts];
    let next: IncomingRecord = { ...r, status: decision.status, updatedAt: at.toISOString(), version: r.version + 1 };
    let payload: Record<string, unknown> = {};
    const office = await officePost(tx, actor.tenantId);
    const officeTask = async (name: string, kind: string) => createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `${name}：${r.title}`, kind, sourceType: 'incoming', sourceId: r.id, ownerPositionId: office.positionId, period: await stepPeriod(deps, tx, actor.tenantId, at),
    });
    let onBehalfOf: string | null = null;
    switch (command.type) {
      case 'register': {
        const year = Number(localDate(at, offset).slice(0, 4));
        const seq = await tx.documents.takeNumber(actor.tenantId, RECEIPT_PREFIX, year);
        next = { ...next, registerNo: formatDocumentNumber(RECEIPT_PREFIX, year, seq) };
        payload = { registerNo: next.registerNo };
        await closeTasks(tx, actor, r.id, at);
        await officeTask('初审', 'incoming-review');
        break;
      }
      case 'accept':
      case 'return': {
        const note = command.type === 'accept' ? command.note : command.reason;
        next = { ...next, reviewNote: note };
        payload = { note };
        await closeTasks(tx, actor, r.id, at);
        if (command.type === 'accept') await officeTask('拟办', 'incoming-propose');
        break;
      }
      case 'circulate': {
        const readers = [...new Set(command.positionIds)].map((pid) => {
          if (!positions.some((p) => p.id === pid)) throw new DomainError('VALIDATION_FAILED', '字段 positionIds：岗位不存在', { fields: ['positionIds'] });
          return { positionId: pid, title: title(pid), readAt: null, readBy: null };
        });
        next = { ...next, readers, proposal: command.note };
        payload = { readers: readers.map((x) => x.title), note: command.note };
        await closeTasks(tx, actor, r.id, at);
        for (const x of readers) {
          await createTaskIn(deps, tx, actor, actor.tenantId, {
            title: `阅知：${r.title}`, kind: 'incoming-read', sourceType: 'incoming', sourceId: r.id, ownerPositionId: x.positionId, period: await stepPeriod(deps, tx, actor.tenantId, at),
          });
        }
        break;
      }
      case 'propose': {
        const leader = positions.find((p) => p.id === command.leaderPositionId);
        if (!leader || !COUNTY_LEADER_KINDS.has(leader.kind)) {
          throw new DomainError('VALIDATION_FAILED', '字段 leaderPositionId：请选择县政府领导岗位', { fields: ['leaderPositionId'] });
        }
        next = { ...next, leaderPositionId: leader.id, proposal: command.proposal };
        payload = { leader: leader.title, proposal: command.proposal };
        await closeTasks(tx, actor, r.id, at);
        await createTaskIn(deps, tx, actor, actor.tenantId, {
          title: `批办：${r.title}`, kind: 'incoming-instruct', sourceType: 'incoming', sourceId: r.id, ownerPositionId: leader.id, period: await stepPeriod(deps, tx, actor.tenantId, at),
        });
        break;
      }
      case 'read': {
        const person = actor.personId ? await tx.org.person(actor.tenantId, actor.personId) : undefined;
        next = { ...next, readers: r.readers.map((x) => (x.positionId === readerPositionId ? { ...x, readAt: at.toISOString(), readBy: person?.name ?? actor.displayName } : x)) };
        onBehalfOf = readerPositionId ? (me.onBehalfOf[readerPositionId] ?? null) : null;
        payload = { reader: title(readerPositionId) };
        await closeTasks(tx, actor, r.id, at, ['incoming-read'], readerPositionId ?? undefined);
        if (next.status === 'done') next = { ...next, completedAt: at.toISOString() };
        break;
      }
      case 'instruct': {
        if (!command.leadBodyId) break;
        const lead = principalOf(positions, command.leadBodyId);
        if (!lead) throw new DomainError('VALIDATION_FAILED', '字段 leadBodyId：该单位没有主要负责人岗位', { fields: ['leadBodyId'] });
        const days = command.dueWorkdays ?? pack.numberParam('document.matterDueWorkdays');
        onBehalfOf = me.onBehalfOf[r.leaderPositionId!] ?? null;
        const handling = await createTaskIn(deps, tx, actor, actor.tenantId, {
          title: `承办：${r.title}（${command.instruction.slice(0, 40)}）`, kind: 'incoming-handle', sourceType: 'incoming', sourceId: r.id, ownerPositionId: lead.id,
          period: { value: days, unit: 'workday' },
        });
        for (const co of command.coBodyIds.filter((b) => b !== command.leadBodyId)) {
          const p = principalOf(positions, co);
          if (!p) throw new DomainError('VALIDATION_FAILED', '字段 coBodyIds：协办单位没有主要负责人岗位', { fields: ['coBodyIds'] });
          await createTaskIn(deps, tx, actor, actor.tenantId, {
            title: `协办：${r.title}`, kind: 'incoming-assist', sourceType: 'incoming', sourceId: r.id, ownerPositionId: p.id, period: { value: days, unit: 'workday' },
          });
        }
        await closeTasks(tx, actor, r.id, at, ['incoming-instruct']);
        next = {
          ...next, instruction: command.instruction, instructedByPersonId: actor.personId, instructedOnBehalfOf: onBehalfOf, instructedAt: at.toISOString(),
          leadBodyId: command.leadBodyId, coBodyIds: command.coBodyIds.filter((b) => b !== command.leadBodyId), handlerPositionId: lead.id, dueDate: handling.dueDate,
        };
        payload = { instruction: command.instruction, lead: lead.title, dueDate: handling.dueDate, coBodyIds: next.coBodyIds };
        break;
      }
      case 'chase': {
        await tx.notifications.insertOnce({
          id: deps.ids.id(), tenantId: actor.tenantId, taskId: (await tx.tasks.openBySource(actor.tenantId, 'incoming', r.id)).find((t) => t.kind === 'incoming-handle')?.id ?? r.id,
          kind: `chase-${at.getTime()}` as 'escalation', recipientPositionId: r.handlerPositionId, recipientPersonId: null,
          message: `催办：“${r.title}”请抓紧办理${r.dueDate ? `（${r.dueDate}到期）` : ''}。${command.note}`, createdAt: at.toISOString(), readAt: null,
        });
        next = { ...r, updatedAt: at.toISOString(), version: r.version + 1 };
        payload = { note: command.note, handler: title(r.handlerPositionId) };
        break;
      }
      case 'complete': {
        onBehalfOf = me.onBehalfOf[r.handlerPositionId!] ?? null;
        next = { ...next, result: command.result, completedAt: at.toISOString() };
        payload = { result: command.result };
        await closeTasks(tx, actor, r.id, at);
        break;
      }
    }
    if (!(await tx.incoming.update(next))) throw new DomainError('CONFLICT', '该来文已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command.type], at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'incoming', subjectId: r.id, payload: { status: next.status, ...payload }, verdicts,
    });
    return { incoming: next, verdicts };
  });
}
