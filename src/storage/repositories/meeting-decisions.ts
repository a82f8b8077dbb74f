import type { Kysely, Selectable } from 'kysely';
import type { Database, MeetingMinutesTable, MinutesIssuesTable, PublishedDecisionsTable } from '../schema.ts';
import type { DecisionTaskRow, MeetingDecisionsPort, MinutesIssueRecord, MinutesRecord, PublishedDecisionRecord } from '../../services/ports.ts';

const toIssue = (r: Selectable<MinutesIssuesTable>): MinutesIssueRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, minutesId: r.minutes_id, documentId: r.document_id, signedAt: r.signed_at,
  publishDueDate: r.publish_due_date, publishDueAt: r.publish_due_at, publishTaskId: r.publish_task_id, publishedAt: r.published_at,
  publishedByPersonId: r.published_by_person_id, version: Number(r.version),
});
const fromIssue = (r: MinutesIssueRecord): MinutesIssuesTable => ({
  id: r.id, tenant_id: r.tenantId, meeting_id: r.meetingId, minutes_id: r.minutesId, document_id: r.documentId, signed_at: r.signedAt,
  publish_due_date: r.publishDueDate, publish_due_at: r.publishDueAt, publish_task_id: r.publishTaskId, published_at: r.publishedAt,
  published_by_person_id: r.publishedByPersonId, version: r.version,
});
const toMinutes = (r: Selectable<MeetingMinutesTable>): MinutesRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, text: r.text, decisions: JSON.parse(r.decisions) as MinutesRecord['decisions'],
  status: r.status as MinutesRecord['status'], steps: JSON.parse(r.steps) as MinutesRecord['steps'], updatedAt: r.updated_at, version: Number(r.version),
});
const toPublished = (r: Selectable<PublishedDecisionsTable>): PublishedDecisionRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, decisionIndex: Number(r.decision_index), meetingKind: r.meeting_kind as PublishedDecisionRecord['meetingKind'],
  meetingTitle: r.meeting_title, meetingDate: r.meeting_date, text: r.text, leadBodyName: r.lead_body_name, publishedAt: r.published_at,
});

/** Minutes issued as documents, their decisions' 待办, progress reports and published decisions (arts. 28, 30, 41, 50). */
export function meetingDecisionsRepository(db: Kysely<Database>): MeetingDecisionsPort {
  return {
    async insertIssue(r) {
      await db.insertInto('minutes_issues').values(fromIssue(r)).execute();
    },
    async updateIssue(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromIssue(r);
      const res = await db.updateTable('minutes_issues').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async issue(tenantId, meetingId) {
      const r = await db.selectFrom('minutes_issues').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).executeTakeFirst();
      return r ? toIssue(r) : undefined;
    },
    async issueByDocument(tenantId, documentId) {
      const r = await db.selectFrom('minutes_issues').selectAll().where('tenant_id', '=', tenantId).where('document_id', '=', documentId).executeTakeFirst();
      return r ? toIssue(r) : undefined;
    },
    async issues(tenantId) {
      return (await db.selectFrom('minutes_issues').selectAll().where('tenant_id', '=', tenantId).orderBy('signed_at', 'desc').execute()).map(toIssue);
    },
    async signedMinutes(tenantId, limit) {
      return (await db.selectFrom('meeting_minutes').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'signed').orderBy('updated_at', 'desc').orderBy('id').limit(limit).execute()).map(toMinutes);
    },
    async insertTaskLink(r) {
      await db.insertInto('meeting_decision_tasks').values({ task_id: r.taskId, tenant_id: r.tenantId, meeting_id: r.meetingId, decision_index: r.decisionIndex, role: r.role, body_id: r.bodyId }).execute();
    },
    async taskLinks(tenantId, q) {
      let sel = db.selectFrom('meeting_decision_tasks as l').innerJoin('tasks as t', (j) => j.onRef('t.id', '=', 'l.task_id').onRef('t.tenant_id', '=', 'l.tenant_id'))
        .select(['l.tenant_id', 'l.meeting_id', 'l.decision_index', 'l.task_id', 'l.role', 'l.body_id', 't.status', 't.due_date', 't.due_at', 't.completed_at', 't.note', 't.owner_position_id'])
        .where('l.tenant_id', '=', tenantId);
      if (q.meetingId) sel = sel.where('l.meeting_id', '=', q.meetingId);
      const rows = await sel.orderBy('l.meeting_id').orderBy('l.decision_index').orderBy('l.role', 'desc').orderBy('l.task_id').execute();
      return rows.map((r): DecisionTaskRow => ({
        tenantId: r.tenant_id, meetingId: r.meeting_id, decisionIndex: Number(r.decision_index), taskId: r.task_id, role: r.role as DecisionTaskRow['role'], bodyId: r.body_id,
        status: r.status as DecisionTaskRow['status'], dueDate: r.due_date, dueAt: r.due_at, completedAt: r.completed_at, note: r.note, ownerPositionId: r.owner_position_id,
      }));
    },
    async insertPublished(r) {
      await db.insertInto('published_decisions').values({
        id: r.id, tenant_id: r.tenantId, meeting_id: r.meetingId, decision_index: r.decisionIndex, meeting_kind: r.meetingKind, meeting_title: r.meetingTitle,
        meeting_date: r.meetingDate, text: r.text, lead_body_name: r.leadBodyName, published_at: r.publishedAt,
      }).execute();
    },
    async published(tenantId, q) {
      let sel = db.selectFrom('published_decisions').selectAll().where('tenant_id', '=', tenantId);
      if (q.year) sel = sel.where('meeting_date', '>=', `${q.year}-01-01`).where('meeting_date', '<=', `${q.year}-12-31`);
      if (q.kind) sel = sel.where('meeting_kind', '=', q.kind);
      return (await sel.orderBy('meeting_date', 'desc').orderBy('meeting_id').orderBy('decision_index').limit(q.limit).execute()).map(toPublished);
    },
    async insertProgress(r) {
      await db.insertInto('meeting_decision_progress').values({
        id: r.id, tenant_id: r.tenantId, meeting_id: r.meetingId, decision_index: r.decisionIndex, body_id: r.bodyId, text: r.text,
        reported_by_person_id: r.reportedByPersonId, on_behalf_of_person_id: r.onBehalfOfPersonId, reported_at: r.reportedAt,
      }).execute();
    },
    async progress(tenantId, q) {
      let sel = db.selectFrom('meeting_decision_progress').selectAll().where('tenant_id', '=', tenantId);
      if (q.meetingId) sel = sel.where('meeting_id', '=', q.meetingId);
      return (await sel.orderBy('reported_at').orderBy('id').execute()).map((r) => ({
        id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, decisionIndex: Number(r.decision_index), bodyId: r.body_id, text: r.text,
        reportedByPersonId: r.reported_by_person_id, onBehalfOfPersonId: r.on_behalf_of_person_id, reportedAt: r.reported_at,
      }));
    },
  };
}
