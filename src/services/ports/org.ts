/** Ports of the organisation and of authority: bodies, posts, people, appointments; AB角, 委托, portfolios, absences, secretaries, emergencies. */

export interface BodyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly docPrefix: string | null;
  readonly sort: number;
  /** Art. 69 category of an `agency` body (派出机构 …), else null. */
  readonly agencyType?: string | null;
  /** The statutory duty the body holds (`audit`, `justice` …), else null. */
  readonly duty?: string | null;
}
export interface PositionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly bodyId: string;
  readonly code: string;
  readonly title: string;
  readonly kind: string;
  readonly rank: number;
}
export interface PersonRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
}
export interface AppointmentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface OrgPort {
  insertBody(b: BodyRecord): Promise<void>;
  insertPosition(p: PositionRecord): Promise<void>;
  insertPerson(p: PersonRecord): Promise<void>;
  insertAppointment(a: AppointmentRecord): Promise<void>;
  bodies(tenantId: string): Promise<BodyRecord[]>;
  positions(tenantId: string): Promise<PositionRecord[]>;
  people(tenantId: string): Promise<PersonRecord[]>;
  appointments(tenantId: string): Promise<AppointmentRecord[]>;
  /** Appointments valid on a date (valid_from ≤ date and (valid_to is null or date ≤ valid_to)). */
  holdersOn(tenantId: string, positionId: string, date: string): Promise<AppointmentRecord[]>;
  positionsOfPersonOn(tenantId: string, personId: string, date: string): Promise<AppointmentRecord[]>;
  person(tenantId: string, id: string): Promise<PersonRecord | undefined>;
  position(tenantId: string, id: string): Promise<PositionRecord | undefined>;
  positionByCode(tenantId: string, code: string): Promise<PositionRecord | undefined>;
  /** Renames a body or a post (the code, kind and place stay). */
  renameBody(tenantId: string, id: string, name: string): Promise<void>;
  renamePosition(tenantId: string, id: string, title: string): Promise<void>;
}

export interface AbPairRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly aPositionId: string;
  readonly bPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface DelegationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly fromPositionId: string;
  readonly toPositionId: string;
  readonly scope: 'presiding' | 'assigned-work';
  readonly fromAt: string;
  readonly toAt: string | null;
  readonly reason: string;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

export interface PortfolioRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly positionId: string;
  readonly bodyId: string | null;
  readonly area: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface OfficeAssistRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly officePositionId: string;
  readonly deputyPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export type AbsenceStatus = 'at-office' | 'requested' | 'approved' | 'rejected' | 'cancelled' | 'returned' | 'sent-back';

export interface AbsenceRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly kind: 'leave' | 'travel' | 'inspection';
  readonly fromAt: string;
  readonly toAt: string;
  readonly returnedAt: string | null;
  readonly destination: string;
  readonly reason: string;
  readonly presidingPersonId: string | null;
  readonly status: AbsenceStatus;
  readonly approverPositionId: string | null;
  readonly late: boolean;
  readonly lateReason: string | null;
  readonly requestedAt: string;
  readonly requestedByAccountId: string | null;
  readonly decidedAt: string | null;
  readonly decidedByPersonId: string | null;
  readonly decisionNote: string | null;
  readonly version: number;
  /** Art. 59: when the office forwarded (转呈) or returned (退回) a principal's request, who, and its note. */
  readonly officeAt?: string | null;
  readonly officeByPersonId?: string | null;
  readonly officeNote?: string | null;
  /** 代录: the secretary who entered the decision for `decidedByPersonId` (SPEC §1). */
  readonly decisionEnteredByPersonId?: string | null;
}

/** SPEC §1: a person who may enter the decisions of whoever holds a leader's post (代录), for a period. */
export interface SecretaryLinkRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly secretaryPersonId: string;
  readonly leaderPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

export interface EmergencyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly positionId: string;
  readonly personId: string;
  readonly title: string;
  readonly description: string;
  readonly handledAt: string;
  readonly reportTaskId: string | null;
  readonly createdAt: string;
  /** When a stand-in handled it: the leader whose post they acted for (art. 5). */
  readonly onBehalfOfPersonId?: string | null;
}

/** AB角, 委托, portfolios, absences and emergencies (arts. 5–7, 59). */
export interface AuthorityPort {
  abPairs(tenantId: string): Promise<AbPairRecord[]>;
  insertAbPair(r: AbPairRecord): Promise<void>;
  /** Ends a pair the day before `validTo + 1` (sets valid_to); history is kept. */
  endAbPair(tenantId: string, id: string, validTo: string): Promise<void>;
  delegations(tenantId: string): Promise<DelegationRecord[]>;
  insertDelegation(r: DelegationRecord): Promise<void>;
  endDelegation(tenantId: string, id: string, toAt: string): Promise<void>;
  portfolios(tenantId: string): Promise<PortfolioRecord[]>;
  insertPortfolio(r: PortfolioRecord): Promise<void>;
  endPortfolio(tenantId: string, id: string, validTo: string): Promise<void>;
  officeAssists(tenantId: string): Promise<OfficeAssistRecord[]>;
  insertOfficeAssist(r: OfficeAssistRecord): Promise<void>;
  absence(tenantId: string, id: string): Promise<AbsenceRecord | undefined>;
  /** Absences that change who acts (approved, or returned with their real end). */
  effectiveAbsences(tenantId: string): Promise<AbsenceRecord[]>;
  absences(tenantId: string, q: { personId?: string; approverPositionIds?: readonly string[]; status?: AbsenceStatus; limit: number }): Promise<AbsenceRecord[]>;
  insertAbsence(r: AbsenceRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  updateAbsence(r: AbsenceRecord): Promise<boolean>;
  emergencies(tenantId: string, limit: number): Promise<EmergencyRecord[]>;
  insertEmergency(r: EmergencyRecord): Promise<void>;
  secretaryLinks(tenantId: string): Promise<SecretaryLinkRecord[]>;
  insertSecretaryLink(r: SecretaryLinkRecord): Promise<void>;
  endSecretaryLink(tenantId: string, id: string, validTo: string): Promise<void>;
}
