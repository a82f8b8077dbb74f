import { dueInstant } from '../../core/calendar/index.ts';
import { minimumWindow, type MinimumWindow } from '../../core/procedures/consultations/consultations.decide.ts';
import type { WindowParameters } from '../../core/procedures/consultations/consultations.rules.ts';
import type { SubjectType } from '../../core/procedures/consultations/consultations.ts';
import { citationId } from '../../core/rules/rule.ts';
import { DomainError } from '../../core/kernel/result.ts';
import type { PackInfo, ServiceDeps } from '../context.ts';
import type { Actor, Tx } from '../ports.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { citationPhrase } from '../law/law-catalogue.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** The minimum periods, from the pack in force (never literals). */
export function windowParameters(pack: PackInfo): WindowParameters {
  return {
    decisionDays: pack.numberParam('decision.publicCommentMinDays'),
    marketDays: pack.numberParam('normative.marketCommentMinDays'),
    normativeWorkdays: pack.numberParam('normative.commentMinWorkdays'),
  };
}

/** The least window for a consultation opening at `opensAt`, on the tenant's official calendar. */
export async function minimumWindowFor(deps: ServiceDeps, tx: Tx, tenantId: string, pack: PackInfo, subjectType: SubjectType, affectsMarket: boolean, opensAt: Date): Promise<MinimumWindow> {
  const calendar = await calendarFor(deps.store, tx, tenantId);
  return minimumWindow(calendar, subjectType, affectsMarket, opensAt, windowParameters(pack), pack.utcOffsetMinutes);
}

/** The minimum window as the screens show it: the requirement, the earliest last day and the calendar's explanation. */
export interface WindowPreview {
  readonly parameter: string;
  readonly period: number;
  readonly unit: 'day' | 'workday';
  readonly cites: readonly string[];
  readonly requirement: string;
  readonly openDate: string;
  readonly earliestLastDay: string;
  /** 24:00 Beijing time of the earliest last day (UTC ISO). */
  readonly earliestClosesAt: string;
  readonly deadline: MinimumWindow['deadline'] & { readonly sourceLabel: string };
}

export function previewOf(minimum: MinimumWindow, pack: PackInfo): WindowPreview {
  const { requirement: r, deadline } = minimum;
  return {
    parameter: r.key, period: r.period, unit: r.unit, cites: r.cites, requirement: `${r.lead}：${r.requirement}`, openDate: minimum.openDate,
    earliestLastDay: deadline.dueDate, earliestClosesAt: dueInstant(deadline, pack.utcOffsetMinutes).toISOString(),
    deadline: { ...deadline, sourceLabel: citationPhrase(deadline.sources.map(citationId)) },
  };
}

/** 最短征求意见期限: what a window opening then must at least last, explained by the calendar core. */
export async function previewWindow(deps: ServiceDeps, actor: Actor, q: { subjectType: SubjectType; affectsMarket: boolean; opensAt?: string | undefined }): Promise<WindowPreview> {
  const now = deps.clock.now();
  const { pack } = requirePack(deps, now);
  const opensAt = q.opensAt === undefined ? now : new Date(q.opensAt);
  if (Number.isNaN(opensAt.getTime())) throw new DomainError('VALIDATION_FAILED', '字段 opensAt：须为带时区的时间', { fields: ['opensAt'] });
  const minimum = await minimumWindowFor(deps, deps.store, actor.tenantId, pack, q.subjectType, q.affectsMarket, opensAt);
  return previewOf(minimum, pack);
}
