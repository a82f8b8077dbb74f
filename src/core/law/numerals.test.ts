import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseChineseNumeral, toChineseNumeral } from './numerals.ts';

void describe('toChineseNumeral', () => {
  const cases: [number, string][] = [
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [71, '七十一'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [203, '二百零三'],
    [230, '二百三十'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [1260, '一千二百六十'],
    [2020, '二千零二十'],
    [9999, '九千九百九十九'],
  ];
  for (const [n, expected] of cases) {
    void it(`${n} → ${expected}`, () => assert.equal(toChineseNumeral(n), expected));
  }

  void it('refuses numbers outside 1..9999 and fractions', () => {
    for (const bad of [0, -1, 10_000, 1.5, Number.NaN]) assert.throws(() => toChineseNumeral(bad), RangeError);
  });
});

void describe('parseChineseNumeral', () => {
  void it('reads back every number 1..9999', () => {
    for (let n = 1; n <= 9999; n += 1) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n);
  });

  void it('accepts 两, 〇 and 一十', () => {
    assert.equal(parseChineseNumeral('两百'), 200);
    assert.equal(parseChineseNumeral('一百〇一'), 101);
    assert.equal(parseChineseNumeral('一十五'), 15);
  });

  void it('rejects what is not a numeral, and colloquial shortenings', () => {
    for (const bad of ['', '零', '一一', '百', '一百零', '一百十', '一千十', '一百一', '十百', '一零一', '五万', 'abc', '二十零']) {
      assert.equal(parseChineseNumeral(bad), undefined, bad);
    }
  });
});
