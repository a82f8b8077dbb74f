import type { Readiness, TopicCategory } from '../../core/procedures/meetings/meetings.ts';
import type { TopicRecord, Tx } from '../ports.ts';
import { normativeReadiness } from '../normative/readiness.ts';
import { majorDecisionReadiness } from '../major-decisions/dossier-state.ts';

/**
 * The readiness port of arts. 20 and 23: a normative document or a major decision may go to a
 * meeting only once its own procedure says so. Each procedure answers for its category from its own
 * record: a normative document once its legality review and completeness check passed (art. 20), a
 * major decision once every statutory step of its dossier is done (art. 23, 国务院令713号).
 */
export type ReadinessProvider = (tx: Tx, topic: TopicRecord) => Promise<Readiness>;

export const READINESS: Readonly<Record<Exclude<TopicCategory, 'general'>, ReadinessProvider>> = {
  normative: normativeReadiness,
  'major-decision': majorDecisionReadiness,
};

export function readinessOf(tx: Tx, topic: TopicRecord): Promise<Readiness> {
  if (topic.facts.category === 'general') return Promise.resolve({ state: 'ready', detail: '一般事项' });
  return READINESS[topic.facts.category](tx, topic);
}
