/** The official 2025–2026 calendars and small helpers for the deadline tests. */
import assert from 'node:assert/strict';
import y2025 from '../../packs/calendars/cn-2025.json' with { type: 'json' };
import y2026 from '../../packs/calendars/cn-2026.json' with { type: 'json' };
import { buildCalendar, computeDeadline, parseCalendarYear } from './index.ts';
import type { Calendar, ClockStop, Deadline, DeadlineInput, DeadlineUnit } from './index.ts';

export function load(json: unknown) {
  const r = parseCalendarYear(json);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

export const calendar: Calendar = buildCalendar([load(y2025), load(y2026)]);

export function deadline(input: DeadlineInput, cal: Calendar = calendar): Deadline {
  const r = computeDeadline(cal, input);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

export function due(unit: DeadlineUnit, start: string, period: number, clockStops?: ClockStop[]): string {
  return deadline(clockStops === undefined ? { start, period, unit } : { start, period, unit, clockStops }).dueDate;
}

export function errorsOf(input: unknown): readonly string[] {
  const r = computeDeadline(calendar, input as DeadlineInput);
  assert.equal(r.ok, false, 'expected the input to be rejected');
  return r.ok ? [] : r.error;
}

export function assertMentions(errors: readonly string[], field: string): void {
  assert.ok(
    errors.some((e) => e.startsWith(`${field}：`)),
    `expected an error on ${field}, got:\n${errors.join('\n')}`,
  );
}
