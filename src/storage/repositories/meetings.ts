import type { Kysely, Selectable } from 'kysely';
import type { Database, MeetingLeavesTable, MeetingsTable, MeetingTopicsTable } from '../schema.ts';
import type { MeetingLeaveRecord, MeetingRecord, MeetingsPort, MinutesRecord, TopicRecord } from '../../services/ports.ts';

const toMeeting = (r: Selectable<MeetingsTable>): MeetingRecord => ({
  id: r.id, tenantId: r.tenant_id, kind: r.kind as MeetingRecord['kind'], title: r.title, date: r.date, startsAt: r.starts_at, place: r.place,
  form: r.form as MeetingRecord['form'], chairPositionId: r.chair_position_id, entrustedNote: r.entrusted_note, onBehalfOfPositionId: r.on_behalf_of_position_id,
  status: r.status as MeetingRecord['status'], createdByPersonId: r.created_by_person_id, createdAt: r.created_at, version: Number(r.version),
});
const fromMeeting = (m: MeetingRecord): MeetingsTable => ({
  id: m.id, tenant_id: m.tenantId, kind: m.kind, title: m.title, date: m.date, starts_at: m.startsAt, place: m.place, form: m.form, chair_position_id: m.chairPositionId,
  entrusted_note: m.entrustedNote, on_behalf_of_position_id: m.onBehalfOfPositionId, status: m.status, created_by_person_id: m.createdByPersonId, created_at: m.createdAt, version: m.version,
});
const toTopic = (r: Selectable<MeetingTopicsTable>): TopicRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingKind: r.meeting_kind as TopicRecord['meetingKind'], meetingId: r.meeting_id, specialChairPositionId: r.special_chair_position_id,
  title: r.title, facts: JSON.parse(r.facts) as TopicRecord['facts'], materials: JSON.parse(r.materials) as string[], proposerPersonId: r.proposer_person_id,
  proposerPositionId: r.proposer_position_id, status: r.status as TopicRecord['status'], verdicts: JSON.parse(r.verdicts) as TopicRecord['verdicts'],
  decidedByPersonId: r.decided_by_person_id, decidedOnBehalfOf: r.decided_on_behalf_of, decisionNote: r.decision_note, sourceType: r.source_type, sourceId: r.source_id,
  createdAt: r.created_at, version: Number(r.version), keyWorkItemId: r.key_work_item_id,
});
const fromTopic = (t: TopicRecord): MeetingTopicsTable => ({
  id: t.id, tenant_id: t.tenantId, meeting_kind: t.meetingKind, meeting_id: t.meetingId, special_chair_position_id: t.specialChairPositionId, title: t.title,
  facts: JSON.stringify(t.facts), materials: JSON.stringify(t.materials), proposer_person_id: t.proposerPersonId, proposer_position_id: t.proposerPositionId,
  status: t.status, verdicts: JSON.stringify(t.verdicts), decided_by_person_id: t.decidedByPersonId, decided_on_behalf_of: t.decidedOnBehalfOf,
  decision_note: t.decisionNote, source_type: t.sourceType, source_id: t.sourceId, created_at: t.createdAt, version: t.version,
  key_work_item_id: t.keyWorkItemId ?? null,
});

const toLeave = (r: Selectable<MeetingLeavesTable>): MeetingLeaveRecord => ({
  id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, personId: r.person_id, positionId: r.position_id, reason: r.reason, substitutePersonId: r.substitute_person_id,
  approverPositionId: r.approver_position_id, status: r.status as MeetingLeaveRecord['status'], decidedByPersonId: r.decided_by_person_id,
  decidedOnBehalfOf: r.decided_on_behalf_of, decidedAt: r.decided_at, createdAt: r.created_at, version: Number(r.version),
  officeAt: r.office_at, officeByPersonId: r.office_by_person_id, officeOnBehalfOf: r.office_on_behalf_of, officeNote: r.office_note,
});
const fromLeave = (l: MeetingLeaveRecord): MeetingLeavesTable => ({
  id: l.id, tenant_id: l.tenantId, meeting_id: l.meetingId, person_id: l.personId, position_id: l.positionId, reason: l.reason, substitute_person_id: l.substitutePersonId,
  approver_position_id: l.approverPositionId, status: l.status, decided_by_person_id: l.decidedByPersonId, decided_on_behalf_of: l.decidedOnBehalfOf,
  decided_at: l.decidedAt, created_at: l.createdAt, version: l.version,
  office_at: l.officeAt ?? null, office_by_person_id: l.officeByPersonId ?? null, office_on_behalf_of: l.officeOnBehalfOf ?? null, office_note: l.officeNote ?? null,
});

export function meetingsRepository(db: Kysely<Database>): MeetingsPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('meetings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toMeeting(r) : undefined;
    },
    async list(tenantId, limit) {
      return (await db.selectFrom('meetings').selectAll().where('tenant_id', '=', tenantId).orderBy('date', 'desc').orderBy('starts_at', 'desc').limit(limit).execute()).map(toMeeting);
    },
    async insert(r) {
      await db.insertInto('meetings').values(fromMeeting(r)).execute();
    },
    async update(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromMeeting(r);
      const res = await db.updateTable('meetings').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async topic(tenantId, id) {
      const r = await db.selectFrom('meeting_topics').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toTopic(r) : undefined;
    },
    async topics(tenantId, q) {
      let sel = db.selectFrom('meeting_topics').selectAll().where('tenant_id', '=', tenantId);
      if (q.meetingId) sel = sel.where('meeting_id', '=', q.meetingId);
      if (q.keyWorkItemId) sel = sel.where('key_work_item_id', '=', q.keyWorkItemId);
      return (await sel.orderBy('created_at', 'desc').orderBy('id').limit(q.limit).execute()).map(toTopic);
    },
    async insertTopic(r) {
      await db.insertInto('meeting_topics').values(fromTopic(r)).execute();
    },
    async minutes(tenantId, meetingId) {
      const r = await db.selectFrom('meeting_minutes').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).executeTakeFirst();
      return r ? {
        id: r.id, tenantId: r.tenant_id, meetingId: r.meeting_id, text: r.text, decisions: JSON.parse(r.decisions) as MinutesRecord['decisions'],
        status: r.status as MinutesRecord['status'], steps: JSON.parse(r.steps) as MinutesRecord['steps'], updatedAt: r.updated_at, version: Number(r.version),
      } : undefined;
    },
    async insertMinutes(r) {
      await db.insertInto('meeting_minutes').values({
        id: r.id, tenant_id: r.tenantId, meeting_id: r.meetingId, text: r.text, decisions: JSON.stringify(r.decisions), status: r.status, steps: JSON.stringify(r.steps), updated_at: r.updatedAt, version: r.version,
      }).execute();
    },
    async updateMinutes(r) {
      const res = await db.updateTable('meeting_minutes').set({ text: r.text, decisions: JSON.stringify(r.decisions), status: r.status, steps: JSON.stringify(r.steps), updated_at: r.updatedAt, version: r.version })
        .where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async leaves(tenantId, meetingId) {
      return (await db.selectFrom('meeting_leaves').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).orderBy('created_at').execute()).map(toLeave);
    },
    async leave(tenantId, id) {
      const r = await db.selectFrom('meeting_leaves').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toLeave(r) : undefined;
    },
    async insertLeave(r) {
      await db.insertInto('meeting_leaves').values(fromLeave(r)).execute();
    },
    async updateLeave(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromLeave(r);
      const res = await db.updateTable('meeting_leaves').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async updateTopic(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromTopic(r);
      const res = await db.updateTable('meeting_topics').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
