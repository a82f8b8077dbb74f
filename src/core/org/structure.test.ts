import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyPath, bodyWithUnits, checkNewBody, checkNewPosition, topLevelBody, type BodyNode } from './structure.ts';
import { agencyScope } from './org.rules.ts';

const bodies: (BodyNode & { duty?: string | null })[] = [
  { id: 'gov', code: 'gov', name: '云阳县人民政府', kind: 'government', parentId: null },
  { id: 'office', code: 'office', name: '县政府办公室', kind: 'office', parentId: 'gov' },
  { id: 'msk', code: 'office-msk', name: '秘书科', kind: 'unit', parentId: 'office' },
  { id: 'msk-1', code: 'office-msk-1', name: '文电组', kind: 'unit', parentId: 'msk' },
  { id: 'sjj', code: 'sjj', name: '县审计局', kind: 'department', parentId: 'gov', duty: 'audit' },
  { id: 'rd', code: 'rd', name: '县人大常委会', kind: 'outside', parentId: null },
  { id: 'loop-a', code: 'la', name: 'A科', kind: 'unit', parentId: 'loop-b' },
  { id: 'loop-b', code: 'lb', name: 'B科', kind: 'unit', parentId: 'loop-a' },
];

test('a 科室 resolves to the body it sits in, at any depth; a cycle resolves to nothing', () => {
  assert.equal(topLevelBody(bodies, 'msk')?.id, 'office');
  assert.equal(topLevelBody(bodies, 'msk-1')?.id, 'office');
  assert.equal(topLevelBody(bodies, 'sjj')?.id, 'sjj');
  assert.equal(topLevelBody(bodies, 'loop-a'), undefined);
  assert.equal(topLevelBody(bodies, 'nope'), undefined);
});

test('a body with its 科室, and the path shown on the chart', () => {
  assert.deepEqual([...bodyWithUnits(bodies, 'office')].sort(), ['msk', 'msk-1', 'office']);
  assert.deepEqual([...bodyWithUnits(bodies, 'sjj')], ['sjj']);
  assert.equal(bodyPath(bodies, 'msk-1'), '县政府办公室 · 秘书科 · 文电组');
  assert.equal(bodyPath(bodies, 'office'), '县政府办公室');
});

test('a new body: 科室 needs a parent of this government; duplicate code, unknown kind, second duty refused', () => {
  const base = { name: '新科', parentId: null, agencyType: null, duty: null };
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'u1', kind: 'unit' }).map((p) => p.code), ['parent-required']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'u1', kind: 'unit', parentId: 'rd' }).map((p) => p.code), ['foreign-parent']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'u1', kind: 'unit', parentId: 'ghost' }).map((p) => p.code), ['unknown-parent']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'office-msk', kind: 'committee', parentId: 'gov' }).map((p) => p.code), ['duplicate-code', 'unknown-kind']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'x', kind: 'department', parentId: 'gov', duty: 'audit' }).map((p) => p.code), ['duty-taken']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'x', kind: 'department', parentId: 'gov', agencyType: 'dispatched' }).map((p) => p.code), ['agency-type']);
  assert.deepEqual(checkNewBody(bodies, { ...base, code: 'u2', kind: 'unit', parentId: 'msk' }), []);
});

test('a new post: code unused, kind from the fixed list, body known', () => {
  assert.deepEqual(checkNewPosition(bodies, [{ code: 'a' }], { code: 'a', title: 't', kind: 'boss', bodyId: 'ghost' }).map((p) => p.field), ['code', 'kind', 'bodyId']);
  assert.deepEqual(checkNewPosition(bodies, [], { code: 'b', title: '秘书科科长', kind: 'unit-head', bodyId: 'msk' }), []);
});

test('art. 69: an agency is accepted with its category and refused without (第六十九条)', () => {
  assert.equal(agencyScope.check({ name: '云阳工业园区管委会', agencyType: null }).outcome, 'block');
  const v = agencyScope.check({ name: '云阳工业园区管委会', agencyType: 'dispatched' });
  assert.equal(v.outcome, 'allow');
  assert.match(v.message, /^第六十九条：云阳工业园区管委会为县政府派出机构/);
  assert.deepEqual(v.cites, ['yunyang-2025:69']);
});
