import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { againstMajority, collectiveForum, decideConclusion, headSpeaksLast, opinionReasons, tally, type Speech } from './discussion.ts';

const speech = (order: number, opinion: Speech['opinion'], head = false, role: Speech['role'] = 'member'): Speech => ({
  order, personId: `p${order}`, personName: `成员${order}`, positionTitle: '副县长', role, head, opinion, remarks: '理由充分的意见', at: '2025-11-11T01:00:00.000Z',
});

describe('discussion record (art. 24; 《重大行政决策程序暂行条例》第三十条)', () => {
  test('dissent and reservations carry reasons; members give an opinion, attendees report', () => {
    assert.equal(opinionReasons.check({ role: 'member', opinion: 'disagree', remarks: '' }).outcome, 'block');
    assert.equal(opinionReasons.check({ role: 'member', opinion: 'reserve', remarks: '待评估' }).outcome, 'block');
    assert.equal(opinionReasons.check({ role: 'member', opinion: 'reserve', remarks: '风险评估未完成' }).outcome, 'allow');
    assert.equal(opinionReasons.check({ role: 'member', opinion: 'agree', remarks: '' }).outcome, 'allow');
    assert.equal(opinionReasons.check({ role: 'member', opinion: 'report', remarks: '汇报' }).outcome, 'block');
    assert.equal(opinionReasons.check({ role: 'attendee', opinion: 'agree', remarks: '' }).outcome, 'block');
  });

  test('the 行政首长 speaks last on a major decision; other topics have no order', () => {
    const afterHead = [speech(1, 'agree'), speech(2, 'agree', true)];
    assert.equal(headSpeaksLast.check({ category: 'major-decision', speeches: afterHead, concluding: false }).outcome, 'block');
    assert.equal(headSpeaksLast.check({ category: 'general', speeches: afterHead, concluding: false }).outcome, 'allow');
    assert.equal(headSpeaksLast.check({ category: 'major-decision', speeches: afterHead, concluding: true }).outcome, 'allow');
    assert.equal(headSpeaksLast.check({ category: 'major-decision', speeches: [speech(1, 'agree', true)], concluding: true }).outcome, 'block', 'the others must speak first');
    assert.equal(headSpeaksLast.check({ category: 'major-decision', speeches: [speech(1, 'agree')], concluding: true }).outcome, 'block', 'the head has not spoken');
  });

  test('a conclusion against the majority states reasons: required for a major decision, asked for otherwise', () => {
    const s = [speech(1, 'disagree'), speech(2, 'disagree'), speech(3, 'agree', true), speech(4, 'report', false, 'attendee')];
    assert.deepEqual(tally(s), { agree: 1, disagree: 2, reserve: 0, members: 3 });
    assert.equal(againstMajority.check({ category: 'major-decision', speeches: s, outcome: 'adopted', reason: '' }).outcome, 'block');
    assert.equal(againstMajority.check({ category: 'general', speeches: s, outcome: 'adopted', reason: '' }).outcome, 'warn');
    assert.equal(againstMajority.check({ category: 'major-decision', speeches: s, outcome: 'adopted', reason: '项目紧迫，风险可控' }).outcome, 'allow');
    assert.equal(againstMajority.check({ category: 'major-decision', speeches: s, outcome: 'not-adopted', reason: '' }).outcome, 'allow', 'with the majority');
    assert.equal(againstMajority.check({ category: 'major-decision', speeches: s, outcome: 'deferred', reason: '' }).outcome, 'allow');
    const split = [speech(1, 'agree'), speech(2, 'disagree')];
    assert.equal(againstMajority.check({ category: 'major-decision', speeches: split, outcome: 'not-adopted', reason: '' }).outcome, 'allow', 'a tie is no majority');
  });

  test('art. 24: a normative document or a major decision is concluded only at the 全体会议 or 常务会议', () => {
    assert.equal(collectiveForum.check({ category: 'normative', kind: 'special' }).outcome, 'block');
    assert.equal(collectiveForum.check({ category: 'major-decision', kind: 'head-office' }).outcome, 'block');
    assert.equal(collectiveForum.check({ category: 'major-decision', kind: 'plenary' }).outcome, 'allow');
    assert.equal(collectiveForum.check({ category: 'general', kind: 'special' }).outcome, 'allow');
    const d = decideConclusion({ category: 'major-decision', kind: 'special', speeches: [speech(1, 'agree'), speech(2, 'agree', true)], outcome: 'adopted', reason: '' });
    assert.equal(d.ok, false);
    assert.deepEqual(d.verdicts.map((v) => v.rule), ['discussion.collective-forum', 'discussion.head-last', 'discussion.against-majority']);
  });
});
