import { isIsoDate } from '../kernel/time.ts';
import { checkAppointment } from './checks.ts';
import type { OrgAppointment, OrgSnapshot } from './org.ts';

/** One row of an appointment import: 人员, 岗位代码, 起始日, 截止日. */
export interface ImportRow {
  /** 1-based line number in the file, the header being line 1. */
  readonly line: number;
  readonly person: string;
  readonly positionCode: string;
  readonly validFrom: string;
  readonly validTo: string;
}

export interface ImportProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export interface ImportPlan {
  /** People named in the file who are not yet in the organisation (created on import). */
  readonly newPeople: readonly string[];
  readonly appointments: readonly { readonly person: string; readonly positionId: string; readonly from: string; readonly to: string | null }[];
}

/**
 * Validates every row of an appointment import against the organisation and against the rows
 * before it (two 县长 in one file are caught too). Returns every problem, or — when there is
 * none — the plan. An import with any bad row changes nothing.
 */
export function planAppointmentImport(snapshot: OrgSnapshot, rows: readonly ImportRow[]): { problems: ImportProblem[]; plan: ImportPlan } {
  const problems: ImportProblem[] = [];
  const byCode = new Map(snapshot.positions.map((p) => [p.code, p]));
  const byName = new Map(snapshot.people.map((p) => [p.name, p.id]));
  const newPeople: string[] = [];
  const appointments: ImportPlan['appointments'][number][] = [];
  let working: OrgSnapshot = snapshot;
  for (const row of rows) {
    const rowProblems: ImportProblem[] = [];
    const person = row.person.trim();
    if (person === '') rowProblems.push({ line: row.line, field: '人员', message: '人员姓名不能为空' });
    const position = byCode.get(row.positionCode.trim());
    if (!position) rowProblems.push({ line: row.line, field: '岗位代码', message: `岗位代码“${row.positionCode}”不存在` });
    if (!isIsoDate(row.validFrom.trim())) rowProblems.push({ line: row.line, field: '起始日', message: `“${row.validFrom}”不是 YYYY-MM-DD 格式的日期` });
    const to = row.validTo.trim();
    if (to !== '' && !isIsoDate(to)) rowProblems.push({ line: row.line, field: '截止日', message: `“${row.validTo}”不是 YYYY-MM-DD 格式的日期` });
    if (rowProblems.length === 0 && position) {
      let personId = byName.get(person);
      if (!personId) {
        personId = `new:${person}`;
        byName.set(person, personId);
        newPeople.push(person);
        working = { ...working, people: [...working.people, { id: personId, name: person }] };
      }
      const appointment: OrgAppointment = { personId, positionId: position.id, from: row.validFrom.trim(), to: to === '' ? null : to };
      for (const p of checkAppointment(working, appointment)) rowProblems.push({ line: row.line, field: '岗位代码', message: p.message });
      if (rowProblems.length === 0) {
        working = { ...working, appointments: [...working.appointments, appointment] };
        appointments.push({ person, positionId: position.id, from: appointment.from, to: appointment.to });
      }
    }
    problems.push(...rowProblems);
  }
  return { problems, plan: { newPeople, appointments } };
}
