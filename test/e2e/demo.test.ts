import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { seedDemoWithWork } from '../../src/scenario/demo-work.ts';
import { assertAccessible, launchBrowser, loginThroughUi, screenshot, startWebServer, type WebServer } from './support/browser.ts';

// The demo as a newcomer finds it, started on Friday 2026-11-27 10:00 Beijing time: its work in
// progress is on the screens, and each 待办's title leads to the record it came from.
void describe('the demo\'s work in progress (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });

  before(async () => {
    server = await startWebServer({ at: '2026-11-27T02:00:00.000Z', seed: false });
    const seeded = await seedDemoWithWork(server.harness.instance, server.harness.clock.now());
    assert.deepEqual(seeded, { seeded: true, work: true });
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(pageErrors, []);
  });

  void test('zhengwei\'s 工作台: the meeting decision, the consultation and the key work, each title opening its record', async () => {
    const p = await login('zhengwei');
    const table = p.getByTestId('task-table');
    await table.getByRole('row', { name: /征求意见处理与反馈：关于《云阳县城区公共停车场管理办法（征求意见稿）》公开征求意见（/ }).getByRole('cell', { name: '公开征求意见', exact: true }).waitFor();
    await table.getByRole('row', { name: /推进季度重点工作并报送进展：城区公共停车设施建设/ }).getByRole('cell', { name: '季度重点工作', exact: true }).waitFor();
    await assertAccessible(p);
    await screenshot(p, 'demo-workbench');

    await table.getByRole('link', { name: /^落实县政府常务会议议定事项1：原则同意分两期建设城区公共停车场/ }).click();
    await p.waitForURL(/\/meetings\?meeting=/);
    await p.getByRole('dialog').getByText('原则同意分两期建设城区公共停车场，一期新建泊位800个').first().waitFor();

    await p.goBack();
    await p.waitForURL(/\/workbench$/);
    await p.getByTestId('task-table').getByRole('link', { name: /^推进季度重点工作并报送进展：城区公共停车设施建设/ }).click();
    await p.waitForURL(/\/key-work$/);
    await p.getByTestId('key-work-table').getByRole('button', { name: '城区公共停车设施建设' }).waitFor();
  });

  void test('the portal shows the published decisions and the open consultation', async () => {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(`${server.baseUrl}/portal/decisions`);
    await page.getByText('县财政局将一期建设资金纳入明年县级财政预算草案').waitFor();
    await page.goto(`${server.baseUrl}/portal/consultations`);
    await page.getByText(/云阳县城区公共停车场管理办法/).first().waitFor();
  });
});
