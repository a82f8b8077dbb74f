/** Small helpers for validating untrusted input (year files, deadline requests). Internal. */

/** True for a plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short rendering of a received value for a Chinese error message. */
export function show(v: unknown): string {
  if (typeof v === 'string') return `“${v}”`;
  if (v === undefined) return '（缺失）';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}
