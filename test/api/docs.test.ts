import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { procedureDocs } from '../../scripts/procedure-docs-content.ts';

test('docs/procedures.md is generated from the transition tables (run `npm run docs`)', () => {
  assert.equal(readFileSync(new URL('../../docs/procedures.md', import.meta.url), 'utf8'), procedureDocs());
});
