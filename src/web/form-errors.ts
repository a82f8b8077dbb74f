import type { FormInstance } from 'antd';
import { isApiError } from './api.ts';

type NamePath = (string | number)[];

/** A server field path mapped to a form field; a record maps the first segment, a function sees all. */
export type FieldMap = Readonly<Record<string, string>> | ((segments: readonly string[]) => NamePath | undefined);

export interface FieldIssue {
  /** Path segments with the request part removed: `clockStops[0].from` → ['clockStops', '0', 'from']. */
  readonly segments: readonly string[];
  readonly text: string;
}

// `字段 body.period：数值过小…` (schema checks) or `period：期间应为正整数…` (the calendar's own checks).
const ISSUE = /^(?:字段\s*)?([A-Za-z][\w.[\]]*)\s*：\s*(.+)$/s;

/** Splits a server validation message into per-field issues (those that name a field). */
export function fieldIssues(message: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const part of message.split('；')) {
    const m = ISSUE.exec(part.trim());
    if (!m) continue;
    const segments = (m[1] ?? '')
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter((s) => s !== '');
    if (segments[0] === 'body' || segments[0] === 'querystring' || segments[0] === 'params') segments.shift();
    out.push({ segments, text: m[2] ?? '' });
  }
  return out;
}

function fieldOf(map: Readonly<Record<string, string>>, head: string | undefined): NamePath | undefined {
  const field = head === undefined ? undefined : map[head];
  return field === undefined ? undefined : [field];
}

/**
 * Shows a server validation error under the form fields it names. Returns true when every part of
 * the message landed on a field; otherwise the caller shows the whole message as well.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, error: unknown, map: FieldMap): boolean {
  if (!isApiError(error) || (error.code !== 'VALIDATION_FAILED' && error.code !== 'UNKNOWN_FIELD')) return false;
  const issues = fieldIssues(error.message);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  let unmapped = issues.length === 0;
  for (const i of issues) {
    const name = typeof map === 'function' ? map(i.segments) : fieldOf(map, i.segments[0]);
    if (!name) {
      unmapped = true;
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(i.text);
    byField.set(key, entry);
  }
  // antd's setFields is typed over the form's own names; the paths here come from the server.
  (form as FormInstance).setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.errors })));
  return !unmapped;
}
