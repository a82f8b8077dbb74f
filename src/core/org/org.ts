/**
 * The organisation as the core sees it at one moment: positions, who holds them (with validity
 * dates), who stands in for whom (AB角), 委托 with their periods, and approved absences. Services
 * load a snapshot; the core answers "who acts for this position now, and why" from it alone.
 */
import type { IsoDate } from '../kernel/time.ts';

/** Local dates, inclusive at both ends; `to: null` means open-ended. */
export interface DateInterval {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export type PositionKind =
  | 'county-head'
  | 'acting-county-head'
  | 'executive-deputy'
  | 'deputy'
  | 'party-member'
  | 'office-director'
  | 'office-member'
  | 'principal'
  | 'deputy-principal'
  | 'staff';

export interface OrgPosition {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** A known kind, or a pack-specific one (`string & {}` keeps the known ones suggested). */
  readonly kind: PositionKind | (string & {});
  readonly bodyId: string;
}

export interface OrgPerson {
  readonly id: string;
  readonly name: string;
}

export interface OrgAppointment extends DateInterval {
  readonly personId: string;
  readonly positionId: string;
}

/** AB角 (art. 5): the B position stands in for the A position while A's holder is away. */
export interface AbPair extends DateInterval {
  readonly aPositionId: string;
  readonly bPositionId: string;
}

/**
 * 委托 (art. 5): the `from` position entrusts the `to` position for a period — the county head's
 * 委托 to the 常务副县长 while away on travel (`presiding`), or other 交办 work (`assigned-work`).
 * Instants are ISO-8601 UTC strings; `to` null means until revoked.
 */
export interface Delegation {
  readonly id: string;
  readonly fromPositionId: string;
  readonly toPositionId: string;
  readonly scope: 'presiding' | 'assigned-work';
  readonly from: string;
  readonly to: string | null;
  readonly reason: string;
}

/**
 * An approved absence of a person (art. 59): leave, travel or an inspection trip, from an instant
 * until an instant (or until 销假 when `to` is null). A department, town or street principal names
 * who presides meanwhile (`presidingPersonId`).
 */
export interface Absence {
  readonly id: string;
  readonly personId: string;
  readonly kind: 'leave' | 'travel' | 'inspection';
  readonly from: string;
  readonly to: string | null;
  readonly presidingPersonId: string | null;
  /** Where the person goes (shown on 在岗情况). */
  readonly destination?: string;
}

export interface OrgSnapshot {
  readonly positions: readonly OrgPosition[];
  readonly people: readonly OrgPerson[];
  readonly appointments: readonly OrgAppointment[];
  readonly abPairs: readonly AbPair[];
  readonly delegations: readonly Delegation[];
  /** Approved absences only (requests not yet approved do not change who acts). */
  readonly absences: readonly Absence[];
}

/** The county leaders (县政府领导, arts. 4–5): the 县长 (or a 代县长 appointed as such), the 副县长 and the 党组成员. */
export const COUNTY_LEADER_KINDS: ReadonlySet<string> = new Set(['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member']);

/** The county leaders other than the 县长: those who ask the 县长 for leave (art. 59) and hold 分管 (art. 5). */
export const DEPUTY_LEADER_KINDS: ReadonlySet<string> = new Set(['executive-deputy', 'deputy', 'party-member']);

/** The 县长's post: a 代县长 appointed by the standing committee first, else the 县长. */
export function countyHeadPost<P extends { readonly kind: string }>(positions: readonly P[]): P | undefined {
  return positions.find((p) => p.kind === 'acting-county-head') ?? positions.find((p) => p.kind === 'county-head');
}
