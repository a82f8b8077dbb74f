import { DomainError } from '../../core/kernel/result.ts';
import { DOSSIER_STATUS_LABELS, DOSSIER_TRANSITIONS, type DossierCommandType } from '../../core/procedures/major-decisions/major-decisions.machine.ts';
import type { EntryDataByKind, EntryKind } from '../../core/procedures/major-decisions/major-decisions.ts';
import { permits, type Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MajorDecisionEntryRecord, MajorDecisionRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { appendEntry, decisionNow, decisionViewer, loadDossier, saveDossier, withRefusalRecorded, type DecisionViewer, type Now } from './decision-context.ts';

export interface ActContext {
  readonly tx: Tx;
  readonly now: Now;
  readonly viewer: DecisionViewer;
  readonly dossier: MajorDecisionRecord;
}

export interface ActResult<K extends EntryKind> {
  readonly kind: K;
  readonly data: EntryDataByKind[K];
  /** The rules' verdicts; any block refuses the whole command. */
  readonly verdicts: readonly Verdict[];
  readonly post: { readonly positionId: string | null; readonly onBehalfOf: string | null };
  readonly changes?: Partial<MajorDecisionRecord>;
  /** Further writes in the same transaction once the dossier is saved (待办, portal rows, other dossiers). */
  readonly after?: (next: MajorDecisionRecord) => Promise<void>;
}

export interface ActOutcome<K extends EntryKind> {
  readonly dossier: MajorDecisionRecord;
  readonly entry: MajorDecisionEntryRecord<K>;
  readonly verdicts: readonly Verdict[];
}

/**
 * One command on a dossier, in one transaction: the transition table says whether the command is
 * possible from the dossier's status (409 otherwise); `body` gathers the facts and the rules'
 * verdicts; a block refuses everything (and the refusal is audited); otherwise the dossier's new
 * state, its entry with the evidence and the audit event are written together.
 */
export async function actOnDossier<K extends EntryKind>(
  deps: ServiceDeps, actor: Actor, id: string, command: DossierCommandType, label: string, body: (c: ActContext) => ActResult<K> | Promise<ActResult<K>>,
): Promise<ActOutcome<K>> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'major-decision', id }, label, () => deps.store.transaction(async (tx) => {
    const dossier = await loadDossier(tx, actor.tenantId, id);
    const t = DOSSIER_TRANSITIONS[dossier.status][command];
    if (!t) throw new DomainError('CONFLICT', `该重大行政决策当前为“${DOSSIER_STATUS_LABELS[dossier.status]}”，不能${label}`);
    const viewer = await decisionViewer(deps.store, tx, actor, now);
    const r = await body({ tx, now, viewer, dossier });
    const verdicts = [now.packVerdict, ...r.verdicts];
    if (!permits(verdicts)) throw ruleBlocked(verdicts);
    const next: MajorDecisionRecord = { ...dossier, ...r.changes, status: t.to, updatedAt: now.at.toISOString(), version: dossier.version + 1 };
    await saveDossier(tx, next);
    const entry = await appendEntry(deps, tx, actor, now, next, r.kind, r.data, r.post, verdicts);
    await r.after?.(next);
    return { dossier: next, entry, verdicts };
  }));
}
