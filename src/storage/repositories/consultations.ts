import type { Kysely, Selectable } from 'kysely';
import type { ConsultationCommentsTable, ConsultationsTable, Database } from '../schema.ts';
import type { CommentRecord, ConsultationRecord, ConsultationsPort } from '../../services/ports.ts';

const toConsultation = (r: Selectable<ConsultationsTable>): ConsultationRecord => ({
  id: r.id, tenantId: r.tenant_id, subjectType: r.subject_type as ConsultationRecord['subjectType'], subjectId: r.subject_id, title: r.title,
  draftText: r.draft_text, explanation: r.explanation, draftingBodyId: r.drafting_body_id, affectsMarket: Number(r.affects_market) === 1,
  opensAt: r.opens_at, lastDay: r.last_day, closesAt: r.closes_at, minimum: JSON.parse(r.minimum) as ConsultationRecord['minimum'],
  shortenedReason: r.shortened_reason, verdicts: JSON.parse(r.verdicts) as ConsultationRecord['verdicts'], feedbackSummary: r.feedback_summary,
  feedbackPublishedAt: r.feedback_published_at, feedbackPublishedByPersonId: r.feedback_published_by_person_id, openedByPersonId: r.opened_by_person_id,
  createdAt: r.created_at, version: Number(r.version),
});
const fromConsultation = (c: ConsultationRecord): ConsultationsTable => ({
  id: c.id, tenant_id: c.tenantId, subject_type: c.subjectType, subject_id: c.subjectId, title: c.title, draft_text: c.draftText, explanation: c.explanation,
  drafting_body_id: c.draftingBodyId, affects_market: c.affectsMarket ? 1 : 0, opens_at: c.opensAt, last_day: c.lastDay, closes_at: c.closesAt,
  minimum: JSON.stringify(c.minimum), shortened_reason: c.shortenedReason, verdicts: JSON.stringify(c.verdicts), feedback_summary: c.feedbackSummary,
  feedback_published_at: c.feedbackPublishedAt, feedback_published_by_person_id: c.feedbackPublishedByPersonId, opened_by_person_id: c.openedByPersonId,
  created_at: c.createdAt, version: c.version,
});
const toComment = (r: Selectable<ConsultationCommentsTable>): CommentRecord => ({
  id: r.id, tenantId: r.tenant_id, consultationId: r.consultation_id, content: r.content, name: r.commenter_name, contact: r.commenter_contact,
  submittedAt: r.submitted_at, status: r.status as CommentRecord['status'], publicText: r.public_text, moderationNote: r.moderation_note,
  moderatedByPersonId: r.moderated_by_person_id, moderatedAt: r.moderated_at, handling: r.handling as CommentRecord['handling'],
  handlingReason: r.handling_reason, handledByPersonId: r.handled_by_person_id, handledAt: r.handled_at, version: Number(r.version),
});
const fromComment = (c: CommentRecord): ConsultationCommentsTable => ({
  id: c.id, tenant_id: c.tenantId, consultation_id: c.consultationId, content: c.content, commenter_name: c.name, commenter_contact: c.contact,
  submitted_at: c.submittedAt, status: c.status, public_text: c.publicText, moderation_note: c.moderationNote, moderated_by_person_id: c.moderatedByPersonId,
  moderated_at: c.moderatedAt, handling: c.handling, handling_reason: c.handlingReason, handled_by_person_id: c.handledByPersonId, handled_at: c.handledAt,
  version: c.version,
});

export function consultationsRepository(db: Kysely<Database>): ConsultationsPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('consultations').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toConsultation(r) : undefined;
    },
    async list(tenantId, limit) {
      const rows = await db.selectFrom('consultations').selectAll().where('tenant_id', '=', tenantId).orderBy('opens_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toConsultation);
    },
    async insert(r) {
      await db.insertInto('consultations').values(fromConsultation(r)).execute();
    },
    async update(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromConsultation(r);
      const res = await db.updateTable('consultations').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async comment(tenantId, id) {
      const r = await db.selectFrom('consultation_comments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toComment(r) : undefined;
    },
    async comments(tenantId, consultationId) {
      const rows = await db.selectFrom('consultation_comments').selectAll().where('tenant_id', '=', tenantId).where('consultation_id', '=', consultationId)
        .orderBy('submitted_at').orderBy('id').execute();
      return rows.map(toComment);
    },
    async insertComment(r) {
      await db.insertInto('consultation_comments').values(fromComment(r)).execute();
    },
    async updateComment(r) {
      const { id: _i, tenant_id: _t, ...rest } = fromComment(r);
      const res = await db.updateTable('consultation_comments').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async counts(tenantId, consultationIds) {
      if (consultationIds.length === 0) return {};
      const rows = await db.selectFrom('consultation_comments')
        .select(['consultation_id', 'status', 'handling', (eb) => eb.fn.countAll().as('n')])
        .where('tenant_id', '=', tenantId).where('consultation_id', 'in', [...consultationIds])
        .groupBy(['consultation_id', 'status', 'handling']).execute();
      const out: Record<string, { pending: number; approved: number; rejected: number; handled: number }> = {};
      for (const r of rows) {
        const c = (out[r.consultation_id] ??= { pending: 0, approved: 0, rejected: 0, handled: 0 });
        const n = Number(r.n);
        if (r.status === 'pending') c.pending += n;
        else if (r.status === 'rejected') c.rejected += n;
        else if (r.status === 'approved') {
          c.approved += n;
          if (r.handling !== null) c.handled += n;
        }
      }
      return out;
    },
    async recordSubmission(r) {
      await db.insertInto('consultation_submissions').values({ id: r.id, tenant_id: r.tenantId, consultation_id: r.consultationId, address_key: r.addressKey, at: r.at }).execute();
    },
    async submissionsSince(tenantId, addressKey, since, consultationId) {
      let q = db.selectFrom('consultation_submissions').select((eb) => eb.fn.countAll().as('n'))
        .where('tenant_id', '=', tenantId).where('address_key', '=', addressKey).where('at', '>', since);
      if (consultationId !== undefined) q = q.where('consultation_id', '=', consultationId);
      const r = await q.executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async pruneSubmissions(tenantId, before) {
      await db.deleteFrom('consultation_submissions').where('tenant_id', '=', tenantId).where('at', '<=', before).execute();
    },
  };
}
