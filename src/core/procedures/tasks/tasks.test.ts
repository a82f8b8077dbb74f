import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideTask } from './tasks.decide.ts';
import type { Task } from './tasks.ts';

const task: Task = {
  id: 't1', title: '审核来文', kind: 'generic', ownerPositionId: 'pos-office', ownerPersonId: null, status: 'open',
  dueAt: '2025-11-03T16:00:00.000Z', dueDate: '2025-11-03', completedAt: null, completedByPersonId: null, note: null, version: 1,
};
const owner = { personId: 'p1', positionIds: ['pos-office'] };

test('the holder of the owning position completes a task in time (arts. 40, 52)', () => {
  const d = decideTask(task, { type: 'complete', note: '已办' }, owner, new Date('2025-11-03T08:00:00Z'));
  assert.ok(d.ok);
  assert.equal(d.task.status, 'done');
  assert.equal(d.task.version, 2);
  assert.deepEqual(d.verdicts.map((v) => v.outcome), ['allow', 'allow']);
});

test('someone else cannot complete it (art. 5)', () => {
  const d = decideTask(task, { type: 'complete' }, { personId: 'p2', positionIds: ['pos-other'] }, new Date('2025-11-03T08:00:00Z'));
  assert.equal(d.ok, false);
  assert.ok(!d.ok && d.code === 'RULE_BLOCKED');
  assert.ok(d.verdicts.some((v) => v.outcome === 'block' && v.cites.includes('yunyang-2025:5')));
});

test('a late completion goes through with a warning citing art. 40', () => {
  const d = decideTask(task, { type: 'complete' }, owner, new Date('2025-11-04T01:00:00Z'));
  assert.ok(d.ok);
  const warn = d.verdicts.find((v) => v.outcome === 'warn');
  assert.ok(warn?.cites.includes('yunyang-2025:40'));
  assert.match(warn?.message ?? '', /逾期/);
});

test('a done task cannot be completed again', () => {
  const d = decideTask({ ...task, status: 'done' }, { type: 'complete' }, owner, new Date('2025-11-03T08:00:00Z'));
  assert.ok(!d.ok && d.code === 'TASK_NOT_OPEN');
});
