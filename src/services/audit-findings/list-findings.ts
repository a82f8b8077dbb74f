import { localDate } from '../../core/kernel/time.ts';
import { bodyPath } from '../../core/org/structure.ts';
import { FINDING_STATUS_LABELS } from '../../core/procedures/audit-findings/audit-findings.machine.ts';
import { canSeeFinding, findingAbilities } from '../../core/procedures/audit-findings/audit-findings.policy.ts';
import type { FindingStatus } from '../../core/procedures/audit-findings/audit-findings.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, AuditFindingRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound } from '../platform/errors.ts';
import { AUDITABLE_KINDS, findingsViewer, rectificationOwner, type FindingsViewer } from './findings-context.ts';

const ENTRY_LABELS = {
  recorded: '记录审计发现', report: '报送整改情况', rectified: '认定已整改', 'not-rectified': '认定未整改到位', 'follow-up': '追加整改要求', amended: '修改审计发现',
} as const;

function present(f: AuditFindingRecord, viewer: FindingsViewer, today: string) {
  const body = viewer.bodies.find((b) => b.id === f.auditedBodyId);
  const open = f.status !== 'rectified';
  const owner = rectificationOwner(viewer.positions, f.auditedBodyId);
  return {
    ...f,
    auditedBodyName: body ? bodyPath(viewer.bodies, body.id) : '',
    ownerPositionTitle: owner?.title ?? null,
    statusLabel: FINDING_STATUS_LABELS[f.status],
    /** Still open after its due date (the audited body's report is late, or the rectification unfinished). */
    overdue: open && f.status !== 'reported' && f.dueDate < today,
    abilities: findingAbilities({ status: f.status, dueDate: f.dueDate }, { inAuditBureau: viewer.inAuditBureau, inAuditedBody: viewer.memberOf.has(f.auditedBodyId) }),
  };
}

/**
 * The rectification register as the actor may see it — filtered here, on the server: the audit
 * bureau, county leaders and the office see every finding; an audited body its own; others none.
 */
export async function listFindings(deps: ServiceDeps, actor: Actor, q: { status?: FindingStatus | undefined; auditedBodyId?: string | undefined }) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const viewer = await findingsViewer(store, store, actor, at, pack.utcOffsetMinutes);
  const today = localDate(at, pack.utcOffsetMinutes);
  const visible = viewer.seesAll ? undefined : [...viewer.memberOf];
  const wanted = q.auditedBodyId === undefined ? visible : (visible ?? [q.auditedBodyId]).filter((b) => b === q.auditedBodyId);
  const rows = await store.auditFindings.list(actor.tenantId, { ...(wanted ? { auditedBodyIds: wanted } : {}), ...(q.status ? { status: q.status } : {}), limit: 500 });
  return {
    items: rows.map((f) => present(f, viewer, today)),
    /** What the screen offers: recording (the audit bureau only) and the bodies that can be audited. */
    bureau: { id: viewer.bureau.id, name: viewer.bureau.name },
    canRecord: viewer.inAuditBureau,
    scope: viewer.seesAll ? 'all' : viewer.memberOf.size > 0 ? 'own' : 'none',
    auditableBodies: viewer.bodies.filter((b) => AUDITABLE_KINDS.has(b.kind) && b.id !== viewer.bureau.id).map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
  };
}

/** One finding with its whole history (reports, conclusions, follow-ups, amendments), if the actor may see it. */
export async function getFinding(deps: ServiceDeps, actor: Actor, id: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const viewer = await findingsViewer(store, store, actor, at, pack.utcOffsetMinutes);
  const finding = await store.auditFindings.get(actor.tenantId, id);
  // A finding the actor may not see is answered as not found, like one that does not exist.
  if (!finding || !canSeeFinding({ seesAll: viewer.seesAll, bodyIds: viewer.memberOf }, finding.auditedBodyId)) throw notFound('FINDING_NOT_FOUND', '审计发现');
  const [entries, people] = await Promise.all([store.auditFindings.entries(actor.tenantId, id), store.org.people(actor.tenantId)]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(viewer.positions.map((p) => [p.id, p.title]));
  return {
    ...present(finding, viewer, localDate(at, pack.utcOffsetMinutes)),
    history: entries.map((e) => ({
      ...e,
      kindLabel: ENTRY_LABELS[e.kind],
      statusAfterLabel: FINDING_STATUS_LABELS[e.statusAfter],
      previous: e.previous === null ? null : (JSON.parse(e.previous) as Record<string, string>),
      personName: e.personId ? (name.get(e.personId) ?? '') : '',
      onBehalfOfName: e.onBehalfOfPersonId ? (name.get(e.onBehalfOfPersonId) ?? '') : null,
      positionTitle: e.positionId ? (title.get(e.positionId) ?? '') : null,
    })),
  };
}
