import type { Kysely, Selectable } from 'kysely';
import type { AbsencesTable, Database } from '../schema.ts';
import type { AbsenceRecord, AuthorityPort } from '../../services/ports.ts';

const toAbsence = (r: Selectable<AbsencesTable>): AbsenceRecord => ({
  id: r.id, tenantId: r.tenant_id, personId: r.person_id, positionId: r.position_id, kind: r.kind as AbsenceRecord['kind'],
  fromAt: r.from_at, toAt: r.to_at, returnedAt: r.returned_at, destination: r.destination, reason: r.reason,
  presidingPersonId: r.presiding_person_id, status: r.status as AbsenceRecord['status'], approverPositionId: r.approver_position_id,
  late: Number(r.late) === 1, lateReason: r.late_reason, requestedAt: r.requested_at, requestedByAccountId: r.requested_by_account_id,
  decidedAt: r.decided_at, decidedByPersonId: r.decided_by_person_id, decisionNote: r.decision_note, version: Number(r.version),
  officeAt: r.office_at, officeByPersonId: r.office_by_person_id, officeNote: r.office_note, decisionEnteredByPersonId: r.decision_entered_by_person_id,
});

const fromAbsence = (a: AbsenceRecord): AbsencesTable => ({
  id: a.id, tenant_id: a.tenantId, person_id: a.personId, position_id: a.positionId, kind: a.kind, from_at: a.fromAt, to_at: a.toAt,
  returned_at: a.returnedAt, destination: a.destination, reason: a.reason, presiding_person_id: a.presidingPersonId, status: a.status,
  approver_position_id: a.approverPositionId, late: a.late ? 1 : 0, late_reason: a.lateReason, requested_at: a.requestedAt,
  requested_by_account_id: a.requestedByAccountId, decided_at: a.decidedAt, decided_by_person_id: a.decidedByPersonId,
  decision_note: a.decisionNote, version: a.version,
  office_at: a.officeAt ?? null, office_by_person_id: a.officeByPersonId ?? null, office_note: a.officeNote ?? null,
  decision_entered_by_person_id: a.decisionEnteredByPersonId ?? null,
});

export function authorityRepository(db: Kysely<Database>): AuthorityPort {
  return {
    async abPairs(tenantId) {
      const rows = await db.selectFrom('ab_pairs').selectAll().where('tenant_id', '=', tenantId).orderBy('valid_from').execute();
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, aPositionId: r.a_position_id, bPositionId: r.b_position_id, validFrom: r.valid_from, validTo: r.valid_to }));
    },
    async insertAbPair(r) {
      await db.insertInto('ab_pairs').values({ id: r.id, tenant_id: r.tenantId, a_position_id: r.aPositionId, b_position_id: r.bPositionId, valid_from: r.validFrom, valid_to: r.validTo }).execute();
    },
    async endAbPair(tenantId, id, validTo) {
      await db.updateTable('ab_pairs').set({ valid_to: validTo }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async delegations(tenantId) {
      const rows = await db.selectFrom('delegations').selectAll().where('tenant_id', '=', tenantId).orderBy('from_at').execute();
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, fromPositionId: r.from_position_id, toPositionId: r.to_position_id, scope: r.scope as 'presiding' | 'assigned-work',
        fromAt: r.from_at, toAt: r.to_at, reason: r.reason, createdByPersonId: r.created_by_person_id, createdAt: r.created_at,
      }));
    },
    async insertDelegation(r) {
      await db.insertInto('delegations').values({
        id: r.id, tenant_id: r.tenantId, from_position_id: r.fromPositionId, to_position_id: r.toPositionId, scope: r.scope,
        from_at: r.fromAt, to_at: r.toAt, reason: r.reason, created_by_person_id: r.createdByPersonId, created_at: r.createdAt,
      }).execute();
    },
    async endDelegation(tenantId, id, toAt) {
      await db.updateTable('delegations').set({ to_at: toAt }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async portfolios(tenantId) {
      const rows = await db.selectFrom('portfolios').selectAll().where('tenant_id', '=', tenantId).orderBy('valid_from').execute();
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, positionId: r.position_id, bodyId: r.body_id, area: r.area, validFrom: r.valid_from, validTo: r.valid_to }));
    },
    async insertPortfolio(r) {
      await db.insertInto('portfolios').values({ id: r.id, tenant_id: r.tenantId, position_id: r.positionId, body_id: r.bodyId, area: r.area, valid_from: r.validFrom, valid_to: r.validTo }).execute();
    },
    async endPortfolio(tenantId, id, validTo) {
      await db.updateTable('portfolios').set({ valid_to: validTo }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async officeAssists(tenantId) {
      const rows = await db.selectFrom('office_assists').selectAll().where('tenant_id', '=', tenantId).execute();
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, officePositionId: r.office_position_id, deputyPositionId: r.deputy_position_id, validFrom: r.valid_from, validTo: r.valid_to }));
    },
    async insertOfficeAssist(r) {
      await db.insertInto('office_assists').values({ id: r.id, tenant_id: r.tenantId, office_position_id: r.officePositionId, deputy_position_id: r.deputyPositionId, valid_from: r.validFrom, valid_to: r.validTo }).execute();
    },
    async absence(tenantId, id) {
      const r = await db.selectFrom('absences').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toAbsence(r);
    },
    async effectiveAbsences(tenantId) {
      const rows = await db.selectFrom('absences').selectAll().where('tenant_id', '=', tenantId).where('status', 'in', ['approved', 'returned']).execute();
      return rows.map(toAbsence);
    },
    async absences(tenantId, q) {
      let sel = db.selectFrom('absences').selectAll().where('tenant_id', '=', tenantId);
      if (q.status) sel = sel.where('status', '=', q.status);
      const approvers = q.approverPositionIds ?? [];
      if (q.personId || approvers.length > 0) {
        sel = sel.where((eb) => eb.or([
          ...(q.personId ? [eb('person_id', '=', q.personId)] : []),
          ...(approvers.length > 0 ? [eb('approver_position_id', 'in', approvers)] : []),
        ]));
      }
      return (await sel.orderBy('from_at', 'desc').limit(q.limit).execute()).map(toAbsence);
    },
    async insertAbsence(r) {
      await db.insertInto('absences').values(fromAbsence(r)).execute();
    },
    async updateAbsence(r) {
      const { id: _id, tenant_id: _t, ...rest } = fromAbsence(r);
      const res = await db.updateTable('absences').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async emergencies(tenantId, limit) {
      const rows = await db.selectFrom('emergencies').selectAll().where('tenant_id', '=', tenantId).orderBy('handled_at', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, positionId: r.position_id, personId: r.person_id, title: r.title, description: r.description,
        handledAt: r.handled_at, reportTaskId: r.report_task_id, createdAt: r.created_at, onBehalfOfPersonId: r.on_behalf_of_person_id,
      }));
    },
    async insertEmergency(r) {
      await db.insertInto('emergencies').values({
        id: r.id, tenant_id: r.tenantId, position_id: r.positionId, person_id: r.personId, title: r.title, description: r.description,
        handled_at: r.handledAt, report_task_id: r.reportTaskId, created_at: r.createdAt, on_behalf_of_person_id: r.onBehalfOfPersonId ?? null,
      }).execute();
    },
    async secretaryLinks(tenantId) {
      const rows = await db.selectFrom('secretary_links').selectAll().where('tenant_id', '=', tenantId).orderBy('valid_from').orderBy('created_at').execute();
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, secretaryPersonId: r.secretary_person_id, leaderPositionId: r.leader_position_id,
        validFrom: r.valid_from, validTo: r.valid_to, createdByPersonId: r.created_by_person_id, createdAt: r.created_at,
      }));
    },
    async insertSecretaryLink(r) {
      await db.insertInto('secretary_links').values({
        id: r.id, tenant_id: r.tenantId, secretary_person_id: r.secretaryPersonId, leader_position_id: r.leaderPositionId,
        valid_from: r.validFrom, valid_to: r.validTo, created_by_person_id: r.createdByPersonId, created_at: r.createdAt,
      }).execute();
    },
    async endSecretaryLink(tenantId, id, validTo) {
      await db.updateTable('secretary_links').set({ valid_to: validTo }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
  };
}
