import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideFindingCommand, type FindingContext } from './audit-findings.decide.ts';
import { FINDING_STATUS_LABELS, FINDING_TRANSITIONS } from './audit-findings.machine.ts';
import { canSeeFinding, findingAbilities } from './audit-findings.policy.ts';
import type { FindingStatus } from './audit-findings.ts';

const bureau: FindingContext = { inAuditBureau: true, inAuditedBody: false, today: '2025-11-03', bureauName: '县审计局', auditedBodyName: '县发展改革委' };
const audited: FindingContext = { ...bureau, inAuditBureau: false, inAuditedBody: true };
const outsider: FindingContext = { ...bureau, inAuditBureau: false, inAuditedBody: false };
const open = { status: 'rectifying' as FindingStatus, dueDate: '2025-12-31' };

test('the transition table is exhaustive and every status has a label', () => {
  assert.deepEqual(Object.keys(FINDING_TRANSITIONS).sort(), Object.keys(FINDING_STATUS_LABELS).sort());
  assert.deepEqual(Object.keys(FINDING_TRANSITIONS.rectified).sort(), ['amend', 'follow-up']);
});

test('art. 9: only the audit bureau concludes, follows up or amends; anyone else is refused citing 第九条', () => {
  for (const command of [
    { type: 'mark-rectified', note: '已整改' },
    { type: 'mark-not-rectified', note: '未到位' },
    { type: 'follow-up', requirement: '继续整改', dueDate: '2026-01-31' },
    { type: 'amend', title: '新标题', note: '更正' },
  ] as const) {
    for (const who of [audited, outsider]) {
      const d = decideFindingCommand(open, command, who);
      assert.equal(d.ok, false);
      assert.equal(d.ok ? '' : d.code, 'RULE_BLOCKED');
      assert.deepEqual(d.verdicts[0]?.cites, ['yunyang-2025:9']);
      assert.match(d.verdicts[0]?.message ?? '', /^第九条：县审计局在县长和市审计局的双重领导下依法独立行使审计监督职能，不受其他行政机关、社会团体和个人的干涉/);
    }
    assert.equal(decideFindingCommand(open, command, bureau).ok, true);
  }
});

test('art. 35: the audited body reports; the bureau cannot report for it; a report may not be dated in the future', () => {
  const report = { type: 'report', text: '已完成整改', reportDate: '2025-11-03' } as const;
  const ok = decideFindingCommand(open, report, audited);
  assert.equal(ok.ok && ok.status, 'reported');
  const notMine = decideFindingCommand(open, report, bureau);
  assert.equal(notMine.ok, false);
  assert.deepEqual(notMine.verdicts[0]?.cites, ['yunyang-2025:35']);
  const future = decideFindingCommand(open, { ...report, reportDate: '2025-11-04' }, audited);
  assert.equal(!future.ok && future.code, 'VALIDATION_FAILED');
});

test('已整改 closes a finding: no more reports; only a follow-up reopens it', () => {
  const closed = { status: 'rectified' as FindingStatus, dueDate: '2025-12-31' };
  const r = decideFindingCommand(closed, { type: 'report', text: '补充', reportDate: '2025-11-03' }, audited);
  assert.equal(!r.ok && r.code, 'INVALID_STATE');
  const f = decideFindingCommand(closed, { type: 'follow-up', requirement: '问题反弹，继续整改', dueDate: '2026-01-31' }, bureau);
  assert.equal(f.ok && f.status, 'rectifying');
  const past = decideFindingCommand(closed, { type: 'follow-up', requirement: '继续', dueDate: '2025-11-03' }, bureau);
  assert.equal(!past.ok && past.code, 'VALIDATION_FAILED');
});

test('abilities and visibility follow the post', () => {
  assert.deepEqual(findingAbilities(open, audited), { report: true, 'mark-rectified': false, 'mark-not-rectified': false, 'follow-up': false, amend: false });
  assert.deepEqual(findingAbilities(open, outsider), { report: false, 'mark-rectified': false, 'mark-not-rectified': false, 'follow-up': false, amend: false });
  assert.equal(findingAbilities({ ...open, status: 'not-rectified' }, bureau)['mark-not-rectified'], false);
  assert.equal(canSeeFinding({ seesAll: false, bodyIds: new Set(['fgw']) }, 'fgw'), true);
  assert.equal(canSeeFinding({ seesAll: false, bodyIds: new Set(['sfj']) }, 'fgw'), false);
  assert.equal(canSeeFinding({ seesAll: true, bodyIds: new Set() }, 'fgw'), true);
});
