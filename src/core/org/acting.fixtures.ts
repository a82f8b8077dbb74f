/** Builders for the acting-authority tests: a small county government with AB角, 委托 and absences. */
import type { AbPair, Absence, Delegation, OrgAppointment, OrgPosition, OrgSnapshot } from './index.ts';

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

export const BJ = 480; // Asia/Shanghai, UTC+8

/** An instant at Beijing local time. */
export const bj = (date: string, time = '12:00'): Date => new Date(`${date}T${time}:00+08:00`);
/** Beijing midnight at the start of a local date, as an ISO instant. */
export const midnight = (date: string): string => bj(date, '00:00').toISOString();

export const pos = (id: string, title: string, kind: string, bodyId = 'gov'): OrgPosition => ({ id, code: id, title, kind, bodyId });

export const POSITIONS: OrgPosition[] = [
  pos('pos-head', '县长', 'county-head'),
  pos('pos-exec', '常务副县长', 'executive-deputy'),
  pos('pos-dep1', '副县长', 'deputy'),
  pos('pos-dep2', '副县长', 'deputy'),
  pos('pos-dep3', '副县长', 'deputy'),
  pos('pos-dep4', '副县长', 'deputy'),
  pos('pos-office', '县政府办公室主任', 'office-director', 'office'),
  pos('pos-party', '县政府党组成员', 'party-member'),
  pos('pos-edu', '县教育局局长', 'principal', 'edu'),
  pos('pos-edu-dep', '县教育局副局长', 'deputy-principal', 'edu'),
  pos('pos-staff', '县政府办公室科员', 'staff', 'office'),
];

export const PEOPLE = [
  { id: 'p-zhang', name: '张华' },
  { id: 'p-zhao', name: '赵刚' },
  { id: 'p-wang', name: '王强' },
  { id: 'p-li', name: '李明' },
  { id: 'p-chen', name: '陈静' },
  { id: 'p-zhou', name: '周敏' },
  { id: 'p-liu', name: '刘洋' },
  { id: 'p-sun', name: '孙丽' },
  { id: 'p-huang', name: '黄磊' },
  { id: 'p-xu', name: '徐芳' },
  { id: 'p-ma', name: '马超' },
];

export const appt = (personId: string, positionId: string, from = '2025-01-01', to: string | null = null): OrgAppointment => ({ personId, positionId, from, to });

export const BASE_APPOINTMENTS: OrgAppointment[] = [
  appt('p-zhang', 'pos-head'),
  appt('p-zhao', 'pos-exec'),
  appt('p-wang', 'pos-dep1'),
  appt('p-li', 'pos-dep2'),
  appt('p-chen', 'pos-dep3'),
  appt('p-zhou', 'pos-office'),
  appt('p-zhou', 'pos-party'), // 兼任
  appt('p-liu', 'pos-edu'),
  appt('p-sun', 'pos-edu-dep'),
];

export const ab = (aPositionId: string, bPositionId: string, from = '2025-01-01', to: string | null = null): AbPair => ({ aPositionId, bPositionId, from, to });

/** An absence from local midnight of `from` until local midnight of `until` (exclusive; null = until 销假). */
export const away = (
  id: string,
  personId: string,
  from: string,
  until: string | null,
  kind: Absence['kind'] = 'leave',
  presidingPersonId: string | null = null,
): Absence => ({ id, personId, kind, from: midnight(from), to: until === null ? null : midnight(until), presidingPersonId });

export const delegation = (id: string, fromPositionId: string, toPositionId: string, from: string, to: string | null, scope: Delegation['scope'] = 'presiding'): Delegation => ({
  id, fromPositionId, toPositionId, scope, from, to, reason: '县长赴市参加会议',
});

export function org(extra: Partial<{ appointments: OrgAppointment[]; abPairs: AbPair[]; delegations: Delegation[]; absences: Absence[] }> = {}, replaceAppointments = false): OrgSnapshot {
  return {
    positions: POSITIONS,
    people: PEOPLE,
    appointments: replaceAppointments ? (extra.appointments ?? []) : [...BASE_APPOINTMENTS, ...(extra.appointments ?? [])],
    abPairs: extra.abPairs ?? [],
    delegations: extra.delegations ?? [],
    absences: extra.absences ?? [],
  };
}

export const kinds = (r: { chain: readonly { kind: string }[] }): string[] => r.chain.map((s) => s.kind);
