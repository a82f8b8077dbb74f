import { DomainError } from '../../core/kernel/result.ts';
import { isIsoDate, localDate } from '../../core/kernel/time.ts';
import { computeDeadline, daysBetween } from '../../core/calendar/index.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import { departmentFiling, departmentReview } from '../../core/procedures/normative/normative.rules.ts';
import { DEPARTMENT_REVIEW_LABELS, FILING_ITEM_LABELS, type DepartmentReviewOutcome, type FilingItem } from '../../core/procedures/normative/normative.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DepartmentFilingRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { bodyWithDuty, closeTask, principalPostOf, standingOf } from './normative-context.ts';

export interface DepartmentFilingInput {
  readonly title: string;
  readonly docNumber: string;
  readonly publishedDate: string;
  readonly items: readonly FilingItem[];
}

/**
 * Art. 19: a county government department files its own normative document with the county
 * government (the filing dated now, due `normative.departmentFilingDays` days after publication; a
 * late one is recorded and counted in the report); the 县司法局 gets a 待办 to review it.
 */
export async function fileDepartmentDocument(deps: ServiceDeps, actor: Actor, input: DepartmentFilingInput): Promise<{ filing: DepartmentFilingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  if (!isIsoDate(input.publishedDate) || input.publishedDate > today) throw new DomainError('VALIDATION_FAILED', '字段 publishedDate：须为已经过去的真实日期', { fields: ['publishedDate'] });
  return deps.store.transaction(async (tx) => {
    const me = await standingOf(deps, tx, actor, at, pack.utcOffsetMinutes);
    const [positions, bodies] = await Promise.all([tx.org.positions(actor.tenantId), tx.org.bodies(actor.tenantId)]);
    const mine = positions.filter((p) => me.positionIds.includes(p.id)).map((p) => topLevelBody(bodies, p.bodyId)).find((b) => b !== undefined && ['department', 'agency'].includes(b.kind));
    const days = pack.numberParam('normative.departmentFilingDays');
    const calendar = await calendarFor(deps.store, tx, actor.tenantId);
    const due = computeDeadline(calendar, { start: input.publishedDate, period: days, unit: 'day', clockStops: [] });
    if (!due.ok) throw new DomainError('VALIDATION_FAILED', due.error.join('；'), { fields: ['publishedDate'] });
    const lateDays = Math.max(0, daysBetween(due.value.dueDate, today));
    const v = departmentFiling.check({ bodyKind: mine?.kind ?? null, dueDate: due.value.dueDate, filedDate: today, days, lateDays, items: input.items });
    const verdicts = [verdict, v];
    if (v.outcome === 'block' || !mine) throw ruleBlocked(verdicts);
    const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
    const reviewer = justice ? await principalPostOf(tx, actor.tenantId, justice.id) : undefined;
    const id = deps.ids.id();
    const task = reviewer ? await createTaskIn(deps, tx, actor, actor.tenantId, { title: `部门规范性文件备案审查：${input.docNumber}《${input.title}》`, kind: 'normative-department-review', ownerPositionId: reviewer.id, sourceType: 'normative-department', sourceId: id }) : null;
    const filing: DepartmentFilingRecord = {
      id, tenantId: actor.tenantId, bodyId: mine.id, title: input.title.trim(), docNumber: input.docNumber.trim(), publishedDate: input.publishedDate, dueDate: due.value.dueDate,
      filedDate: today, filedAt: at.toISOString(), lateDays, items: [...input.items], filedByPersonId: actor.personId, taskId: task?.id ?? null,
      reviewOutcome: null, reviewOpinion: null, reviewedAt: null, reviewedByPersonId: null, version: 1,
    };
    try {
      await tx.normative.insertDepartmentFiling(filing);
    } catch {
      throw new DomainError('CONFLICT', `${filing.docNumber}已报送备案`);
    }
    await tx.audit.append(actor.tenantId, {
      type: 'normative.department-filed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'normative-department', subjectId: id,
      payload: { bodyId: mine.id, title: filing.title, docNumber: filing.docNumber, publishedDate: filing.publishedDate, dueDate: filing.dueDate, lateDays }, verdicts,
    });
    return { filing, verdicts };
  });
}

/** Art. 19: the 县司法局 reviews a department's filing. */
export async function reviewDepartmentFiling(deps: ServiceDeps, actor: Actor, id: string, input: { outcome: DepartmentReviewOutcome; opinion: string }): Promise<{ filing: DepartmentFilingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const filing = await tx.normative.departmentFiling(actor.tenantId, id);
    if (!filing) throw new DomainError('FILING_NOT_FOUND', '备案记录不存在');
    if (filing.reviewOutcome) throw new DomainError('CONFLICT', '该文件已审查');
    const me = await standingOf(deps, tx, actor, at, pack.utcOffsetMinutes);
    const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
    const v = departmentReview.check({ actorInJustice: justice !== undefined && me.bodyIds.has(justice.id) });
    const verdicts = [verdict, v];
    if (v.outcome === 'block') throw ruleBlocked(verdicts);
    if ([...input.opinion.trim()].length < 4) throw new DomainError('VALIDATION_FAILED', '字段 opinion：请填写审查意见（不少于4字）', { fields: ['opinion'] });
    await closeTask(tx, actor, filing.taskId, at);
    const next: DepartmentFilingRecord = { ...filing, reviewOutcome: input.outcome, reviewOpinion: input.opinion.trim(), reviewedAt: at.toISOString(), reviewedByPersonId: actor.personId, version: filing.version + 1 };
    if (!(await tx.normative.updateDepartmentFiling(next))) throw new DomainError('CONFLICT', '备案记录已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: 'normative.department-reviewed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'normative-department', subjectId: id,
      payload: { outcome: input.outcome, opinion: next.reviewOpinion }, verdicts,
    });
    return { filing: next, verdicts };
  });
}

/**
 * Art. 19: the 县司法局's yearly report to the county government on the departments' normative
 * documents: per department, filed, on time, late, reviewed, sent back for correction; and the list.
 */
export async function departmentReport(deps: ServiceDeps, actor: Actor, year: number) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const [filings, bodies, people] = await Promise.all([deps.store.normative.departmentFilings(actor.tenantId, year), deps.store.org.bodies(actor.tenantId), deps.store.org.people(actor.tenantId)]);
  const me = await standingOf(deps, deps.store, actor, at, pack.utcOffsetMinutes);
  const justice = await bodyWithDuty(deps.store, actor.tenantId, 'justice');
  const name = new Map(bodies.map((b) => [b.id, b.name]));
  const person = new Map(people.map((p) => [p.id, p.name]));
  const rows = filings.map((f) => ({
    ...f, bodyName: name.get(f.bodyId) ?? f.bodyId, itemLabels: f.items.map((i) => FILING_ITEM_LABELS[i]), late: f.lateDays > 0,
    reviewLabel: f.reviewOutcome ? DEPARTMENT_REVIEW_LABELS[f.reviewOutcome] : '待审查', reviewedByName: f.reviewedByPersonId ? (person.get(f.reviewedByPersonId) ?? '') : null,
  }));
  const per = new Map<string, { bodyId: string; bodyName: string; filed: number; onTime: number; late: number; reviewed: number; correction: number; pending: number }>();
  for (const r of rows) {
    const c = per.get(r.bodyId) ?? { bodyId: r.bodyId, bodyName: r.bodyName, filed: 0, onTime: 0, late: 0, reviewed: 0, correction: 0, pending: 0 };
    c.filed++;
    if (r.late) c.late++;
    else c.onTime++;
    if (r.reviewOutcome) c.reviewed++;
    else c.pending++;
    if (r.reviewOutcome === 'correction') c.correction++;
    per.set(r.bodyId, c);
  }
  const byBody = [...per.values()].sort((a, b) => a.bodyName.localeCompare(b.bodyName, 'zh'));
  const total = byBody.reduce((t, c) => ({ filed: t.filed + c.filed, onTime: t.onTime + c.onTime, late: t.late + c.late, reviewed: t.reviewed + c.reviewed, correction: t.correction + c.correction, pending: t.pending + c.pending }), { filed: 0, onTime: 0, late: 0, reviewed: 0, correction: 0, pending: 0 });
  return {
    year, reporter: justice?.name ?? '县司法局', byBody, total, rows, days: pack.numberParam('normative.departmentFilingDays'),
    canReview: justice !== undefined && me.bodyIds.has(justice.id),
    canFile: [...me.bodyIds].some((id) => ['department', 'agency'].includes(bodies.find((b) => b.id === id)?.kind ?? '')),
    today: localDate(at, pack.utcOffsetMinutes),
  };
}
