import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citationId } from '../rules/rule.ts';
import { computeDeadline } from './index.ts';
import { assertMentions, calendar, deadline, errorsOf } from './deadline.fixtures.ts';

void describe('input validation', () => {
  void it('rejects non-positive, fractional, non-numeric and too long periods', () => {
    for (const period of [0, -1, 1.5, '7', Number.NaN, undefined]) {
      assertMentions(errorsOf({ start: '2025-09-26', period, unit: 'workday' }), 'period');
    }
    assertMentions(errorsOf({ start: '2025-09-26', period: 3651, unit: 'day' }), 'period');
    assertMentions(errorsOf({ start: '2025-09-26', period: 121, unit: 'month' }), 'period');
    assert.equal(computeDeadline(calendar, { start: '2025-09-26', period: 3650, unit: 'day' }).ok, true);
    assert.equal(computeDeadline(calendar, { start: '2025-09-26', period: 120, unit: 'month' }).ok, true);
  });

  void it('rejects a bad start date and unit', () => {
    const errors = errorsOf({ start: '2025-02-29', period: 7, unit: 'week' });
    assertMentions(errors, 'start');
    assertMentions(errors, 'unit');
    assert.ok(errors.every((e) => /[\u4e00-\u9fff]/.test(e)), 'messages are in Chinese');
    assert.deepEqual(errorsOf(null), ['期限参数应为对象（含start、period、unit）']);
  });

  void it('rejects bad clock stops and citations, naming the field', () => {
    const errors = errorsOf({
      start: '2025-09-26',
      period: 7,
      unit: 'workday',
      clockStops: [
        { from: '2025-10-10', to: '2025-10-09', reason: '征求意见' },
        { from: '2025-10-10', to: '2025-10-11', reason: ' ' },
        { from: 'soon', to: '2025-10-11', reason: '听证' },
      ],
      source: [{ source: 'OGI 2019', article: 33 }, { source: 'ogi-2019', article: 0 }, { source: 'ogi-2019', article: 33, clause: 1.5 }],
    });
    assertMentions(errors, 'clockStops[0].to');
    assertMentions(errors, 'clockStops[1].reason');
    assertMentions(errors, 'clockStops[2].from');
    assertMentions(errors, 'source[0].source');
    assertMentions(errors, 'source[1].article');
    assertMentions(errors, 'source[2].clause');
  });

  void it('echoes a valid legal basis', () => {
    const d = deadline({ start: '2025-09-15', period: 20, unit: 'workday', source: [{ source: 'ogi-2019', article: 33, clause: 2 }] });
    assert.deepEqual(d.basis.map(citationId), ['ogi-2019:33(2)']);
  });

  void it('refuses a computation that would run past 9999-12-31', () => {
    const r = computeDeadline(calendar, { start: '9999-12-01', period: 60, unit: 'day' });
    assert.equal(r.ok, false);
  });
});
