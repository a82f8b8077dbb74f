import type { Kysely, Selectable } from 'kysely';
import type { Database, MeetingApprovalsTable } from '../schema.ts';
import type { MeetingApprovalRecord, MeetingApprovalsPort } from '../../services/ports.ts';

const toRecord = (r: Selectable<MeetingApprovalsTable>): MeetingApprovalRecord => ({
  id: r.id, tenantId: r.tenant_id, title: r.title, organiserBodyId: r.organiser_body_id, applicantPersonId: r.applicant_person_id,
  applicantPositionId: r.applicant_position_id, date: r.date, startsAt: r.starts_at, facts: JSON.parse(r.facts) as MeetingApprovalRecord['facts'],
  tier: r.tier as MeetingApprovalRecord['tier'], reviewerPositionIds: JSON.parse(r.reviewer_position_ids) as string[], approverPositionId: r.approver_position_id,
  status: r.status as MeetingApprovalRecord['status'], steps: JSON.parse(r.steps) as MeetingApprovalRecord['steps'],
  verdicts: JSON.parse(r.verdicts) as MeetingApprovalRecord['verdicts'], createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.version),
});

const fromRecord = (a: MeetingApprovalRecord): MeetingApprovalsTable => ({
  id: a.id, tenant_id: a.tenantId, title: a.title, organiser_body_id: a.organiserBodyId, applicant_person_id: a.applicantPersonId,
  applicant_position_id: a.applicantPositionId, date: a.date, starts_at: a.startsAt, facts: JSON.stringify(a.facts), tier: a.tier,
  reviewer_position_ids: JSON.stringify(a.reviewerPositionIds), approver_position_id: a.approverPositionId, status: a.status,
  steps: JSON.stringify(a.steps), verdicts: JSON.stringify(a.verdicts), created_at: a.createdAt, updated_at: a.updatedAt, version: a.version,
});

/** Work-meeting applications (art. 51), tenant by tenant. */
export function meetingApprovalsRepository(db: Kysely<Database>): MeetingApprovalsPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('meeting_approvals').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toRecord(r) : undefined;
    },
    async list(tenantId, limit) {
      return (await db.selectFrom('meeting_approvals').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()).map(toRecord);
    },
    async onDate(tenantId, date) {
      return (await db.selectFrom('meeting_approvals').selectAll().where('tenant_id', '=', tenantId).where('date', '=', date).orderBy('starts_at').orderBy('id').execute()).map(toRecord);
    },
    async insert(r) {
      await db.insertInto('meeting_approvals').values(fromRecord(r)).execute();
    },
    async update(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromRecord(r);
      const res = await db.updateTable('meeting_approvals').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
