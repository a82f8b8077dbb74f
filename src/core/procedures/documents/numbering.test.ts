import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDocumentNumber, isValidPrefix, normativePrefix, parseDocumentNumber } from './numbering.ts';

test('GB/T 9704 §7.2.5: 代字〔full year〕sequence号, no leading zeros, no 第', () => {
  assert.equal(formatDocumentNumber('云阳府发', 2025, 11), '云阳府发〔2025〕11号');
  assert.equal(formatDocumentNumber('云阳府办发', 2025, 3), '云阳府办发〔2025〕3号');
  assert.equal(formatDocumentNumber('云阳府规', 2025, 1), '云阳府规〔2025〕1号');
  assert.equal(formatDocumentNumber('云阳府办规', 2026, 1), '云阳府办规〔2026〕1号');
  assert.equal(formatDocumentNumber('云阳发改', 2026, 120), '云阳发改〔2026〕120号');
  assert.throws(() => formatDocumentNumber('云阳府发', 2025, 0));
  assert.throws(() => formatDocumentNumber('云阳府发', 25, 1));
});

test('orders are numbered 令第N号', () => {
  assert.equal(formatDocumentNumber('云阳县人民政府令', 2026, 2), '云阳县人民政府令第2号');
});

test('only numbers written to the standard parse', () => {
  assert.deepEqual(parseDocumentNumber('云阳府发〔2025〕11号'), { prefix: '云阳府发', year: 2025, seq: 11 });
  for (const bad of ['云阳府发[2025]11号', '云阳府发（2025）11号', '云阳府发〔2025〕011号', '云阳府发〔25〕11号', '云阳府发〔2025〕第11号', '云阳府发〔2025〕11']) {
    assert.equal(parseDocumentNumber(bad), undefined, bad);
  }
});

test('art. 21: normative documents use 云阳府规 and 云阳府办规', () => {
  assert.equal(normativePrefix('云阳府发'), '云阳府规');
  assert.equal(normativePrefix('云阳府办发'), '云阳府办规');
  assert.ok(isValidPrefix('云阳府发'));
  assert.ok(!isValidPrefix('云阳府〔发'));
  assert.ok(!isValidPrefix('云'));
});
