/**
 * Chinese numerals as used in article numbers: 第二十条, 第一百零一条, 第（十五）项.
 * Only the forms legal texts use: 一 … 九千九百九十九, with 零 for skipped places and a bare
 * 十 for 10–19 (十一, not 一十一) at the start of a number.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/** The largest number `toChineseNumeral` accepts. */
export const MAX_CHINESE_NUMERAL = 9999;

/**
 * Writes an integer 1..9999 in Chinese numerals: 1→一, 10→十, 11→十一, 20→二十, 100→一百,
 * 101→一百零一, 110→一百一十, 203→二百零三, 1010→一千零一十. Throws a RangeError otherwise.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`toChineseNumeral: expected an integer from 1 to ${MAX_CHINESE_NUMERAL}, got ${n}`);
  }
  const places = String(n).split('').map(Number); // most significant first
  let out = '';
  let pendingZero = false;
  places.forEach((digit, i) => {
    const unit = UNITS[places.length - 1 - i] ?? '';
    if (digit === 0) {
      // One 零 stands for any run of skipped places, and only when a non-zero place follows.
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 10–19 are written 十, 十一 … (the leading 一 is dropped only at the start of the number).
    const omitOne = digit === 1 && unit === '十' && out === '';
    out += (omitOne ? '' : DIGITS[digit]) + unit;
  });
  return out;
}

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a Chinese numeral 1..9999 written the way `toChineseNumeral` writes it (一, 十五, 一百零一,
 * 二千零二十 …; 两 and 〇 are accepted too); returns undefined for anything else, including
 * colloquial shortenings such as 一百一 (110).
 */
export function parseChineseNumeral(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined; // a digit waiting for its unit
  let zero = false; // a 零 was written since the last unit
  let lastUnit = 10_000; // the unit of the previous place written
  for (const ch of s) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== undefined) return undefined; // two digits in a row
      if (d === 0) {
        if (zero || total === 0) return undefined; // 零 only once, and only after a place
        zero = true;
      } else {
        digit = d;
      }
      continue;
    }
    const u = UNIT_VALUE[ch];
    if (u === undefined || u >= lastUnit) return undefined;
    // A bare 十 at the start means 一十; elsewhere every unit needs its digit.
    const value = digit ?? (u === 10 && total === 0 && !zero ? 1 : undefined);
    if (value === undefined) return undefined;
    // Skipping a place needs 零 (一千零一十), and 零 is only written when a place is skipped.
    const skipped = total > 0 && u < lastUnit / 10;
    if (skipped !== zero) return undefined;
    total += value * u;
    lastUnit = u;
    digit = undefined;
    zero = false;
  }
  if (digit !== undefined) {
    const skipped = total > 0 && lastUnit > 10;
    if (skipped !== zero) return undefined;
    total += digit;
  } else if (zero) {
    return undefined; // a trailing 零
  }
  return total >= 1 && total <= MAX_CHINESE_NUMERAL ? total : undefined;
}
