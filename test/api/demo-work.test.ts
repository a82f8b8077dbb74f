import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';
import { seedDemoWithWork } from '../../src/scenario/demo-work.ts';

// The demo's work in progress is played through the procedures, counted back from the day the demo
// starts on the official calendar: whatever that day is (a Saturday, the last day of a year and a
// quarter, the first working day after the National Day holiday), every step passes its rules.
const DAYS = [
  { at: '2026-11-28T09:30:00+08:00', label: 'on a Saturday', quarter: '2026年第四季度' },
  { at: '2025-12-31T16:00:00+08:00', label: 'on the last day of a year and of a quarter', quarter: '2025年第四季度' },
  { at: '2026-10-08T08:10:00+08:00', label: 'on the first working day after the National Day holiday', quarter: '2026年第四季度' },
  { at: '2026-02-17T10:00:00+08:00', label: 'during the Spring Festival holiday', quarter: '2026年第一季度' },
  { at: '2026-04-01T00:20:00+08:00', label: 'twenty minutes into a new quarter', quarter: '2026年第二季度' },
];

for (const db of testDatabases()) {
  describe(`demo work in progress [${db}]`, () => {
    const open: Harness[] = [];
    after(async () => {
      for (const h of open) await h.close();
    });
    const start = async (at: string) => {
      const h = await startHarness(db, { at, seed: false });
      open.push(h);
      return h;
    };

    for (const day of db === 'sqlite' ? DAYS : DAYS.slice(0, 1)) {
      test(`started ${day.label} (${day.at.slice(0, 10)}): meetings, a 规范性文件 in consultation, the catalogue, key work; the chain verifies`, async () => {
        const h = await start(day.at);
        const r = await seedDemoWithWork(h.instance, h.clock.now());
        assert.deepEqual(r, { seeded: true, work: true });
        assert.deepEqual(await seedDemoWithWork(h.instance, h.clock.now()), { seeded: false, work: false }, 'never seeded twice');
        const li = await h.login('liwenbo');

        const meetings = (await li.get('/api/meetings')).body.data.meetings;
        assert.deepEqual(meetings.map((m: Json) => m.status).sort(), ['held', 'planned']);
        const decisions = (await li.get('/api/meeting-decisions')).body.data;
        assert.equal(decisions.decisions.length, 2, 'the signed minutes\' decisions are tracked (art. 28, 41)');
        assert.equal(decisions.counts.overdue, 0);
        const portal = await h.app.inject({ method: 'GET', url: '/portal/decisions' });
        assert.match(portal.body, /原则同意分两期建设城区公共停车场/, 'published on the portal (art. 30)');

        const [doc] = (await li.get('/api/normative')).body.data.items;
        assert.equal(doc.status, 'consulting');
        const [c] = (await li.get('/api/consultations')).body.data.consultations;
        assert.equal(c.state, 'open', 'the consultation is still open today');
        assert.deepEqual(c.counts, { pending: 1, approved: 1, rejected: 0, handled: 0 });

        const year = Number((await li.get('/api/major-decisions')).body.data.dossiers[0].year);
        const catalogue = (await li.get(`/api/decision-catalogues?year=${year}`)).body.data;
        assert.equal(catalogue.editions[0].status, 'published');

        const kw = (await li.get('/api/key-work')).body.data;
        assert.equal(kw.label, day.quarter);
        assert.equal(kw.counts.total, 2);

        const zheng = (await (await h.login('zhengwei')).get('/api/tasks?status=open')).body.data;
        for (const source of ['consultation', 'meeting', 'key-work', 'demo']) assert.ok(zheng.some((t: Json) => t.sourceType === source), source);
        assert.ok(zheng.every((t: Json) => !t.due?.overdue), 'nothing in the demo is overdue on the day it starts');

        await h.instance.checkpoint();
        assert.equal((await h.instance.verify()).ok, true);
      });
    }

    if (db === 'sqlite') test('started before the demo appointments leave room for the history: the organisation alone', async () => {
      const h = await start('2025-10-30T09:00:00+08:00');
      assert.deepEqual(await seedDemoWithWork(h.instance, h.clock.now()), { seeded: true, work: false });
      const li = await h.login('liwenbo');
      assert.equal((await li.get('/api/meetings')).body.data.meetings.length, 0);
      assert.ok((await (await h.login('zhengwei')).get('/api/tasks?status=open')).body.data.some((t: Json) => t.sourceType === 'demo'));
    });
  });
}
