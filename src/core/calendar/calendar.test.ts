import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import y2025 from '../../packs/calendars/cn-2025.json' with { type: 'json' };
import y2026 from '../../packs/calendars/cn-2026.json' with { type: 'json' };
import { addDays, buildCalendar, chineseWeekday, daysBetween, isRealDate, parseCalendarYear, weekdayOf } from './index.ts';
import type { CalendarYear } from './index.ts';

function parsed(json: unknown): CalendarYear {
  const r = parseCalendarYear(json);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

function errorsOf(json: unknown): readonly string[] {
  const r = parseCalendarYear(json);
  assert.equal(r.ok, false, 'expected the file to be rejected');
  return r.ok ? [] : r.error;
}

/** A copy of the 2025 file with `patch` applied to the top level. */
function with2025(patch: Record<string, unknown>): unknown {
  return { ...structuredClone(y2025), ...patch };
}

function assertMentions(errors: readonly string[], field: string, fragment?: string): void {
  assert.ok(
    errors.some((e) => e.startsWith(`${field}：`) && (fragment === undefined || e.includes(fragment))),
    `expected an error on ${field}${fragment === undefined ? '' : ` mentioning “${fragment}”`}, got:\n${errors.join('\n')}`,
  );
}

void describe('ISO date arithmetic', () => {
  void it('agrees with UTC Date arithmetic on every day from 1900 to 2100', () => {
    // The module uses integer arithmetic only; cross-check weekday and addDays against Date.UTC.
    const base = Date.UTC(1900, 0, 1);
    for (let i = 0; i < 73_415; i++) {
      const d = new Date(base + i * 86_400_000);
      const iso = d.toISOString().slice(0, 10);
      assert.equal(addDays('1900-01-01', i), iso);
      assert.equal(weekdayOf(iso), d.getUTCDay());
    }
  });

  void it('validates real dates and counts days between them', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2025-02-29'), false);
    assert.equal(isRealDate('2100-02-29'), false); // not a leap year
    assert.equal(isRealDate('2000-02-29'), true); // leap year (divisible by 400)
    assert.equal(isRealDate('2025-13-01'), false);
    assert.equal(isRealDate('2025-1-01'), false);
    assert.equal(isRealDate(20250101), false);
    assert.equal(daysBetween('2025-09-26', '2025-10-13'), 17);
    assert.equal(daysBetween('2025-10-13', '2025-09-26'), -17);
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-03-01', -1), '2025-02-28');
    assert.equal(chineseWeekday('2025-10-13'), '星期一');
    assert.throws(() => weekdayOf('2025-02-30'), RangeError);
  });
});

void describe('parseCalendarYear', () => {
  void it('accepts the shipped 2025 and 2026 files unchanged', () => {
    assert.deepEqual(parsed(y2025), y2025);
    assert.deepEqual(parsed(y2026), y2026);
  });

  void it('rejects a value that is not an object', () => {
    assert.deepEqual(errorsOf(null), ['日历数据应为JSON对象']);
    assert.deepEqual(errorsOf([]), ['日历数据应为JSON对象']);
  });

  void it('names missing and mistyped top-level fields', () => {
    const errors = errorsOf({ year: 2025.5, weeklyRestDays: 'Saturday', holidays: {}, makeUpWorkdays: null, extra: 1 });
    assertMentions(errors, 'year', '整数');
    assertMentions(errors, 'source');
    assertMentions(errors, 'weeklyRestSource');
    assertMentions(errors, 'weeklyRestDays');
    assertMentions(errors, 'holidays');
    assertMentions(errors, 'makeUpWorkdays');
    assertMentions(errors, 'extra', '未知字段');
  });

  void it('rejects unknown weekday names and repeated rest days', () => {
    const errors = errorsOf(with2025({ weeklyRestDays: ['Saturday', 'Samstag', 'Saturday'] }));
    assertMentions(errors, 'weeklyRestDays[1]', 'Samstag');
    assertMentions(errors, 'weeklyRestDays[2]', '重复');
  });

  void it('rejects dates that do not exist', () => {
    const errors = errorsOf(with2025({ holidays: [{ name: '春节', from: '2025-02-30', to: '2025-03-01' }] }));
    assertMentions(errors, 'holidays[0].from', '2025-02-30');
  });

  void it('rejects a holiday whose end is before its start', () => {
    const errors = errorsOf(with2025({ holidays: [...y2025.holidays.slice(0, 5), { name: '国庆节、中秋节', from: '2025-10-08', to: '2025-10-01' }] }));
    assertMentions(errors, 'holidays[5].to', '早于');
  });

  void it('rejects dates outside the year, except the last days of the previous year', () => {
    const errors = errorsOf(with2025({ holidays: [...y2025.holidays, { name: '元旦（次年）', from: '2026-01-01', to: '2026-01-01' }] }));
    assertMentions(errors, 'holidays[6].from', '不在2025年内');
    const early = errorsOf(with2025({ holidays: [{ name: '元旦', from: '2024-12-01', to: '2025-01-01' }], makeUpWorkdays: [] }));
    assertMentions(early, 'holidays[0].from', '不在2025年内');
    // The 2023 notice: 元旦 from 2022-12-31 (Sat) to 2023-01-02 (Mon), no make-up day.
    const r2023 = parseCalendarYear({
      year: 2023,
      source: '国务院办公厅关于2023年部分节假日安排的通知',
      weeklyRestDays: ['Saturday', 'Sunday'],
      weeklyRestSource: '国务院关于职工工作时间的规定 第七条',
      holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }],
      makeUpWorkdays: [],
    });
    assert.equal(r2023.ok, true);
  });

  void it('rejects overlapping holidays and implausibly long ones', () => {
    const overlap = errorsOf(with2025({ holidays: [...y2025.holidays, { name: '调休', from: '2025-10-08', to: '2025-10-09' }] }));
    assertMentions(overlap, 'holidays[6]', '重叠');
    const long = errorsOf(with2025({ holidays: [{ name: '春节', from: '2025-01-28', to: '2025-12-04' }], makeUpWorkdays: [] }));
    assertMentions(long, 'holidays[0].to', '超过31天');
  });

  void it('requires make-up working days on a weekly rest day, outside holidays, once each, for a named holiday', () => {
    const errors = errorsOf(
      with2025({
        makeUpWorkdays: [
          { for: '国庆节、中秋节', date: '2025-09-29' }, // Monday: already a working day
          { for: '国庆节、中秋节', date: '2025-10-04' }, // Saturday, but inside the 国庆 holiday
          { for: '春节', date: '2025-01-26' },
          { for: '春节', date: '2025-01-26' }, // repeated
          { for: '中秋节', date: '2025-10-11' }, // no holiday named 中秋节 in 2025 (it is 国庆节、中秋节)
          { date: '2025-02-08' },
        ],
      }),
    );
    assertMentions(errors, 'makeUpWorkdays[0].date', '星期一');
    assertMentions(errors, 'makeUpWorkdays[1].date', 'holidays[5]');
    assertMentions(errors, 'makeUpWorkdays[3].date', '重复');
    assertMentions(errors, 'makeUpWorkdays[4].for', '中秋节');
    assertMentions(errors, 'makeUpWorkdays[5].for');
  });

  void it('names unknown fields inside entries', () => {
    const errors = errorsOf(with2025({ holidays: [{ name: '元旦', from: '2025-01-01', to: '2025-01-01', days: 1 }], makeUpWorkdays: [] }));
    assertMentions(errors, 'holidays[0].days', '未知字段');
  });
});

void describe('buildCalendar and dayKind', () => {
  const calendar = buildCalendar([parsed(y2025), parsed(y2026)]);

  void it('classifies days from the official tables (legal-parameters §8B/§8C)', () => {
    assert.deepEqual(calendar.dayKind('2025-10-01'), { kind: 'holiday', name: '国庆节、中秋节', provisional: false });
    assert.deepEqual(calendar.dayKind('2025-10-04'), { kind: 'holiday', name: '国庆节、中秋节', provisional: false }); // a Saturday inside the holiday
    assert.deepEqual(calendar.dayKind('2025-09-28'), { kind: 'makeup-workday', name: '国庆节、中秋节', provisional: false }); // Sunday, 上班
    assert.deepEqual(calendar.dayKind('2025-09-27'), { kind: 'weekend', provisional: false });
    assert.deepEqual(calendar.dayKind('2025-09-29'), { kind: 'workday', provisional: false });
    assert.deepEqual(calendar.dayKind('2026-02-14'), { kind: 'makeup-workday', name: '春节', provisional: false });
    assert.deepEqual(calendar.dayKind('2026-02-23'), { kind: 'holiday', name: '春节', provisional: false }); // Monday, 初七
    assert.deepEqual(calendar.dayKind('2026-01-04'), { kind: 'makeup-workday', name: '元旦', provisional: false });
    assert.equal(calendar.isWorkingDay('2026-10-10'), true); // Saturday make-up for 国庆节
    assert.equal(calendar.isWorkingDay('2026-10-07'), false);
    assert.equal(calendar.isWorkingDay('2026-10-08'), true);
  });

  void it('marks days of unloaded years provisional and knows only Saturday and Sunday there', () => {
    assert.deepEqual(calendar.dayKind('2027-01-01'), { kind: 'workday', provisional: true }); // Friday; 2027 元旦 unknown
    assert.deepEqual(calendar.dayKind('2027-01-02'), { kind: 'weekend', provisional: true });
    assert.deepEqual(calendar.dayKind('2024-12-31'), { kind: 'workday', provisional: true });
    assert.deepEqual(calendar.years, [2025, 2026]);
    assert.equal(calendar.hasYear(2027), false);
    assert.equal(calendar.yearData(2026)?.holidays.length, 7);
  });

  void it('refuses invalid dates', () => {
    assert.throws(() => calendar.dayKind('2025-02-29'), RangeError);
    assert.throws(() => calendar.dayKind('tomorrow'), /无效日期/);
  });

  void it('an empty calendar is provisional everywhere', () => {
    const empty = buildCalendar([]);
    assert.deepEqual(empty.dayKind('2025-10-01'), { kind: 'workday', provisional: true });
    assert.match(empty.version, /^none#/);
  });

  void it('refuses a year loaded twice, invalid data, and conflicting cross-year dates', () => {
    assert.throws(() => buildCalendar([parsed(y2025), parsed(y2025)]), /2025年的日历数据重复载入/);
    assert.throws(() => buildCalendar([{ ...parsed(y2025), weeklyRestDays: [] }]), /2025年日历数据无效：makeUpWorkdays\[0\]\.date/);
    const y2026Bis: CalendarYear = {
      ...parsed(y2026),
      holidays: [{ name: '元旦', from: '2025-12-31', to: '2026-01-03' }, ...parsed(y2026).holidays.slice(1)],
    };
    // 2025-12-31 is an ordinary Wednesday in the 2025 data (no explicit entry), so no conflict.
    assert.equal(buildCalendar([parsed(y2025), y2026Bis]).dayKind('2025-12-31').kind, 'holiday');
    // A conflict: the 2025 file makes Sunday 2025-12-28 a make-up day for 元旦, the 2026 file a holiday.
    const y2025WithDec28: CalendarYear = { ...parsed(y2025), makeUpWorkdays: [...parsed(y2025).makeUpWorkdays, { for: '元旦', date: '2025-12-28' }] };
    const y2026Conflict: CalendarYear = { ...parsed(y2026), holidays: [{ name: '元旦', from: '2025-12-28', to: '2026-01-03' }, ...parsed(y2026).holidays.slice(1)] };
    assert.throws(() => buildCalendar([y2025WithDec28, y2026Conflict]), /2025年12月28日在2025年与2026年的日历数据中安排不一致/);
  });

  void it('has a version that changes with the data and not with the order of years', () => {
    const a = buildCalendar([parsed(y2025), parsed(y2026)]);
    const b = buildCalendar([parsed(y2026), parsed(y2025)]);
    const c = buildCalendar([parsed(y2025), { ...parsed(y2026), makeUpWorkdays: parsed(y2026).makeUpWorkdays.slice(1) }]);
    assert.equal(a.version, b.version);
    assert.match(a.version, /^2025\+2026#[0-9a-f]{8}$/);
    assert.notEqual(a.version, c.version);
  });
});
