import { computeDeadline, dueInstant, type Deadline, type DeadlineUnit } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from './calendar-provider.ts';
import { citationPhrase } from '../law/law-catalogue.ts';
import { citationId } from '../../core/rules/rule.ts';

export interface DeadlineInput {
  readonly start: string;
  readonly period: number;
  readonly unit: DeadlineUnit;
  readonly clockStops?: readonly { from: string; to: string; reason: string }[] | undefined;
}

export interface DeadlineView extends Deadline {
  readonly dueAt: string;
  /** The counting rules' citations in Chinese: 《民法典》第二百零一条、第二百零三条第二款. */
  readonly sourceLabel: string;
}

/** Computes a deadline on the tenant's official calendar, with its step-by-step explanation. */
export async function computeTenantDeadline(deps: ServiceDeps, tenantId: string, input: DeadlineInput): Promise<DeadlineView> {
  const { pack } = requirePack(deps, deps.clock.now());
  const calendar = await calendarFor(deps.store, deps.store, tenantId);
  const r = computeDeadline(calendar, { ...input, clockStops: input.clockStops ?? [] });
  if (!r.ok) throw new DomainError('VALIDATION_FAILED', r.error.join('；'), { fields: r.error });
  return { ...r.value, dueAt: dueInstant(r.value, pack.utcOffsetMinutes).toISOString(), sourceLabel: citationPhrase(r.value.sources.map(citationId)) };
}

/** Public form of the calculator (portal and staff page): no actor needed. */
export async function computeDeadlineFor(deps: ServiceDeps, actor: Actor | null, input: DeadlineInput): Promise<DeadlineView> {
  return computeTenantDeadline(deps, actor?.tenantId ?? deps.settings.defaultTenantId, input);
}
