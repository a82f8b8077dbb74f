import { FINDING_TRANSITIONS } from './audit-findings.machine.ts';
import type { FindingActor, FindingCommandType, FindingState } from './audit-findings.ts';

/** What the actor may do with a finding now; the screens show exactly these. */
export function findingAbilities(state: FindingState, actor: FindingActor): Readonly<Record<FindingCommandType, boolean>> {
  const t = FINDING_TRANSITIONS[state.status];
  return {
    report: t.report !== undefined && actor.inAuditedBody,
    'mark-rectified': t['mark-rectified'] !== undefined && actor.inAuditBureau,
    'mark-not-rectified': t['mark-not-rectified'] !== undefined && actor.inAuditBureau,
    'follow-up': t['follow-up'] !== undefined && actor.inAuditBureau,
    amend: t.amend !== undefined && actor.inAuditBureau,
  };
}

/** Who may see a finding: the audit bureau, county leaders and the office see all; the audited body its own. */
export function canSeeFinding(viewer: { readonly seesAll: boolean; readonly bodyIds: ReadonlySet<string> }, auditedBodyId: string): boolean {
  return viewer.seesAll || viewer.bodyIds.has(auditedBodyId);
}
