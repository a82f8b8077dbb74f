import type { Readiness, TopicCategory } from '../../core/procedures/meetings/meetings.ts';
import type { TopicRecord, Tx } from '../ports.ts';
import { majorDecisionReadiness } from '../major-decisions/dossier-state.ts';

/**
 * The readiness port of arts. 20 and 23: a normative document or a major decision may go to a
 * meeting only once its own procedure says so. Each procedure answers for its category here; the
 * normative-document and major-decision procedures are not built yet, so they answer `unknown`
 * and the topic is flagged for the office to check by hand (a warning, never a silent pass).
 */
export type ReadinessProvider = (tx: Tx, topic: TopicRecord) => Promise<Readiness>;

const notYetConnected = (what: string): ReadinessProvider => () =>
  Promise.resolve({ state: 'unknown', detail: `${what}程序尚未在本系统中办理，无法自动核对` });

export const READINESS: Readonly<Record<Exclude<TopicCategory, 'general'>, ReadinessProvider>> = {
  normative: notYetConnected('规范性文件的合法性审查和完备性审核'),
  'major-decision': majorDecisionReadiness,
};

export function readinessOf(tx: Tx, topic: TopicRecord): Promise<Readiness> {
  if (topic.facts.category === 'general') return Promise.resolve({ state: 'ready', detail: '一般事项' });
  return READINESS[topic.facts.category](tx, topic);
}
