import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import y2025 from '../../packs/calendars/cn-2025.json' with { type: 'json' };
import y2026 from '../../packs/calendars/cn-2026.json' with { type: 'json' };
import { citationId } from '../rules/rule.ts';
import { DEFAULT_UTC_OFFSET_MINUTES, addDays, buildCalendar, dueInstant, workingDaysBetween } from './index.ts';
import type { DeadlineInput } from './index.ts';
import { calendar, deadline, due, load } from './deadline.fixtures.ts';

void describe('working-day periods (工作日)', () => {
  void it('7 workdays from 2025-09-26 end on 2025-10-13, day by day', () => {
    // 09-26 (Fri) start, not counted. 09-27 Sat skip; 09-28 Sun 上班 → 1; 09-29 → 2; 09-30 → 3;
    // 10-01…10-08 国庆节、中秋节 skip; 10-09 → 4; 10-10 → 5; 10-11 Sat 上班 → 6; 10-12 Sun skip; 10-13 → 7.
    const d = deadline({ start: '2025-09-26', period: 7, unit: 'workday' });
    assert.equal(d.dueDate, '2025-10-13');
    assert.equal(d.provisional, false);
    assert.deepEqual(
      d.explanation.map((s) => [s.date.slice(5), s.counted, s.ordinal]),
      [
        ['09-27', false, undefined],
        ['09-28', true, 1],
        ['09-29', true, 2],
        ['09-30', true, 3],
        ['10-01', false, undefined],
        ['10-02', false, undefined],
        ['10-03', false, undefined],
        ['10-04', false, undefined],
        ['10-05', false, undefined],
        ['10-06', false, undefined],
        ['10-07', false, undefined],
        ['10-08', false, undefined],
        ['10-09', true, 4],
        ['10-10', true, 5],
        ['10-11', true, 6],
        ['10-12', false, undefined],
        ['10-13', true, 7],
      ],
    );
    assert.equal(d.explanation[0]?.note, '2025年9月27日 星期六 周休息日，不计');
    assert.equal(d.explanation[0]?.kind, 'weekend');
    assert.equal(d.explanation[1]?.note, '2025年9月28日 星期日 国庆节、中秋节调休上班日，计第1个工作日');
    assert.equal(d.explanation[1]?.kind, 'makeup-workday');
    assert.equal(d.explanation[4]?.note, '2025年10月1日 星期三 国庆节、中秋节假期，不计');
    assert.equal(d.explanation.at(-1)?.note, '2025年10月13日 星期一 工作日，计第7个工作日，为期间最后一日');
    assert.equal(d.summary, '自2025年9月26日起算（当日不计），7个工作日，至2025年10月13日届满；期间最后一日24时截止。');
    assert.deepEqual(d.sources.map(citationId), ['civil-code:201', 'civil-code:203(2)']);
    assert.ok(d.notes.some((n) => n.includes('调休上班日计为工作日')));
    assert.ok(d.notes.some((n) => n.includes('国办发明电〔2024〕12号')));
    assert.equal(d.calendarVersion, calendar.version);
  });

  void it('Spring Festival 2025: 6 workdays from 2025-01-24 end on the make-up Saturday 2025-02-08', () => {
    // 01-24 Fri start. 01-25 Sat skip; 01-26 Sun 上班 → 1; 01-27 Mon → 2; 01-28…02-04 春节 skip;
    // 02-05 → 3; 02-06 → 4; 02-07 → 5; 02-08 Sat 上班 → 6.
    assert.equal(due('workday', '2025-01-24', 6), '2025-02-08');
    assert.equal(due('workday', '2025-01-24', 5), '2025-02-07');
  });

  void it('Spring Festival 2026: make-up Saturdays 02-14 and 02-28 count', () => {
    // 02-12 Thu start. 02-13 Fri → 1; 02-14 Sat 上班 → 2; 02-15…02-23 春节 (9 days) skip; 02-24 Tue → 3.
    assert.equal(due('workday', '2026-02-12', 3), '2026-02-24');
    // 02-23 Mon (初七, still a holiday) start. 02-24…02-27 → 1–4; 02-28 Sat 上班 → 5.
    assert.equal(due('workday', '2026-02-23', 5), '2026-02-28');
    // One more: 03-01 Sun skip; 03-02 Mon → 6.
    assert.equal(due('workday', '2026-02-23', 6), '2026-03-02');
  });

  void it('元旦 2026 across the year boundary: 1 workday from 2025-12-31 is the make-up Sunday 2026-01-04', () => {
    // 01-01 Thu, 01-02 Fri, 01-03 Sat: 元旦 skip; 01-04 Sun 上班 → 1.
    const d = deadline({ start: '2025-12-31', period: 1, unit: 'workday' });
    assert.equal(d.dueDate, '2026-01-04');
    assert.equal(d.explanation.at(-1)?.note, '2026年1月4日 星期日 元旦调休上班日，计第1个工作日，为期间最后一日');
    assert.equal(d.provisional, false);
  });

  void it('劳动节 2026: 5 workdays from 2026-04-30 end on 2026-05-11', () => {
    // 04-30 Thu start. 05-01…05-05 劳动节 skip; 05-06 → 1; 05-07 → 2; 05-08 → 3; 05-09 Sat 上班 → 4;
    // 05-10 Sun skip; 05-11 Mon → 5.
    assert.equal(due('workday', '2026-04-30', 5), '2026-05-11');
  });

  void it('中秋节 and 国庆节 2026: 11 workdays from 2026-09-18 end on the make-up Saturday 2026-10-10', () => {
    // 09-18 Fri start. 09-19 Sat skip; 09-20 Sun 上班 → 1; 09-21…09-24 → 2–5; 09-25…09-27 中秋节 skip;
    // 09-28…09-30 → 6–8; 10-01…10-07 国庆节 skip; 10-08 → 9; 10-09 → 10; 10-10 Sat 上班 → 11.
    assert.equal(due('workday', '2026-09-18', 11), '2026-10-10');
    assert.equal(due('workday', '2026-09-18', 1), '2026-09-20');
  });

  void it('20 workdays (信息公开 art. 33) across 国庆 2025, and in an ordinary month', () => {
    // 09-15 Mon start. 09-16…09-19 → 1–4; 09-22…09-26 → 5–9; 09-28 Sun 上班 → 10; 09-29, 09-30 → 11, 12;
    // 10-01…10-08 skip; 10-09, 10-10 → 13, 14; 10-11 Sat 上班 → 15; 10-13…10-17 → 16–20.
    assert.equal(due('workday', '2025-09-15', 20), '2025-10-17');
    // 11-03 Mon start: four full weeks (Nov 4–7, 10–14, 17–21, 24–28 = 19 days), then Dec 1 → 20.
    assert.equal(due('workday', '2025-11-03', 20), '2025-12-01');
  });

  void it('1 workday from the last working day before a holiday lands after the holiday', () => {
    // 2025-05-30 Fri; 端午节 05-31 Sat – 06-02 Mon; next working day 06-03 Tue.
    assert.equal(due('workday', '2025-05-30', 1), '2025-06-03');
    // 2026-04-03 Fri; 清明节 04-04 Sat – 04-06 Mon; 04-07 Tue.
    assert.equal(due('workday', '2026-04-03', 1), '2026-04-07');
    // 2026-09-24 Thu; 中秋节 09-25 Fri – 09-27 Sun; 09-28 Mon.
    assert.equal(due('workday', '2026-09-24', 1), '2026-09-28');
    // 2025-09-30 Tue; 国庆节、中秋节 10-01 – 10-08; 10-09 Thu.
    assert.equal(due('workday', '2025-09-30', 1), '2025-10-09');
  });

  void it('a start on a rest day is not counted either', () => {
    // 2025-10-05 Sun (holiday) start; 10-06…10-08 holiday; 10-09 → 1; 10-10 → 2; 10-11 Sat 上班 → 3.
    assert.equal(due('workday', '2025-10-05', 3), '2025-10-11');
  });
});

void describe('calendar-day periods (日)', () => {
  void it('15 days ending on a 国庆 holiday move to the day after the holiday (民法典 art. 203)', () => {
    // 09-19 Fri start; day 1 = 09-20, day 15 = 10-04 (Sat, inside 国庆节、中秋节 10-01…10-08);
    // the holiday ends 10-08, so the last day is 10-09 (Thu).
    const d = deadline({ start: '2025-09-19', period: 15, unit: 'day' });
    assert.equal(d.dueDate, '2025-10-09');
    const last = d.explanation.find((s) => s.ordinal === 15);
    assert.equal(last?.date, '2025-10-04');
    assert.match(last?.note ?? '', /计第15日，期间届满；该日为休假日，以休假日结束的次日为期间最后一日（民法典第二百零三条）/);
    const extension = d.explanation.filter((s) => s.extension === true);
    assert.deepEqual(
      extension.map((s) => s.date),
      ['2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', '2025-10-09'],
    );
    assert.equal(extension.at(-1)?.note, '2025年10月9日 星期四 工作日，顺延至此日，为期间最后一日');
    assert.equal(d.explanation.length, 20);
    assert.equal(
      d.summary,
      '自2025年9月19日起算（当日不计），15日，期间最后一日2025年10月4日为国庆节、中秋节假期，顺延至2025年10月9日届满；期间最后一日24时截止。',
    );
    assert.deepEqual(d.sources.map(citationId), ['civil-code:201', 'civil-code:203(1)', 'civil-code:203(2)']);
  });

  void it('60 days (信访) ending in 春节 2026 move to 2026-02-24', () => {
    // 2025-12-19 start; 12 days to 12-31, 31 in January (43), 17 in February → day 60 = 2026-02-17 (Tue, 春节 02-15…02-23).
    // The holiday ends 02-23, so the last day is 02-24 (Tue). Every day is listed: 60 counted + 7 extension.
    const d = deadline({ start: '2025-12-19', period: 60, unit: 'day' });
    assert.equal(d.dueDate, '2026-02-24');
    assert.equal(d.explanation.filter((s) => s.counted).length, 60);
    assert.equal(d.explanation.length, 67);
    assert.ok(d.notes.some((n) => n.startsWith('2026年节假日安排依据')));
  });

  void it('a period ending on a make-up Saturday stays there (it is a working day)', () => {
    // 2025-10-01 start; day 10 = 10-11, Saturday but 国庆节、中秋节 上班.
    const d = deadline({ start: '2025-10-01', period: 10, unit: 'day' });
    assert.equal(d.dueDate, '2025-10-11');
    assert.equal(d.explanation.some((s) => s.extension), false);
    // 2026-02-14: day 30 from 2026-01-15 is Saturday 02-14, 春节 上班.
    assert.equal(due('day', '2026-01-15', 30), '2026-02-14');
  });

  void it('a period ending on an ordinary weekend moves to Monday', () => {
    // 2025-11-01 Sat start; day 7 = 11-08 Sat → 11-09 Sun → 11-10 Mon.
    assert.equal(due('day', '2025-11-01', 7), '2025-11-10');
  });

  void it('a period ending on a working day does not move', () => {
    // 2025-11-03 Mon + 30 days = 12-03 Wed.
    assert.equal(due('day', '2025-11-03', 30), '2025-12-03');
  });
});

void describe('month periods (月)', () => {
  void it('2025-01-31 + 1 month → 2025-02-28 (no 31st; last day of the month, 民法典 art. 202)', () => {
    const d = deadline({ start: '2025-01-31', period: 1, unit: 'month' });
    assert.equal(d.dueDate, '2025-02-28');
    assert.equal(d.explanation.length, 1);
    assert.match(d.explanation[0]?.note ?? '', /2025年2月没有对应日，以该月最后一日为对应日（民法典第二百零二条）/);
    assert.deepEqual(d.sources.map(citationId), ['civil-code:201', 'civil-code:202', 'civil-code:203(1)', 'civil-code:203(2)']);
  });

  void it('3 months', () => {
    // 2025-11-30 + 3 months → 2026-02-30 does not exist → 2026-02-28, a make-up Saturday: stays.
    assert.equal(due('month', '2025-11-30', 3), '2026-02-28');
    // 2025-07-05 + 3 months → 2025-10-05 (Sun, 国庆节、中秋节) → the day after the holiday, 10-09.
    assert.equal(due('month', '2025-07-05', 3), '2025-10-09');
    // 2025-03-14 + 3 months → 2025-06-14 (Sat) → 06-16 Mon.
    assert.equal(due('month', '2025-03-14', 3), '2025-06-16');
  });

  void it('12 months ending on 劳动节 2026 and a month-end in a leap year', () => {
    // 2025-05-01 + 12 months → 2026-05-01 (Fri, 劳动节 05-01…05-05) → 05-06 Wed.
    assert.equal(due('month', '2025-05-01', 12), '2026-05-06');
    // 2026-03-31 + 1 month → 2026-04-30 (Thu).
    assert.equal(due('month', '2026-03-31', 1), '2026-04-30');
    // 2027-11-30 + 3 months → 2028-02-29 (leap year, Tuesday), provisional.
    const d = deadline({ start: '2027-11-30', period: 3, unit: 'month' });
    assert.equal(d.dueDate, '2028-02-29');
    assert.equal(d.provisional, true);
  });

  void it('is provisional when the days in between lie in an unloaded year', () => {
    // 2026-11-15 + 3 months → 2027-02-15 (Mon): the listed step is in 2027, and so are the days before it.
    assert.equal(deadline({ start: '2026-11-15', period: 3, unit: 'month' }).provisional, true);
    // 2026-10-15 + 2 months → 2026-12-15: all within 2026.
    assert.equal(deadline({ start: '2026-10-15', period: 2, unit: 'month' }).provisional, false);
  });
});

void describe('provisional counting beyond the loaded years', () => {
  void it('20 workdays from 2026-12-20 into 2027 count weekends only and are marked provisional', () => {
    // 12-21…12-25 → 1–5; 12-28…12-31 → 6–9; 2027-01-01 Fri → 10 (元旦 2027 not loaded);
    // 01-04…01-08 → 11–15; 01-11…01-15 → 16–20.
    const d = deadline({ start: '2026-12-20', period: 20, unit: 'workday' });
    assert.equal(d.dueDate, '2027-01-15');
    assert.equal(d.provisional, true);
    const jan1 = d.explanation.find((s) => s.date === '2027-01-01');
    assert.equal(jan1?.provisional, true);
    assert.equal(jan1?.note, '2027年1月1日 星期五 工作日（暂定），计第10个工作日');
    assert.equal(d.explanation.find((s) => s.date === '2026-12-31')?.provisional, undefined);
    assert.match(d.summary, /2027年节假日安排尚未载入，暂按周六、周日休息计算，届满日为暂定。$/);
    assert.ok(d.notes.some((n) => n.startsWith('2027年节假日安排尚未载入')));
  });

  void it('a start in an unloaded earlier year is provisional too', () => {
    // 2024-12-27 Fri: 12-28/29 weekend; 12-30 → 1 (2024, provisional); 12-31 → 2; 2025-01-01 元旦 skip;
    // 01-02 → 3; 01-03 → 4; 01-04/05 weekend; 01-06 → 5.
    const d = deadline({ start: '2024-12-27', period: 5, unit: 'workday' });
    assert.equal(d.dueDate, '2025-01-06');
    assert.equal(d.provisional, true);
  });

  void it('a single day in an unloaded year makes the result provisional', () => {
    // 2026-12-31 Thu start; 1 calendar day → 2027-01-01 (Fri, provisional working day).
    assert.equal(deadline({ start: '2026-12-31', period: 1, unit: 'day' }).provisional, true);
    assert.equal(deadline({ start: '2026-12-30', period: 1, unit: 'day' }).provisional, false);
  });
});

void describe('workingDaysBetween', () => {
  void it('counts working days after `from` up to and including `to`', () => {
    assert.equal(workingDaysBetween(calendar, '2025-09-26', '2025-10-13'), 7);
    assert.equal(workingDaysBetween(calendar, '2025-10-13', '2025-09-26'), -7);
    assert.equal(workingDaysBetween(calendar, '2025-10-13', '2025-10-13'), 0);
    assert.equal(workingDaysBetween(calendar, '2025-09-30', '2025-10-08'), 0); // all holiday
    assert.equal(workingDaysBetween(calendar, '2025-10-10', '2025-10-11'), 1); // Saturday 上班
    assert.equal(workingDaysBetween(calendar, '2025-10-11', '2025-10-12'), 0); // Sunday
    assert.throws(() => workingDaysBetween(calendar, '2025-10-32', '2025-10-12'), RangeError);
  });

  void it('is the inverse of a working-day deadline over both years', () => {
    for (let i = 0; i < 730; i += 3) {
      const start = addDays('2025-01-01', i);
      for (const period of [1, 5, 7, 15, 20]) {
        const d = deadline({ start, period, unit: 'workday' });
        assert.equal(workingDaysBetween(calendar, start, d.dueDate), period, `${start} + ${period}`);
        assert.equal(calendar.isWorkingDay(d.dueDate), true);
      }
    }
  });
});

void describe('dueInstant', () => {
  void it('is 24:00 local time of the due date at the given offset', () => {
    const d = deadline({ start: '2025-09-26', period: 7, unit: 'workday' });
    assert.equal(DEFAULT_UTC_OFFSET_MINUTES, 480);
    assert.equal(dueInstant(d, DEFAULT_UTC_OFFSET_MINUTES).toISOString(), '2025-10-13T16:00:00.000Z');
    assert.equal(dueInstant(d, 0).toISOString(), '2025-10-14T00:00:00.000Z');
    assert.throws(() => dueInstant(d, 481.5), RangeError);
    assert.throws(() => dueInstant(d, 900), RangeError);
  });
});

void describe('time-zone independence', () => {
  void it('gives the same results whatever the process time zone', () => {
    const inputs: DeadlineInput[] = [
      { start: '2025-09-26', period: 7, unit: 'workday' },
      { start: '2025-12-19', period: 60, unit: 'day' },
      { start: '2025-01-31', period: 1, unit: 'month' },
      { start: '2026-12-20', period: 20, unit: 'workday' },
    ];
    const original = process.env['TZ'];
    const results: string[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env['TZ'] = tz;
        const fresh = buildCalendar([load(y2025), load(y2026)]);
        results.push(JSON.stringify(inputs.map((input) => deadline(input, fresh))) + dueInstant(deadline(inputs[0]!, fresh), 480).toISOString());
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
    assert.equal(new Set(results).size, 1);
  });
});
