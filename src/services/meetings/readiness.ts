import type { Readiness, TopicCategory } from '../../core/procedures/meetings/meetings.ts';
import type { TopicRecord, Tx } from '../ports.ts';
import { normativeReadiness } from '../normative/readiness.ts';

/**
 * The readiness port of arts. 20 and 23: a normative document or a major decision may go to a
 * meeting only once its own procedure says so. Each procedure answers for its category here; one
 * not built yet answers `unknown` and the topic is flagged for the office to check by hand (a
 * warning, never a silent pass). Normative documents answer from their own record (art. 20).
 */
export type ReadinessProvider = (tx: Tx, topic: TopicRecord) => Promise<Readiness>;

const notYetConnected = (what: string): ReadinessProvider => () =>
  Promise.resolve({ state: 'unknown', detail: `${what}程序尚未在本系统中办理，无法自动核对` });

export const READINESS: Readonly<Record<Exclude<TopicCategory, 'general'>, ReadinessProvider>> = {
  normative: normativeReadiness,
  'major-decision': notYetConnected('重大行政决策的法定'),
};

export function readinessOf(tx: Tx, topic: TopicRecord): Promise<Readiness> {
  if (topic.facts.category === 'general') return Promise.resolve({ state: 'ready', detail: '一般事项' });
  return READINESS[topic.facts.category](tx, topic);
}
