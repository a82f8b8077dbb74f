import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertAccessible, choose, launchBrowser, loginThroughUi, mainNav, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 规范性文件 (arts. 18–21) in a real browser on SQLite, the clock at Monday 2025-11-03 09:00 Beijing
// time: the office records the 立项, the drafter submits a draft whose penalty wording is flagged
// (第十九条) and resolves it with a reason; the lifecycle shows the next step and what blocks it; the
// filing register, the yearly report and the portal's list pass the accessibility check.
const TITLE = '云阳县城区停车管理办法';

void describe('normative documents (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });

  before(async () => {
    server = await startWebServer({ at: '2025-11-03T01:00:00.000Z' });
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(pageErrors, []);
  });

  void test('第十九条: the office records the 立项 designating the drafting department', async () => {
    const p = await login('liwenbo');
    await mainNav(p).getByRole('link', { name: '规范性文件' }).click();
    await p.getByRole('heading', { name: '规范性文件', level: 2 }).waitFor();
    await p.getByRole('button', { name: '立项' }).click();
    const d = p.getByRole('dialog', { name: '规范性文件立项' });
    await d.getByLabel('文件名称').fill(TITLE);
    await choose(d, '起草（主办）部门', '县发展改革委');
    await d.getByLabel('立项依据').fill('县政府2025年度规范性文件制定计划');
    await viewportScreenshot(p, 'normative-initiate');
    await assertAccessible(p);
    await d.getByRole('button', { name: '立项' }).click();
    const row = p.getByTestId('normative-table').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('已立项').waitFor();
    await row.getByText('起草（评估论证、内容检查）').waitFor();
    await assertAccessible(p);
  });

  void test('第十九条: the drafter\'s penalty wording is flagged and resolved by a named person with a reason', async () => {
    const p = await login('fengli');
    await mainNav(p).getByRole('link', { name: '规范性文件' }).click();
    await p.getByTestId('normative-table').getByRole('button', { name: TITLE }).click();
    const drawer = p.getByRole('dialog', { name: `《${TITLE}》` });
    await drawer.getByTestId('normative-next').getByText('下一步：起草（评估论证、内容检查）').waitFor();
    await drawer.getByRole('button', { name: '提交起草稿' }).click();
    const f = p.getByRole('dialog', { name: '提交起草稿' });
    await f.getByLabel('起草稿正文').fill('第一条 为规范城区停车管理，制定本办法。\n第二条 违反本办法规定的，由县城市管理局处以罚款。');
    await f.getByLabel('起草说明').fill('一、起草背景：城区停车泊位供给不足。二、主要内容：明确管理职责。');
    await f.getByLabel('必要性评估').fill('城区停车矛盾突出，群众反映强烈，有必要统一规范。');
    await f.getByLabel('可行性评估').fill('上位法依据充分，有关部门已协商一致，具备实施条件。');
    await f.getByRole('button', { name: '提交起草稿' }).click();
    await f.waitFor({ state: 'hidden' });
    const flags = drawer.getByTestId('normative-flags');
    await flags.getByText(/F1“处以罚款”（疑似设定行政处罚）/).waitFor();
    await flags.getByText('未确认').waitFor();
    await drawer.getByTestId('normative-next').getByText(/疑似表述F1“处以罚款”.*尚未确认/).waitFor();
    await viewportScreenshot(p, 'normative-flagged');
    await assertAccessible(p);

    await drawer.getByRole('button', { name: '公开征求意见' }).click();
    const c = p.getByRole('dialog', { name: '公开征求意见' });
    await c.getByLabel('截止日期（当日24时截止）').fill('2025-11-20');
    await c.getByRole('button', { name: '公开征求意见' }).click();
    await c.getByText(/第十九条：.*尚有1处疑似表述未经确认/).first().waitFor();
    await c.getByRole('button', { name: '取消' }).click();

    await drawer.getByRole('button', { name: '确认疑似表述' }).click();
    const r = p.getByRole('dialog', { name: '确认疑似表述' });
    await choose(r, '疑似表述', 'F1');
    await r.getByLabel('确认理由').fill('罚款依据《重庆市停车场管理条例》的规定，本办法仅作援引，未新设处罚');
    await r.getByRole('button', { name: '确认疑似表述' }).click();
    await flags.getByText(/已由冯丽确认/).waitFor();
    await screenshot(p, 'normative-lifecycle');
    await assertAccessible(p);
    // The open record is in the address: a reload (or a 待办's link) opens the same drawer.
    assert.match(p.url(), /\/normative\?open=[0-9a-f-]+$/);
    await p.reload();
    await p.getByRole('dialog', { name: `《${TITLE}》` }).getByTestId('normative-flags').getByText(/已由冯丽确认/).waitFor();
  });

  void test('the filing register and the yearly report (arts. 18, 19) pass the accessibility check', async () => {
    const p = await login('huangzhigang');
    await mainNav(p).getByRole('link', { name: '规范性文件' }).click();
    await p.getByRole('link', { name: '备案登记' }).click();
    await p.getByRole('heading', { name: '规范性文件备案登记', level: 2 }).waitFor();
    await p.getByTestId('filing-table').waitFor();
    await assertAccessible(p);
    await p.getByRole('link', { name: '部门文件备案审查年度报告' }).click();
    await p.getByRole('heading', { name: '部门规范性文件备案审查年度报告', level: 2 }).waitFor();
    await p.getByTestId('report-summary').waitFor();
    await viewportScreenshot(p, 'normative-report');
    await assertAccessible(p);
  });

  void test('portal: 规范性文件 lists only published documents and passes the accessibility check', async () => {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(`${server.baseUrl}/portal/normative`);
    await page.getByRole('heading', { name: '规范性文件', level: 1 }).waitFor();
    await page.getByText('暂无现行有效的规范性文件。').waitFor();
    assert.equal(await page.getByText(TITLE).count(), 0, 'a document not published is not shown (art. 21)');
    await screenshot(page, 'portal-normative');
    await assertAccessible(page);
  });
});
