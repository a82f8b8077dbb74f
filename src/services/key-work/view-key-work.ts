import { actingFor, type OrgSnapshot } from '../../core/org/index.ts';
import { KEY_WORK_STANDING_LABELS, KEY_WORK_STATUS_LABELS } from '../../core/procedures/key-work/key-work.machine.ts';
import { countStandings, standingOf } from '../../core/procedures/key-work/key-work.decide.ts';
import { keyWorkAbilities } from '../../core/procedures/key-work/key-work.policy.ts';
import { compareQuarters, nextQuarter, quarterEnd, quarterEnded, quarterLabel, quarterOf, quarterStart, type Quarter } from '../../core/procedures/key-work/quarter.ts';
import { TOPIC_STATUS_LABELS } from '../../core/procedures/meetings/meetings.machine.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkEntryKind, KeyWorkItemRecord } from '../ports.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { keyWorkNow, keyWorkViewer, leadPrincipal, loadItem, type KeyWorkViewer } from './key-work-context.ts';

const ENTRY_LABELS: Readonly<Record<KeyWorkEntryKind, string>> = {
  added: '列入清单', edited: '调整事项', progress: '报送推进情况', 'carried-over': '挂单转出', 'carried-in': '挂单转入', reopened: '重新打开',
};

interface ViewContext {
  readonly viewer: KeyWorkViewer;
  readonly snapshot: OrgSnapshot;
  readonly at: Date;
  readonly offset: number;
  readonly today: string;
}

async function viewContext(deps: ServiceDeps, actor: Actor): Promise<ViewContext> {
  const { at, offset, today } = keyWorkNow(deps);
  const [viewer, snapshot] = await Promise.all([keyWorkViewer(deps.store, deps.store, actor, at, offset), loadOrgSnapshot(deps.store, deps.store, actor.tenantId)]);
  return { viewer, snapshot, at, offset, today };
}

/** A quarter as the screens name it: 2025年第四季度, its first and last day, whether it has ended and whether it is today's. */
export function quarterView(q: Quarter, today: string) {
  return { year: q.year, quarter: q.quarter, label: quarterLabel(q), start: quarterStart(q), end: quarterEnd(q), ended: quarterEnded(q, today), current: compareQuarters(q, quarterOf(today)) === 0 };
}

type Link = { readonly id: string; readonly year: number; readonly quarter: Quarter['quarter']; readonly quarterLabel: string } | null;
const link = (i: KeyWorkItemRecord | undefined): Link => (i ? { id: i.id, year: i.year, quarter: i.quarter, quarterLabel: quarterLabel(i) } : null);

function present(i: KeyWorkItemRecord, c: ViewContext, links: { from: Link; to: Link }) {
  const quarter = { year: i.year, quarter: i.quarter };
  const s = standingOf({ status: i.status, dueDate: i.dueDate, quarter }, c.today);
  const name = (id: string) => c.viewer.bodies.find((b) => b.id === id)?.name ?? '';
  const leader = c.viewer.positions.find((p) => p.id === i.leaderPositionId);
  const principal = leadPrincipal(c.viewer.positions, i.leadBodyId);
  return {
    ...i,
    quarterLabel: quarterLabel(quarter),
    leadBodyName: name(i.leadBodyId),
    coBodyNames: i.coBodyIds.map(name),
    leaderTitle: leader?.title ?? '',
    leaderHolders: actingFor(c.snapshot, i.leaderPositionId, c.at, c.offset).holders.map((h) => h.name).join('、'),
    leadPrincipalTitle: principal?.title ?? null,
    statusLabel: KEY_WORK_STATUS_LABELS[i.status],
    standing: s.standing,
    standingLabel: KEY_WORK_STANDING_LABELS[s.standing],
    laggingReason: s.laggingReason,
    carriedFrom: links.from,
    carriedTo: links.to,
    abilities: keyWorkAbilities({ status: i.status, quarter, dueDate: i.dueDate, carriedTo: links.to }, {
      isOffice: c.viewer.isOffice, actsForLeadPrincipal: principal !== undefined && c.viewer.positionIds.includes(principal.id),
    }, c.today),
  };
}

export type KeyWorkItemView = ReturnType<typeof present>;

/** One quarter's list, each item with how it stands (a past quarter's as it stood at its end), and the counts by standing. */
async function quarterList(deps: ServiceDeps, actor: Actor, q: Quarter, c: ViewContext) {
  const items = await deps.store.keyWork.list(actor.tenantId, q);
  const to = await deps.store.keyWork.carriedFrom(actor.tenantId, items.map((i) => i.id));
  const from = await Promise.all(items.map((i) => (i.carriedFromId ? deps.store.keyWork.get(actor.tenantId, i.carriedFromId) : Promise.resolve(undefined))));
  const presented = items.map((i, n) => present(i, c, { from: link(from[n]), to: link(to.find((t) => t.carriedFromId === i.id)) }));
  return { ...quarterView(q, c.today), counts: countStandings(presented.map((i) => i.standing)), items: presented };
}

/**
 * A quarter's key-work list (default: today's quarter) with the quarters that have one, for the
 * picker; what the actor may do (the office keeps the list) and how many items could be carried over.
 */
export async function listKeyWork(deps: ServiceDeps, actor: Actor, q: { year?: number | undefined; quarter?: Quarter['quarter'] | undefined }) {
  const c = await viewContext(deps, actor);
  const current = quarterOf(c.today);
  const wanted: Quarter = q.year !== undefined && q.quarter !== undefined ? { year: q.year, quarter: q.quarter } : current;
  const list = await quarterList(deps, actor, wanted, c);
  const known = [...(await deps.store.keyWork.quarters(actor.tenantId)), current, nextQuarter(current), wanted];
  const quarters = known.filter((x, i) => known.findIndex((y) => compareQuarters(x, y) === 0) === i).sort(compareQuarters).reverse();
  return {
    today: c.today,
    ...list,
    currentQuarter: quarterView(current, c.today),
    quarters: quarters.map((x) => quarterView(x, c.today)),
    canKeep: c.viewer.isOffice,
    /** Items of this (ended) quarter still unfinished and not yet carried over. */
    carryable: list.items.filter((i) => i.abilities.carryOver).length,
  };
}

/** The lists a 县长办公会议 reviews and deploys (art. 47): the quarters before and of a date. */
export async function keyWorkQuarters(deps: ServiceDeps, actor: Actor, quarters: readonly Quarter[]) {
  const c = await viewContext(deps, actor);
  return Promise.all(quarters.map((q) => quarterList(deps, actor, q, c)));
}

/** One item with its whole history (added, edits, reports, carry-over), its links and the topics that concern it. */
export async function getKeyWorkItem(deps: ServiceDeps, actor: Actor, id: string) {
  const c = await viewContext(deps, actor);
  const item = await loadItem(deps.store, actor.tenantId, id);
  const [entries, people, topics, to, from] = await Promise.all([
    deps.store.keyWork.entries(actor.tenantId, id), deps.store.org.people(actor.tenantId),
    deps.store.meetings.topics(actor.tenantId, { keyWorkItemId: id, limit: 50 }), deps.store.keyWork.carriedFrom(actor.tenantId, [id]),
    item.carriedFromId ? deps.store.keyWork.get(actor.tenantId, item.carriedFromId) : Promise.resolve(undefined),
  ]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(c.viewer.positions.map((p) => [p.id, p.title]));
  return {
    ...present(item, c, { from: link(from), to: link(to[0]) }),
    history: entries.map((e) => ({
      ...e,
      kindLabel: ENTRY_LABELS[e.kind],
      statusAfterLabel: KEY_WORK_STATUS_LABELS[e.statusAfter],
      previous: e.previous === null ? null : (JSON.parse(e.previous) as Record<string, unknown>),
      personName: e.personId ? (name.get(e.personId) ?? '') : '',
      onBehalfOfName: e.onBehalfOfPersonId ? (name.get(e.onBehalfOfPersonId) ?? '') : null,
      positionTitle: e.positionId ? (title.get(e.positionId) ?? '') : null,
    })),
    topics: topics.map((t) => ({ id: t.id, title: t.title, meetingKindLabel: MEETING_KIND_LABELS[t.meetingKind], status: t.status, statusLabel: TOPIC_STATUS_LABELS[t.status], meetingId: t.meetingId })),
  };
}
