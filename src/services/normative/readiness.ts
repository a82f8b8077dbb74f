import type { Readiness } from '../../core/procedures/meetings/meetings.ts';
import { deliberationReadiness } from '../../core/procedures/normative/normative.decide.ts';
import type { TopicRecord, Tx } from '../ports.ts';

/**
 * The readiness port's answer for a normative-document topic (art. 20): a topic proposed through a
 * normative document (sourceType `normative`) is ready only once the 县司法局's legality review and
 * the office's completeness check passed; otherwise not ready, saying what is missing. A topic
 * proposed in the meetings without naming a document stays `unknown` (the office checks by hand).
 */
export async function normativeReadiness(tx: Tx, topic: TopicRecord): Promise<Readiness> {
  if (topic.sourceType !== 'normative' || topic.sourceId === null) {
    return { state: 'unknown', detail: '议题未关联本系统中的规范性文件，无法自动核对合法性审查和完备性审核' };
  }
  const doc = await tx.normative.get(topic.tenantId, topic.sourceId);
  if (!doc) return { state: 'not-ready', detail: '议题关联的规范性文件不存在' };
  const r = deliberationReadiness(doc);
  return r.ready
    ? { state: 'ready', detail: `《${doc.title}》已经县司法局合法性审查和县政府办公室完备性审核` }
    : { state: 'not-ready', detail: `《${doc.title}》${r.missing.join('；')}` };
}
