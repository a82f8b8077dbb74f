import type { Kysely, Selectable } from 'kysely';
import type { Database, MeetingAttendeesTable, MeetingStudiesTable, TopicDiscussionsTable } from '../schema.ts';
import type { DiscussionRecord, MeetingAttendeeRecord, MeetingRecordsPort, StudyRecord } from '../../services/ports.ts';

const toAttendee = (r: Selectable<MeetingAttendeesTable>): MeetingAttendeeRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, group: r.grp as MeetingAttendeeRecord['group'], topicId: r.topic_id, bodyId: r.body_id,
  positionId: r.position_id, name: r.name, category: r.category as MeetingAttendeeRecord['category'], basis: r.basis, createdByPersonId: r.created_by_person_id, createdAt: r.created_at,
});
const toStudy = (r: Selectable<MeetingStudiesTable>): StudyRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, kind: r.kind as StudyRecord['kind'], subject: r.subject, speaker: r.speaker,
  materials: JSON.parse(r.materials) as string[], summary: r.summary, recordedAt: r.recorded_at, updatedAt: r.updated_at, version: Number(r.version),
});
const toDiscussion = (r: Selectable<TopicDiscussionsTable>): DiscussionRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, topicId: r.topic_id, speeches: JSON.parse(r.speeches) as DiscussionRecord['speeches'],
  conclusion: r.conclusion === null ? null : (JSON.parse(r.conclusion) as DiscussionRecord['conclusion']), updatedAt: r.updated_at, version: Number(r.version),
});

/** Attendance, sign-in, collective study and discussion records of meetings (arts. 17, 45–46). */
export function meetingRecordsRepository(db: Kysely<Database>): MeetingRecordsPort {
  return {
    async attendees(tenantId, meetingId) {
      return (await db.selectFrom('meeting_attendees').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).orderBy('created_at').orderBy('id').execute()).map(toAttendee);
    },
    async insertAttendee(a) {
      await db.insertInto('meeting_attendees').values({
        id: a.id, tenant_id: a.tenantId, meeting_id: a.meetingId, grp: a.group, topic_id: a.topicId, body_id: a.bodyId, position_id: a.positionId,
        name: a.name, category: a.category, basis: a.basis, created_by_person_id: a.createdByPersonId, created_at: a.createdAt,
      }).execute();
    },
    async signIns(tenantId, meetingId) {
      return (await db.selectFrom('meeting_signins').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).orderBy('signed_at').orderBy('id').execute()).map((r) => ({
        id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, entryKey: r.entry_key, attendedBy: r.attended_by, substitute: Number(r.substitute) === 1,
        signedAt: r.signed_at, recordedByPersonId: r.recorded_by_person_id,
      }));
    },
    async insertSignIn(s) {
      const r = await db.insertInto('meeting_signins').values({
        id: s.id, tenant_id: s.tenantId, meeting_id: s.meetingId, entry_key: s.entryKey, attended_by: s.attendedBy, substitute: s.substitute ? 1 : 0,
        signed_at: s.signedAt, recorded_by_person_id: s.recordedByPersonId,
      }).onConflict((oc) => oc.columns(['tenant_id', 'meeting_id', 'entry_key']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async study(tenantId, meetingId) {
      const r = await db.selectFrom('meeting_studies').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).executeTakeFirst();
      return r ? toStudy(r) : undefined;
    },
    async studies(tenantId, meetingIds) {
      if (meetingIds.length === 0) return [];
      return (await db.selectFrom('meeting_studies').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', 'in', [...meetingIds]).execute()).map(toStudy);
    },
    async saveStudy(s) {
      const row = { kind: s.kind, subject: s.subject, speaker: s.speaker, materials: JSON.stringify(s.materials), summary: s.summary, recorded_at: s.recordedAt, updated_at: s.updatedAt, version: s.version };
      if (s.version === 1) {
        const r = await db.insertInto('meeting_studies').values({ id: s.id, tenant_id: s.tenantId, meeting_id: s.meetingId, ...row })
          .onConflict((oc) => oc.columns(['tenant_id', 'meeting_id']).doNothing()).executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      const r = await db.updateTable('meeting_studies').set(row).where('tenant_id', '=', s.tenantId).where('id', '=', s.id).where('version', '=', s.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async discussion(tenantId, topicId) {
      const r = await db.selectFrom('topic_discussions').selectAll().where('tenant_id', '=', tenantId).where('topic_id', '=', topicId).executeTakeFirst();
      return r ? toDiscussion(r) : undefined;
    },
    async discussions(tenantId, meetingId) {
      return (await db.selectFrom('topic_discussions').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).execute()).map(toDiscussion);
    },
    async saveDiscussion(d) {
      const row = { speeches: JSON.stringify(d.speeches), conclusion: d.conclusion === null ? null : JSON.stringify(d.conclusion), updated_at: d.updatedAt, version: d.version };
      if (d.version === 1) {
        const r = await db.insertInto('topic_discussions').values({ id: d.id, tenant_id: d.tenantId, meeting_id: d.meetingId, topic_id: d.topicId, ...row })
          .onConflict((oc) => oc.columns(['tenant_id', 'topic_id']).doNothing()).executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      const r = await db.updateTable('topic_discussions').set(row).where('tenant_id', '=', d.tenantId).where('id', '=', d.id).where('version', '=', d.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
