import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NORMATIVE_STATUSES, type NormativeEvidence } from './normative.ts';
import { NORMATIVE_TRANSITIONS } from './normative.machine.ts';
import { decideTurn, deliberationReadiness, firstMissingStep, type NormativeFacts } from './normative.decide.ts';
import { draftingDesignation, filingDeadline, legalityReviewTime, numbering } from './normative.rules.ts';

const signed = { byPersonId: 'p', byName: '某人', at: '2025-11-03T01:00:00.000Z' };
const EMPTY: NormativeEvidence = {
  designation: { ...signed, basis: '县政府指定', note: '' }, draft: null, flags: [], consultationId: null, consultation: null, competitionInitial: null, competitionReview: null,
  legality: null, legalityOpinion: null, legalityHistory: [], completeness: null, deliberation: null, signOff: null, number: null, publication: null, cleanups: [], ending: null,
};
const facts = (over: Partial<NormativeFacts> = {}, ev: Partial<NormativeEvidence> = {}): NormativeFacts => ({ status: 'initiated', affectsMarket: false, ...over, evidence: { ...EMPTY, ...ev } });

void describe('normative documents: the transition table and decisions', () => {
  void it('has a row for every status; ended documents accept no command', () => {
    assert.deepEqual(Object.keys(NORMATIVE_TRANSITIONS).sort(), [...NORMATIVE_STATUSES].sort());
    for (const s of ['amended', 'repealed', 'expired'] as const) assert.deepEqual(NORMATIVE_TRANSITIONS[s], {});
  });

  void it('第十九条 / 第二十条: a command out of turn is refused naming the first missing step and its article', () => {
    const r = decideTurn(facts({ status: 'drafted' }, { draft: { ...signed, text: 't', explanation: 'e', necessity: 'n', feasibility: 'f' } }), 'sign');
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.verdict.rule, 'normative.step-order');
      assert.match(r.verdict.message, /尚未完成“公开征求意见”，不能签发/);
    }
    assert.equal(firstMissingStep(facts()), 'draft');
  });

  void it('第二十条: readiness needs the legality review and the completeness check; consultation does not replace the review', () => {
    const r = deliberationReadiness(facts({ status: 'consulted' }));
    assert.equal(r.ready, false);
    assert.match(r.missing[0]!, /合法性审查不能以征求意见代替/);
    const ok = deliberationReadiness(facts({ status: 'checked' }, { legalityOpinion: { ...signed, outcome: 'lawful', opinion: '合法' }, completeness: { ...signed, outcome: 'complete', note: '齐全' } }));
    assert.deepEqual(ok, { ready: true, missing: [] });
  });

  void it('第十九条: one lead, co-drafters distinct from it', () => {
    assert.equal(draftingDesignation.check({ leadBodyId: 'a', leadBodyKind: 'department', coBodyIds: ['b'], coBodyKinds: ['department'] }).outcome, 'allow');
    assert.equal(draftingDesignation.check({ leadBodyId: 'a', leadBodyKind: 'department', coBodyIds: ['a'], coBodyKinds: ['department'] }).outcome, 'block');
    assert.equal(draftingDesignation.check({ leadBodyId: 'a', leadBodyKind: 'outside', coBodyIds: [], coBodyKinds: [] }).outcome, 'block');
  });

  void it('第二十条: a requested review date before the minimum is refused; the minimum itself is allowed', () => {
    const base = { minimumDueDate: '2025-12-15', minimumWorkdays: 7, summary: '…' };
    assert.equal(legalityReviewTime.check({ ...base, requestedDate: '2025-12-12' }).outcome, 'block');
    assert.equal(legalityReviewTime.check({ ...base, requestedDate: '2025-12-15' }).outcome, 'allow');
    assert.equal(legalityReviewTime.check({ ...base, requestedDate: null }).outcome, 'allow');
  });

  void it('第十八条: a late filing is a warning with the days late; 第二十一条: 云阳府规 and 云阳府办规', () => {
    const late = filingDeadline.check({ authority: 'npc', dueDate: '2026-01-15', filedDate: '2026-01-20', days: 30, lateDays: 5 });
    assert.equal(late.outcome, 'warn');
    assert.match(late.message, /逾期5日/);
    assert.equal(filingDeadline.check({ authority: 'city', dueDate: '2026-01-15', filedDate: '2026-01-15', days: 30, lateDays: 0 }).outcome, 'allow');
    assert.equal(numbering.check({ issuer: 'government', prefix: '云阳府规' }).outcome, 'allow');
    assert.equal(numbering.check({ issuer: 'office', prefix: '云阳府办规' }).outcome, 'allow');
    assert.equal(numbering.check({ issuer: 'office', prefix: '云阳府规' }).outcome, 'block');
  });
});
