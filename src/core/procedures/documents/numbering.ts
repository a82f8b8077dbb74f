/**
 * 发文字号 (GB/T 9704-2012 §7.2.5): 机关代字 + 〔full year〕 + sequence + 号, the sequence without
 * leading zeros and without 第 — `云阳府发〔2025〕11号`. Orders (令) are numbered `…令第N号`.
 */

/** A 机关代字: Chinese characters (and letters/digits), no brackets or 号. */
export function isValidPrefix(prefix: string): boolean {
  return /^[\p{Script=Han}A-Za-z0-9]{2,16}$/u.test(prefix) && !prefix.endsWith('号');
}

export function formatDocumentNumber(prefix: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence must be a positive integer: ${seq}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have four digits: ${year}`);
  return prefix.endsWith('令') ? `${prefix}第${seq}号` : `${prefix}〔${year}〕${seq}号`;
}

const NUMBER = /^([\p{Script=Han}A-Za-z0-9]+)〔(\d{4})〕([1-9]\d*)号$/u;

/** Parses a number written to the standard; `undefined` for `[2025]`, `（2025）`, `011号` and the like. */
export function parseDocumentNumber(text: string): { prefix: string; year: number; seq: number } | undefined {
  const m = NUMBER.exec(text.trim());
  return m ? { prefix: m[1]!, year: Number(m[2]), seq: Number(m[3]) } : undefined;
}

/**
 * Art. 21: normative documents carry their own 代字 — 云阳府规 for the county government and
 * 云阳府办规 for its office — in place of the ordinary 云阳府发 / 云阳府办发.
 */
export function normativePrefix(ordinaryPrefix: string): string {
  return ordinaryPrefix.endsWith('发') ? `${ordinaryPrefix.slice(0, -1)}规` : `${ordinaryPrefix}规`;
}
