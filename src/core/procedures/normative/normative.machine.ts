import type { NormativeStatus, Step } from './normative.ts';

/** Who may give a command: by role (the office) or by the post acted for (the drafting department, the justice bureau …). */
export type Actor = 'office' | 'drafter' | 'drafter-or-justice' | 'market-regulation' | 'justice' | 'county-head' | 'proposer';

type Transition = { readonly to: NormativeStatus; readonly guards: readonly string[]; readonly actor: Actor; readonly step: Step };

export type NormativeCommandType =
  | 'draft' | 'resolve-flag' | 'open-consultation' | 'conclude-consultation' | 'competition-initial' | 'competition-review' | 'submit-legality'
  | 'legality-opinion' | 'completeness' | 'propose-topic' | 'record-deliberation' | 'sign' | 'number' | 'publish' | 'file' | 'cleanup' | 'repeal' | 'expire';

/** Proposing the deliberation topic leaves the status as it is; the meeting's admission asks readiness (art. 20). */
const proposeHere = (to: NormativeStatus): Transition => ({ to, guards: ['topic.proposer'], actor: 'proposer', step: 'deliberation' });
const after = (to: NormativeStatus): Partial<Record<NormativeCommandType, Transition>> => ({
  cleanup: { to, guards: ['normative.cleanup'], actor: 'office', step: 'filing' },
  repeal: { to: 'repealed', guards: ['normative.ending'], actor: 'office', step: 'filing' },
  expire: { to: 'expired', guards: ['normative.ending'], actor: 'office', step: 'filing' },
});

/**
 * The lifecycle, one exhaustive table: each command, the status it leads to, the rules that guard
 * it, who gives it and the step it evidences. A command not listed for a status is refused by
 * `normative.step-order` naming the step still missing and its article.
 */
export const NORMATIVE_TRANSITIONS: Readonly<Record<NormativeStatus, Partial<Record<NormativeCommandType, Transition>>>> = {
  initiated: {
    draft: { to: 'drafted', guards: ['normative.assessment', 'normative.content-check'], actor: 'drafter', step: 'draft' },
  },
  drafted: {
    'propose-topic': proposeHere('drafted'),
    draft: { to: 'drafted', guards: ['normative.assessment', 'normative.content-check'], actor: 'drafter', step: 'draft' },
    'resolve-flag': { to: 'drafted', guards: ['normative.content-check'], actor: 'drafter-or-justice', step: 'draft' },
    'open-consultation': { to: 'consulting', guards: ['normative.content-check', 'consultation.window'], actor: 'drafter', step: 'consult' },
  },
  consulting: {
    'propose-topic': proposeHere('consulting'),
    'conclude-consultation': { to: 'consulted', guards: ['normative.consultation-done'], actor: 'drafter', step: 'consult' },
  },
  consulted: {
    'propose-topic': proposeHere('consulted'),
    draft: { to: 'consulted', guards: ['normative.assessment', 'normative.content-check'], actor: 'drafter', step: 'draft' },
    'resolve-flag': { to: 'consulted', guards: ['normative.content-check'], actor: 'drafter-or-justice', step: 'draft' },
    'competition-initial': { to: 'consulted', guards: ['normative.fair-competition'], actor: 'drafter', step: 'competition' },
    'competition-review': { to: 'consulted', guards: ['normative.fair-competition'], actor: 'market-regulation', step: 'competition' },
    'submit-legality': { to: 'legality-review', guards: ['normative.content-check', 'normative.fair-competition', 'normative.legality-package', 'normative.legality-review-time'], actor: 'drafter', step: 'legality' },
  },
  'legality-review': {
    'propose-topic': proposeHere('legality-review'),
    // An unlawful finding sends the draft back to the drafting department (status `consulted`).
    'legality-opinion': { to: 'legality-passed', guards: ['normative.legality-review'], actor: 'justice', step: 'legality' },
  },
  'legality-passed': {
    'propose-topic': proposeHere('legality-passed'),
    completeness: { to: 'checked', guards: ['normative.completeness'], actor: 'office', step: 'completeness' },
  },
  checked: {
    'propose-topic': proposeHere('checked'),
    'record-deliberation': { to: 'adopted', guards: ['normative.deliberation'], actor: 'office', step: 'deliberation' },
  },
  adopted: {
    sign: { to: 'signed', guards: ['normative.sign-off'], actor: 'county-head', step: 'sign' },
  },
  signed: {
    number: { to: 'numbered', guards: ['normative.numbering'], actor: 'office', step: 'number' },
  },
  numbered: {
    publish: { to: 'published', guards: ['normative.publication'], actor: 'office', step: 'publish' },
  },
  published: {
    file: { to: 'published', guards: ['normative.filing-package', 'normative.filing-deadline'], actor: 'office', step: 'filing' },
    ...after('published'),
  },
  filed: after('filed'),
  amended: {},
  repealed: {},
  expired: {},
};
