/**
 * Checks of organisation records before they are saved (arts. 4, 5, 7): AB角 pairs, appointments
 * (one holder of a single post at a time; 兼任 allowed) and 委托. Pure; every problem is in Chinese
 * and begins with the article it enforces.
 */
import { isIsoDate, type IsoDate } from '../kernel/time.ts';
import { datesOverlap, dateRangeText } from './intervals.ts';
import type { AbPair, Delegation, OrgAppointment, OrgSnapshot } from './org.ts';

export type OrgCheckCode =
  | 'unknown-position'
  | 'unknown-person'
  | 'bad-interval'
  | 'bad-instant'
  | 'ab-self'
  | 'ab-same-person'
  | 'ab-overlap'
  | 'singleton-taken'
  | 'duplicate-appointment'
  | 'delegation-self'
  | 'delegation-period';

export interface OrgCheckProblem {
  readonly code: OrgCheckCode;
  /** Chinese, beginning with the article it enforces (e.g. `第五条：…`). */
  readonly message: string;
  readonly cites: readonly string[];
}

const ART4 = 'yunyang-2025:4';
const ART5 = 'yunyang-2025:5';
const ART7 = 'yunyang-2025:7';

export const DEFAULT_SINGLETON_KINDS: readonly string[] = ['county-head', 'executive-deputy', 'office-director'];


// ---------------------------------------------------------------------------------------------
// Validation of input (pure; Chinese messages citing the rule)
// ---------------------------------------------------------------------------------------------

function checkDateInterval(from: IsoDate, to: IsoDate | null, prefix: string, cites: readonly string[]): OrgCheckProblem[] {
  if (!isIsoDate(from)) return [{ code: 'bad-interval', message: `${prefix}开始日期“${String(from)}”不是有效日期`, cites }];
  if (to !== null && !isIsoDate(to)) return [{ code: 'bad-interval', message: `${prefix}结束日期“${String(to)}”不是有效日期`, cites }];
  if (to !== null && to < from) return [{ code: 'bad-interval', message: `${prefix}结束日期不能早于开始日期`, cites }];
  return [];
}

/**
 * An AB角 pair (art. 5): both positions exist; B is not A itself, nor held by the same person as A
 * (兼任) during the pair's interval; no other pair for the same A overlaps it. A pair found in the
 * snapshot by identity is not compared with itself.
 */
export function checkAbPair(snapshot: OrgSnapshot, pair: AbPair): OrgCheckProblem[] {
  const cites = [ART5];
  const problems: OrgCheckProblem[] = [];
  const positions = new Map(snapshot.positions.map((p) => [p.id, p] as const));
  const a = positions.get(pair.aPositionId);
  const b = positions.get(pair.bPositionId);
  if (!a) problems.push({ code: 'unknown-position', message: `第五条：AB角的A岗位“${pair.aPositionId}”不存在`, cites });
  if (!b) problems.push({ code: 'unknown-position', message: `第五条：AB角的B岗位“${pair.bPositionId}”不存在`, cites });
  problems.push(...checkDateInterval(pair.from, pair.to, '第五条：AB角的', cites));
  const aTitle = a?.title ?? pair.aPositionId;
  const bTitle = b?.title ?? pair.bPositionId;
  if (pair.aPositionId === pair.bPositionId) {
    problems.push({ code: 'ab-self', message: `第五条：AB角的B岗位不能是A岗位本身（${aTitle}）`, cites });
  } else {
    const people = new Map(snapshot.people.map((p) => [p.id, p] as const));
    const reported = new Set<string>();
    const inPair = (x: OrgAppointment): boolean => datesOverlap(x, pair);
    const aAppts = snapshot.appointments.filter((x) => x.positionId === pair.aPositionId && inPair(x));
    const bAppts = snapshot.appointments.filter((x) => x.positionId === pair.bPositionId && inPair(x));
    for (const x of aAppts) {
      for (const y of bAppts) {
        if (x.personId !== y.personId || reported.has(x.personId) || !datesOverlap(x, y)) continue;
        const from = [pair.from, x.from, y.from].reduce((m, d) => (d > m ? d : m));
        const to = [pair.to, x.to, y.to].reduce<IsoDate | null>((m, d) => (d === null ? m : m === null || d < m ? d : m), null);
        reported.add(x.personId);
        const name = people.get(x.personId)?.name ?? x.personId;
        problems.push({
          code: 'ab-same-person',
          message: `第五条：${name}${dateRangeText(from, to)}同时担任${aTitle}和${bTitle}（兼任），A角不在岗时B角同样不在岗，不能互为AB角`,
          cites,
        });
      }
    }
  }
  for (const other of snapshot.abPairs) {
    if (other === pair || other.aPositionId !== pair.aPositionId || !datesOverlap(other, pair)) continue;
    const otherB = positions.get(other.bPositionId)?.title ?? other.bPositionId;
    problems.push({
      code: 'ab-overlap',
      message: `第五条：${aTitle}在${dateRangeText(other.from, other.to)}已有B角${otherB}，同一期间只能指定一个B角`,
      cites,
    });
  }
  return problems;
}

function singletonCites(kind: string): { readonly prefix: string; readonly cites: readonly string[] } {
  if (kind === 'county-head') return { prefix: '第四条、第五条', cites: [ART4, ART5] };
  if (kind === 'executive-deputy') return { prefix: '第五条', cites: [ART5] };
  if (kind === 'office-director') return { prefix: '第七条', cites: [ART7] };
  return { prefix: '第四条', cites: [ART4] };
}

/**
 * An appointment (arts. 4, 5, 7): the person and position exist, the interval is valid, the same
 * person is not appointed twice to the same post in overlapping intervals, and a singleton post
 * (by default 县长, 常务副县长, 县政府办公室主任) has no second holder in an overlapping interval.
 * One person holding several different posts (兼任) is accepted.
 */
export function checkAppointment(
  snapshot: OrgSnapshot,
  appt: OrgAppointment,
  singletonKinds: readonly string[] = DEFAULT_SINGLETON_KINDS,
): OrgCheckProblem[] {
  const problems: OrgCheckProblem[] = [];
  const position = snapshot.positions.find((p) => p.id === appt.positionId);
  const people = new Map(snapshot.people.map((p) => [p.id, p] as const));
  const person = people.get(appt.personId);
  const base = singletonCites(position?.kind ?? '');
  if (!person) problems.push({ code: 'unknown-person', message: `第四条：任职人员“${appt.personId}”不存在`, cites: [ART4] });
  if (!position) problems.push({ code: 'unknown-position', message: `第四条：任职岗位“${appt.positionId}”不存在`, cites: [ART4] });
  problems.push(...checkDateInterval(appt.from, appt.to, '第四条：任职的', [ART4]));
  if (!position) return problems;
  const name = person?.name ?? appt.personId;
  for (const other of snapshot.appointments) {
    if (other === appt || other.positionId !== appt.positionId || !datesOverlap(other, appt)) continue;
    if (other.personId === appt.personId) {
      problems.push({
        code: 'duplicate-appointment',
        message: `第四条：${name}已于${dateRangeText(other.from, other.to)}担任${position.title}，任职期间重叠`,
        cites: [ART4],
      });
    } else if (singletonKinds.includes(position.kind)) {
      const otherName = people.get(other.personId)?.name ?? other.personId;
      problems.push({
        code: 'singleton-taken',
        message: `${base.prefix}：${position.title}同一时间只能由一人担任；${otherName}${dateRangeText(other.from, other.to)}担任该职务，不能同期任命${name}`,
        cites: base.cites,
      });
    }
  }
  return problems;
}

/**
 * A 委托 (art. 5): both positions exist, a position does not entrust itself, and the period is
 * valid (`to`, when set, after `from`).
 */
export function checkDelegation(snapshot: OrgSnapshot, delegation: Delegation): OrgCheckProblem[] {
  const cites = [ART5];
  const problems: OrgCheckProblem[] = [];
  const ids = new Set(snapshot.positions.map((p) => p.id));
  if (!ids.has(delegation.fromPositionId)) problems.push({ code: 'unknown-position', message: `第五条：委托人岗位“${delegation.fromPositionId}”不存在`, cites });
  if (!ids.has(delegation.toPositionId)) problems.push({ code: 'unknown-position', message: `第五条：受委托岗位“${delegation.toPositionId}”不存在`, cites });
  if (delegation.fromPositionId === delegation.toPositionId) {
    problems.push({ code: 'delegation-self', message: '第五条：委托须交由其他岗位，不能委托给本岗位', cites });
  }
  const from = Date.parse(delegation.from);
  const to = delegation.to === null ? null : Date.parse(delegation.to);
  if (Number.isNaN(from)) problems.push({ code: 'bad-instant', message: `第五条：委托开始时间“${delegation.from}”不是有效时间`, cites });
  if (to !== null && Number.isNaN(to)) problems.push({ code: 'bad-instant', message: `第五条：委托结束时间“${delegation.to ?? ''}”不是有效时间`, cites });
  if (to !== null && !Number.isNaN(from) && !Number.isNaN(to) && to <= from) {
    problems.push({ code: 'delegation-period', message: '第五条：委托的结束时间须晚于开始时间', cites });
  }
  return problems;
}
