import { permits, type Verdict } from '../../rules/rule.ts';
import { NORMATIVE_TRANSITIONS, type NormativeCommandType } from './normative.machine.ts';
import { contentCheck, deliberationMissing, stepOrder } from './normative.rules.ts';
import { STEPS, type NormativeEvidence, type NormativeStatus, type Step } from './normative.ts';

export interface NormativeFacts {
  readonly status: NormativeStatus;
  readonly affectsMarket: boolean;
  readonly evidence: NormativeEvidence;
}

const BEFORE_CONSULTED: ReadonlySet<NormativeStatus> = new Set(['initiated', 'drafted', 'consulting']);

/** Whether a step's evidence is on the record (or the step does not apply). Pure. */
export function stepDone(f: NormativeFacts, step: Step): boolean {
  const e = f.evidence;
  switch (step) {
    case 'designate': return true;
    case 'draft': return e.draft !== null;
    case 'consult': return !BEFORE_CONSULTED.has(f.status);
    case 'competition': return !f.affectsMarket || e.competitionReview?.outcome === 'pass';
    case 'legality': return e.legalityOpinion?.outcome === 'lawful';
    case 'completeness': return e.completeness?.outcome === 'complete';
    case 'deliberation': return e.deliberation !== null;
    case 'sign': return e.signOff !== null;
    case 'number': return e.number !== null;
    case 'publish': return e.publication !== null;
    case 'filing': return f.status !== 'published';
  }
}

/** The first step whose evidence is missing, or null once the document is published and filed (or ended). */
export function firstMissingStep(f: NormativeFacts): Step | null {
  return STEPS.find((s) => !stepDone(f, s)) ?? null;
}

/** The step a command evidences, for the refusal of a command out of turn. */
const COMMAND_LABELS: Readonly<Record<NormativeCommandType, string>> = {
  draft: '提交起草稿', 'resolve-flag': '确认疑似表述', 'open-consultation': '公开征求意见', 'conclude-consultation': '结束征求意见', 'competition-initial': '填写公平竞争初审意见',
  'competition-review': '作出公平竞争审查结论', 'submit-legality': '送请合法性审查', 'legality-opinion': '出具合法性审查意见', completeness: '进行完备性审核',
  'propose-topic': '提请会议审议', 'record-deliberation': '登记集体讨论决定', sign: '签发', number: '编号', publish: '公布', file: '报送备案', cleanup: '登记清理结论', repeal: '废止', expire: '宣布失效',
};
export const commandLabel = (c: NormativeCommandType): string => COMMAND_LABELS[c];

/**
 * Whether a command may be given in the document's status. Out of turn it is refused by
 * `normative.step-order`, naming the step whose evidence is missing. Pure.
 */
export function decideTurn(f: NormativeFacts, command: NormativeCommandType): { ok: true; to: NormativeStatus } | { ok: false; verdict: Verdict } {
  const t = NORMATIVE_TRANSITIONS[f.status][command];
  if (t) return { ok: true, to: t.to };
  const missing = firstMissingStep(f) ?? 'filing';
  if (f.status === 'amended' || f.status === 'repealed' || f.status === 'expired') {
    return { ok: false, verdict: { rule: 'normative.step-order', outcome: 'block', cites: ['yunyang-2025:18'], message: `第十八条：该规范性文件已${f.status === 'amended' ? '修改' : f.status === 'repealed' ? '废止' : '失效'}，不能${COMMAND_LABELS[command]}` } };
  }
  return { ok: false, verdict: stepOrder(missing, COMMAND_LABELS[command]) };
}

/** The readiness the meetings ask for (art. 20): ready only after the legality review and the completeness check passed. Pure. */
export function deliberationReadiness(f: NormativeFacts): { ready: boolean; missing: string[] } {
  const e = f.evidence;
  const missing = deliberationMissing({
    legalityPassed: stepDone(f, 'legality'), legalityUnlawful: e.legalityHistory.some((h) => h.outcome === 'unlawful') || e.legalityOpinion?.outcome === 'unlawful',
    completenessPassed: stepDone(f, 'completeness'), consulted: stepDone(f, 'consult'),
  });
  return { ready: missing.length === 0, missing };
}

/** Advancing past the draft needs every content flag resolved (art. 19). Pure. */
export function flagsResolved(f: NormativeFacts): { ok: boolean; verdicts: readonly Verdict[] } {
  const verdicts = [contentCheck.check({ flags: f.evidence.flags, advancing: true })];
  return { ok: permits(verdicts), verdicts };
}
