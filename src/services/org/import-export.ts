import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DomainError } from '../../core/kernel/result.ts';
import { planAppointmentImport, type ImportRow } from '../../core/org/import.ts';
import { AGENCY_TYPE_LABELS } from '../../core/org/structure.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { bumpOrgVersion, loadOrgSnapshot } from './snapshot.ts';
import { listOrganisation } from './list-org.ts';

export const IMPORT_COLUMNS = ['人员', '岗位代码', '起始日', '截止日'] as const;

const BODY_KIND_LABELS: Readonly<Record<string, string>> = {
  government: '县政府', office: '县政府办公室', department: '工作部门', town: '镇', street: '街道', outside: '外部机构', upper: '上级机关',
  unit: '内设机构（科室）',
};

/** 机构类别 of a body; an art. 69 body by its category (`派出机构（第六十九条）`). */
function kindLabel(body: { kind: string; agencyType: string | null } | undefined): string {
  if (body?.kind === 'agency') return `${(AGENCY_TYPE_LABELS as Readonly<Record<string, string>>)[body.agencyType ?? ''] ?? '其他机构'}（第六十九条）`;
  return BODY_KIND_LABELS[body?.kind ?? ''] ?? '';
}

/** The organisation on a date as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese). */
export async function exportOrganisationCsv(deps: ServiceDeps, tenantId: string, on?: string): Promise<string> {
  const org = await listOrganisation(deps, tenantId, on);
  const bodies = new Map(org.bodies.map((b) => [b.id, b]));
  const rows: string[][] = [];
  for (const p of org.positions) {
    const body = bodies.get(p.bodyId);
    const base = [body?.path ?? '', kindLabel(body), p.code, p.title];
    if (p.holders.length === 0) rows.push([...base, '', '', '']);
    for (const h of p.holders) rows.push([...base, h.name, h.validFrom, h.validTo ?? '']);
  }
  return `\uFEFF${stringify([['机构', '机构类别', '岗位代码', '岗位', '人员', '起始日', '截止日'], ...rows])}`;
}

/**
 * Imports appointments from CSV (人员, 岗位代码, 起始日, 截止日). Every row is checked first; with any
 * problem nothing changes and every problem is listed by line and column.
 */
export async function importAppointmentsCsv(deps: ServiceDeps, actor: Actor, csv: string) {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  let records: Record<string, string>[];
  try {
    records = parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (e) {
    throw new DomainError('IMPORT_INVALID', `无法读取CSV：${e instanceof Error ? e.message : String(e)}`, { problems: [] });
  }
  const missing = IMPORT_COLUMNS.slice(0, 3).filter((c) => records.length > 0 && !(c in records[0]!));
  if (records.length === 0 || missing.length > 0) {
    throw new DomainError('IMPORT_INVALID', records.length === 0 ? '文件没有数据行' : `缺少列：${missing.join('、')}（应为 ${IMPORT_COLUMNS.join('、')}）`, { problems: [] });
  }
  const rows: ImportRow[] = records.map((r, i) => ({ line: i + 2, person: r['人员'] ?? '', positionCode: r['岗位代码'] ?? '', validFrom: r['起始日'] ?? '', validTo: r['截止日'] ?? '' }));
  return deps.store.transaction(async (tx) => {
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId, { fresh: true });
    const { problems, plan } = planAppointmentImport(snapshot, rows);
    if (problems.length > 0) {
      throw new DomainError('IMPORT_INVALID', `共${problems.length}处问题，未导入任何数据`, { problems });
    }
    const ids = new Map(snapshot.people.map((p) => [p.name, p.id]));
    for (const name of plan.newPeople) {
      const id = deps.ids.id();
      ids.set(name, id);
      await tx.org.insertPerson({ id, tenantId: actor.tenantId, name });
    }
    for (const a of plan.appointments) {
      await tx.org.insertAppointment({ id: deps.ids.id(), tenantId: actor.tenantId, personId: ids.get(a.person)!, positionId: a.positionId, validFrom: a.from, validTo: a.to });
    }
    await tx.audit.append(actor.tenantId, {
      type: 'org.imported', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'organisation', subjectId: actor.tenantId,
      payload: { newPeople: plan.newPeople, appointments: plan.appointments }, verdicts: [verdict],
    });
    await bumpOrgVersion(tx, actor.tenantId, deps.ids.id());
    return { newPeople: plan.newPeople.length, appointments: plan.appointments.length };
  });
}
