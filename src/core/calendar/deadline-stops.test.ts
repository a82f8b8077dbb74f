import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClockStop } from './index.ts';
import { deadline, due } from './deadline.fixtures.ts';

void describe('clock stops (中止计算)', () => {
  void it('working days inside a stop are not counted', () => {
    // 20 workdays from 2025-11-03 end 12-01 without a stop; stopping Mon 11-10 – Fri 11-14 removes
    // 5 working days, so the count ends one week later on Mon 12-08.
    const stop: ClockStop = { from: '2025-11-10', to: '2025-11-14', reason: '书面征求第三方意见' };
    const d = deadline({ start: '2025-11-03', period: 20, unit: 'workday', clockStops: [stop] });
    assert.equal(d.dueDate, '2025-12-08');
    const stopped = d.explanation.filter((s) => s.clockStop !== undefined);
    assert.equal(stopped.length, 5);
    assert.equal(stopped[0]?.note, '2025年11月10日 星期一 工作日，中止计算（书面征求第三方意见），不计');
    assert.equal(stopped[0]?.counted, false);
    assert.deepEqual(d.clockStops, [stop]);
    assert.equal(
      d.summary,
      '自2025年11月3日起算（当日不计），20个工作日，其间中止计算5日（书面征求第三方意见：2025年11月10日至2025年11月14日），至2025年12月8日届满；期间最后一日24时截止。',
    );
  });

  void it('calendar days inside a stop are not counted, and the rest-day rule still applies', () => {
    // 10 days from 2025-11-03 with 11-05…11-07 stopped: 11-04 → 1; 11-08…11-16 → 2–10;
    // 11-16 is a Sunday → 11-17 Mon.
    assert.equal(due('day', '2025-11-03', 10, [{ from: '2025-11-05', to: '2025-11-07', reason: '听证' }]), '2025-11-17');
  });

  void it('a stop that begins during the rest-day extension pushes the due date past it', () => {
    // 3 days from Wed 2025-11-05: 11-06 → 1, 11-07 → 2, 11-08 Sat → 3 (rest day, extend);
    // 11-09 Sun rest; 11-10 Mon and 11-11 Tue stopped; 11-12 Wed is the first working day not stopped.
    const d = deadline({ start: '2025-11-05', period: 3, unit: 'day', clockStops: [{ from: '2025-11-10', to: '2025-11-11', reason: '听证' }] });
    assert.equal(d.dueDate, '2025-11-12');
    assert.deepEqual(
      d.explanation.filter((s) => s.extension).map((s) => [s.date, s.clockStop ?? null]),
      [
        ['2025-11-09', null],
        ['2025-11-10', '听证'],
        ['2025-11-11', '听证'],
        ['2025-11-12', null],
      ],
    );
  });

  void it('month periods are prolonged by the stopped days', () => {
    // 2025-11-30 + 3 months → 2026-02-28; 5 days stopped (12-01…12-05) → 03-01…03-05, ending Thu 03-05.
    const d = deadline({ start: '2025-11-30', period: 3, unit: 'month', clockStops: [{ from: '2025-12-01', to: '2025-12-05', reason: '专家论证' }] });
    assert.equal(d.dueDate, '2026-03-05');
    assert.equal(d.explanation.filter((s) => s.clockStop !== undefined).length, 5);
  });

  void it('overlapping stops count each day once; stops before the start or after the end change nothing', () => {
    const stops: ClockStop[] = [
      { from: '2025-11-10', to: '2025-11-12', reason: '征求意见' },
      { from: '2025-11-12', to: '2025-11-14', reason: '补正材料' },
      { from: '2025-10-01', to: '2025-11-03', reason: '起算前' },
      { from: '2026-06-01', to: '2026-06-30', reason: '届满后' },
    ];
    const d = deadline({ start: '2025-11-03', period: 20, unit: 'workday', clockStops: stops });
    assert.equal(d.dueDate, '2025-12-08');
    assert.equal(d.explanation.find((s) => s.date === '2025-11-12')?.clockStop, '征求意见、补正材料');
    assert.doesNotMatch(d.summary, /起算前|届满后/);
  });
});
