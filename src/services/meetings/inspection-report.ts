import type { ServiceDeps } from '../context.ts';
import type { AbsenceRecord, Actor, TopicRecord, Tx } from '../ports.ts';

/**
 * Art. 59: a county leader back from an inspection trip reports to the next 常务会议. On 销假 the
 * report becomes a topic of the 常务会议, proposed in the leader's name from the leader's post; the
 * 县长 admits it like any other and the office puts it on the meeting.
 */
export async function proposeInspectionReportIn(deps: ServiceDeps, tx: Tx, actor: Actor, absence: AbsenceRecord, period: string): Promise<TopicRecord> {
  const at = deps.clock.now();
  const topic: TopicRecord = {
    id: deps.ids.id(), tenantId: actor.tenantId, meetingKind: 'executive', meetingId: null, specialChairPositionId: null,
    title: `听取考察情况报告（${absence.destination}，${period}）`,
    facts: {
      summary: `依第五十九条，县政府领导考察回来后向县政府常务会议报告考察情况。本次考察：${absence.destination}，${period}，事由：${absence.reason}。`,
      recommendation: '提请会议听取考察情况报告，研究借鉴意见',
      unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, category: 'general',
    },
    materials: [], proposerPersonId: absence.personId, proposerPositionId: absence.positionId, status: 'proposed', verdicts: [],
    decidedByPersonId: null, decidedOnBehalfOf: null, decisionNote: null, sourceType: 'absence', sourceId: absence.id, createdAt: at.toISOString(), version: 1,
  };
  await tx.meetings.insertTopic(topic);
  await tx.audit.append(actor.tenantId, {
    type: 'topic.proposed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'topic', subjectId: topic.id,
    payload: { title: topic.title, meetingKind: 'executive', sourceType: 'absence', sourceId: absence.id },
    verdicts: [{ rule: 'topic.proposer', outcome: 'allow', cites: ['yunyang-2025:59'], message: '第五十九条：县政府领导考察回来后向县政府常务会议报告，已列为常务会议议题' }],
  });
  return topic;
}
