import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { axeViolations, launchBrowser, loginThroughUi, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 审计整改 (arts. 9, 35) in a real browser against a real server on SQLite, the clock fixed at
// Monday 2025-11-03 09:00 Beijing time: the audit bureau records a finding, the audited body
// reports, the bureau concludes; other departments see nothing, the office reads only.
const TITLE = '专项资金拨付不及时';

void describe('audit findings and rectification (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const assertAccessible = async (p: Page) => {
    const bad = (await axeViolations(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
  };
  const isApi = (path: string | RegExp, method = 'GET') => (r: Response) => {
    const pathname = new URL(r.url()).pathname;
    return r.request().method() === method && (typeof path === 'string' ? pathname === path : path.test(pathname));
  };
  const choose = async (scope: Locator, label: string, text: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(text);
    await input.press('Enter');
  };
  const pickDate = async (p: Page, scope: Locator, label: string, value: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await p.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
  };
  const openPage = async (username: string): Promise<Page> => {
    const p = await loginThroughUi(browser, server.baseUrl, username, { contexts, pageErrors });
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计整改' }).click();
    await p.getByRole('heading', { name: '审计整改', level: 2 }).waitFor();
    return p;
  };
  const openFinding = async (p: Page) => {
    await p.getByTestId('findings-table').getByRole('button', { name: TITLE }).click();
    const drawer = p.getByRole('dialog', { name: `审计发现：${TITLE}` });
    await drawer.getByTestId('finding-history').waitFor();
    return drawer;
  };

  before(async () => {
    server = await startWebServer({ at: '2025-11-03T01:00:00.000Z' });
    browser = await launchBrowser();
  });

  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  void test('xiefang (县审计局局长) records a finding against 县发展改革委; the page names the dual leadership (第九条)', async () => {
    const p = await openPage('xiefang');
    await p.getByTestId('audit-findings-intro').getByText(/县审计局在县长和市审计局的双重领导下/).waitFor();
    await p.getByTestId('audit-findings-intro').getByRole('link', { name: '第九条' }).waitFor();
    await p.getByRole('button', { name: '记录审计发现' }).click();
    const dialog = p.getByRole('dialog', { name: '记录审计发现' });
    await choose(dialog, '被审计单位', '县发展改革委');
    await dialog.getByLabel('问题标题').fill(TITLE);
    await dialog.getByLabel('审计发现的问题').fill('2025年产业发展专项资金中有300万元滞留超过6个月未拨付。');
    await dialog.getByLabel('整改要求').fill('立即拨付滞留资金，建立拨付台账，并报送整改情况。');
    await pickDate(p, dialog, '整改期限', '2025-12-31');
    await viewportScreenshot(p, 'audit-findings-record-form');
    await assertAccessible(p);
    const saved = p.waitForResponse(isApi('/api/audit-findings', 'POST'));
    await dialog.getByRole('button', { name: '记录并交办整改' }).click();
    assert.equal((await saved).status(), 201);
    await dialog.waitFor({ state: 'hidden' });
    const row = p.getByTestId('findings-table').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('县发展改革委', { exact: true }).waitFor();
    await row.getByText('整改中').waitFor();
    await row.getByText('2025年12月31日').waitFor();
    await screenshot(p, 'audit-findings');
  });

  void test('zhengwei (the audited principal) has the 待办, reports, and cannot conclude', async () => {
    const p = await loginThroughUi(browser, server.baseUrl, 'zhengwei', { contexts, pageErrors });
    await p.getByText(`整改审计发现的问题并报告：${TITLE}`).waitFor();
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计整改' }).click();
    await p.getByText('显示对本单位的审计发现。').waitFor();
    const drawer = await openFinding(p);
    assert.equal(await drawer.getByTestId('conclude-form').count(), 0);
    assert.equal(await drawer.getByTestId('amend-form').count(), 0);
    const form = drawer.getByTestId('report-form');
    await form.getByLabel('整改情况').fill('已拨付滞留资金300万元，建立专项资金拨付台账。');
    const saved = p.waitForResponse(isApi(/\/api\/audit-findings\/[^/]+\/reports$/, 'POST'));
    await form.getByRole('button', { name: '报送' }).click();
    assert.equal((await saved).status(), 201);
    const history = drawer.getByTestId('finding-history');
    await history.getByText(/^报送整改情况/).waitFor();
    await history.getByText(/郑伟（县发展改革委主任）/).waitFor();
    await drawer.getByText('已报送整改情况', { exact: true }).first().waitFor();
    await history.scrollIntoViewIfNeeded();
    await viewportScreenshot(p, 'audit-findings-reported');
    await assertAccessible(p);
    // The report answered the 待办: it has left the 工作台.
    await drawer.getByRole('button', { name: /Close|关闭/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作台' }).click();
    await p.getByText('报送本部门年度重点工作进展').waitFor();
    // The list may show its cached copy for a moment before it refetches; the 待办 must then be gone.
    await p.getByText(`整改审计发现的问题并报告：${TITLE}`).waitFor({ state: 'detached' });
    assert.equal(await p.getByText(`整改审计发现的问题并报告：${TITLE}`).count(), 0);
  });

  void test('huangzhigang (another department) sees no finding', async () => {
    const p = await openPage('huangzhigang');
    await p.getByText('显示对本单位的审计发现。').waitFor();
    await p.getByTestId('findings-table').getByText('暂无审计发现').waitFor();
  });

  void test('liwenbo (the office) sees all, read only', async () => {
    const p = await openPage('liwenbo');
    const drawer = await openFinding(p);
    await drawer.getByTestId('finding-read-only').waitFor();
    assert.equal(await drawer.getByRole('button', { name: '保存认定' }).count(), 0);
  });

  void test('xiefang finds it 未整改到位 and follows up; the history keeps every step', async () => {
    const p = await openPage('xiefang');
    const drawer = await openFinding(p);
    const conclude = drawer.getByTestId('conclude-form');
    await conclude.getByRole('radio', { name: '未整改到位' }).check();
    await conclude.getByLabel('说明').fill('台账未覆盖全部项目');
    const saved = p.waitForResponse(isApi(/\/conclusion$/, 'POST'));
    await conclude.getByRole('button', { name: '保存认定' }).click();
    assert.equal((await saved).status(), 200);
    const history = drawer.getByTestId('finding-history');
    await history.getByText(/^认定未整改到位/).waitFor();
    const follow = drawer.getByTestId('follow-up-form');
    await follow.getByLabel('追加的整改要求').fill('补齐全部项目的拨付台账');
    await pickDate(p, follow, '新的整改期限', '2026-01-30');
    const added = p.waitForResponse(isApi(/\/follow-ups$/, 'POST'));
    await follow.getByRole('button', { name: '追加' }).click();
    assert.equal((await added).status(), 201);
    await history.getByText(/^追加整改要求/).waitFor();
    await history.getByText('整改期限：2026年1月30日').waitFor();
    assert.deepEqual(
      (await history.locator('.ant-timeline-item strong').allInnerTexts()).map((t) => t.split(/\s/)[0]),
      ['记录审计发现', '报送整改情况', '认定未整改到位', '追加整改要求'],
    );
    await history.scrollIntoViewIfNeeded();
    await viewportScreenshot(p, 'audit-findings-history');
    await assertAccessible(p);
  });

  void test('no script errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
