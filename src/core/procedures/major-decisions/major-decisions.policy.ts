import { DOSSIER_TRANSITIONS, EDITION_TRANSITIONS, type DossierCommandType } from './major-decisions.machine.ts';
import type { DossierStatus, EditionStatus } from './major-decisions.ts';
import type { LegalityStateFacts } from './major-decisions.rules.ts';

/** Where the actor stands towards one dossier, from the posts they act for at the moment. */
export interface DossierActor {
  /** The county government office (permission decision:manage): the 决策机关's working body. */
  readonly office: boolean;
  /** Acts for a post in the undertaking unit (or one of its 科室). */
  readonly inUndertaking: boolean;
  /** Acts for a post in the body with duty `justice` (县司法局). */
  readonly inJustice: boolean;
  /** Acts for a post in the body with duty `market-regulation`. */
  readonly inMarket: boolean;
  /** Acts for a post in one of the bodies the decision concerns. */
  readonly inConcerned: boolean;
  /** Acts for a post in the designated execution unit. */
  readonly inExecution: boolean;
  /** Acts for a post in the unit evaluating the decision now. */
  readonly inEvaluator: boolean;
  /** Acts for the 县长's post (the 行政首长 of 条例第三十七条). */
  readonly actsForHead: boolean;
  /** May put a topic to a meeting (a county leader, a unit's principal, the office director: arts. 46, 47). */
  readonly mayPropose: boolean;
  /** Acts for a county leader's post (any leader may put a matter to the meeting, arts. 45, 46). */
  readonly leader: boolean;
}

/** What the dossier's state says beyond its status. */
export interface DossierSituation {
  readonly status: DossierStatus;
  readonly legality: LegalityStateFacts['state'];
  /** The submitted topic was refused or withdrawn in the meetings module. */
  readonly topicClosed: boolean;
  readonly topicDiscussed: boolean;
  readonly partyReported: boolean;
  readonly pendingChange: boolean;
  readonly pendingChangeDiscussed: boolean;
  readonly openEvaluation: boolean;
}

const can = (s: DossierStatus, c: DossierCommandType) => DOSSIER_TRANSITIONS[s][c] !== undefined;

/** What the actor may do with a dossier now; the screens show exactly these (the server checks them again). */
export function dossierAbilities(x: DossierSituation, a: DossierActor) {
  const s = x.status;
  const preparer = a.office || a.inUndertaking;
  const underReview = x.legality === 'sent' || x.legality === 'received';
  return {
    editDraft: preparer && can(s, 'edit-draft') && !underReview,
    participation: preparer && can(s, 'participation'),
    publicComment: preparer && can(s, 'public-comment'),
    expert: preparer && can(s, 'expert-opinion'),
    risk: preparer && can(s, 'risk'),
    bodyOpinion: (preparer || a.inConcerned) && can(s, 'body-opinion'),
    fairCompetition: (a.inUndertaking || a.inMarket) && can(s, 'fair-competition'),
    legalitySend: preparer && can(s, 'legality-send') && !underReview,
    legalityReceive: a.inJustice && can(s, 'legality-receive') && x.legality === 'sent',
    legalityOpinion: a.inJustice && can(s, 'legality-opinion') && x.legality === 'received',
    submit: a.mayPropose && (a.office || a.inUndertaking || a.leader) && can(s, 'submit'),
    reopen: preparer && can(s, 'reopen') && x.topicClosed,
    recordDecision: a.office && can(s, 'record-adopted') && x.topicDiscussed,
    partyReport: a.office && can(s, 'party-report') && !x.partyReported,
    publish: a.office && can(s, 'publish') && x.partyReported,
    designate: a.office && can(s, 'designate'),
    progress: (a.office || a.inExecution) && can(s, 'progress'),
    evaluationStart: a.office && can(s, 'evaluation-start') && !x.openEvaluation,
    evaluationReport: (a.office || a.inEvaluator) && can(s, 'evaluation-report') && x.openEvaluation,
    suspendUrgently: a.actsForHead && can(s, 'suspend-urgently'),
    proposeChange: a.mayPropose && (a.office || a.inExecution || a.inUndertaking || a.leader) && can(s, 'propose-change') && !x.pendingChange,
    recordChange: a.office && x.pendingChange && x.pendingChangeDiscussed,
  };
}

export type DossierAbilities = ReturnType<typeof dossierAbilities>;

/** What the office may do with a catalogue edition now. */
export function editionAbilities(status: EditionStatus, office: boolean, isLatest: boolean) {
  const t = EDITION_TRANSITIONS[status];
  return {
    addItem: office && isLatest && t['add-item'] !== undefined,
    withdrawItem: office && isLatest && t['withdraw-item'] !== undefined,
    consent: office && t.consent !== undefined,
    publish: office && t.publish !== undefined,
    adjust: office && isLatest && status === 'published',
  };
}
