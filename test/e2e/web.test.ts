import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runScheduler } from '../../src/services/scheduler/run-scheduler.ts';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Json } from '../support/harness.ts';
import { axeViolations, launchBrowser, screenshot, STAFF_CONTEXT, startWebServer, type WebServer } from './support/browser.ts';

// The staff application in a real browser, against a real server on SQLite with a fixed clock
// (2025-11-03 09:00 Beijing time, a Monday). One browser; a context per user.
const TASK_TITLE = '核对县发展改革委来文（浏览器测试）';
const LATE_TITLE = '答复县人大常委会来函（浏览器测试）';
// Reduced motion: the app then turns antd's animations off, so screenshots show settled pages.

void describe('staff application (web)', () => {
  let server: WebServer;
  let browser: Browser;
  let wumin: BrowserContext;
  let page: Page;
  let declarativeLabel: string;
  const pageErrors: string[] = [];

  const url = (path: string) => `${server.baseUrl}${path}`;
  const nav = (p: Page) => p.getByRole('navigation', { name: '主导航' });
  // axe-core's WCAG 2.1 A/AA rules: no serious or critical violation on any page we visit.
  const assertAccessible = async (p: Page) => {
    const bad = (await axeViolations(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
  };
  const isApi =
    (path: string, method = 'GET') =>
    (r: { url(): string; request(): { method(): string } }) =>
      r.request().method() === method && new URL(r.url()).pathname === path;

  before(async () => {
    server = await startWebServer({ at: '2025-11-03T01:00:00.000Z' });
    // Seed through the API: the office director assigns a one-working-day task to the clerk's position.
    const office = await server.harness.login('liwenbo');
    const org = (await office.get('/api/org')).body.data;
    const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
    for (const title of [TASK_TITLE, LATE_TITLE]) {
      const created = await office.post('/api/tasks', { title, ownerPositionId: clerk.id, period: { value: 1, unit: 'workday' } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
    const first = await office.get('/api/law/articles/1');
    declarativeLabel = first.body.data.coverage.statusLabel;
    browser = await launchBrowser();
    wumin = await browser.newContext(STAFF_CONTEXT);
    wumin.setDefaultTimeout(10_000);
    page = await wumin.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  void test('login shows 演示环境 and refuses a wrong password in Chinese', async () => {
    await page.goto(url('/workbench'));
    await page.waitForURL(/\/login$/);
    await page.getByTestId('demo-banner').getByText('演示环境').waitFor();
    await page.getByTestId('demo-accounts').getByText('演示密码').waitFor();
    await page.getByLabel('用户名').fill('wumin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('login-error').getByText('用户名、密码或动态口令不正确').waitFor();
    await assertAccessible(page);
    await screenshot(page, 'web-login');
  });

  void test('wumin logs in and sees the task due 2025年11月4日 with 还剩 1 个工作日', async () => {
    await page.getByLabel('密码').fill('yunzheng-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workbench$/);
    await page.getByTestId('user-name').getByText('吴敏').waitFor();
    const row = page.getByRole('row', { name: new RegExp(TASK_TITLE) });
    await row.getByText('2025年11月4日').waitFor();
    await row.getByText('还剩 1 个工作日').waitFor();
    await row.getByText('交办').waitFor();
    assert.equal(await nav(page).getByRole('link', { name: '审计', exact: true }).count(), 0, 'wumin has no 审计 in the navigation');
    for (const item of ['工作台', '条文库', '期限计算']) await nav(page).getByRole('link', { name: item }).waitFor();
    await page.getByTestId('demo-banner').waitFor();
    await screenshot(page, 'web-workbench');
    await assertAccessible(page);

    const download = wumin.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    assert.match(csv, new RegExp(`"${TASK_TITLE}","交办","待办理","2025年11月4日","还剩 1 个工作日"`));
  });

  void test('the due date opens the step-by-step computation', async () => {
    const computed = page.waitForResponse(isApi('/api/deadlines/compute', 'POST'));
    await page
      .getByRole('row', { name: new RegExp(TASK_TITLE) })
      .getByTestId('due-date')
      .click();
    assert.equal((await computed).status(), 200);
    const drawer = page.getByRole('dialog');
    await drawer
      .getByTestId('deadline-summary')
      .getByText('自2025年11月3日起算（当日不计），1个工作日，至2025年11月4日届满', { exact: false })
      .waitFor();
    const step = drawer.getByTestId('deadline-steps').getByRole('row', { name: /2025年11月4日/ });
    await step.getByText('第1个工作日', { exact: true }).waitFor();
    await step.getByText('星期二', { exact: true }).waitFor();
    await screenshot(page, 'web-deadline-drawer');
    await assertAccessible(page);
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
  });

  void test('办结 with a note moves the task to 已办结', async () => {
    await page
      .getByRole('row', { name: new RegExp(TASK_TITLE) })
      .getByRole('button', { name: '办结' })
      .click();
    const modal = page.getByRole('dialog', { name: '办结待办' });
    await modal.getByLabel('办理情况').fill('已核对，来文要素齐全。');
    const done = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/tasks\/[^/]+\/complete$/.test(new URL(r.url()).pathname));
    await modal.getByRole('button', { name: '办结' }).click();
    assert.equal((await done).status(), 200);
    await modal.waitFor({ state: 'hidden' });
    await page
      .getByTestId('task-table')
      .getByRole('row', { name: new RegExp(TASK_TITLE) })
      .waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '已办结' }).click();
    await page.getByRole('tab', { name: '已办结', selected: true }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(TASK_TITLE) });
    await row.getByText('已核对，来文要素齐全。').waitFor();
    await row.getByText('2025年11月3日 09:00:00').waitFor(); // completed at the fixed clock, in Beijing time
    await screenshot(page, 'web-workbench-done');
  });

  void test('条文库 lists 第七十一条 with pack.in-force and 第一条 as declarative', async () => {
    await nav(page).getByRole('link', { name: '条文库' }).click();
    const table = page.getByTestId('article-table');
    const first = table.getByRole('row', { name: /^第一条/ });
    await first.getByText(declarativeLabel, { exact: true }).waitFor();
    await page.getByTestId('coverage-counts').getByText('共 71 条').waitFor();
    await screenshot(page, 'web-law');
    await assertAccessible(page);
    await page.getByRole('searchbox', { name: '搜索条文内容、条号或规则' }).fill('第七十一条');
    const row71 = table.getByRole('row', { name: /第七十一条/ });
    await row71.getByText('pack.in-force').waitFor();
    await row71.getByRole('link', { name: '第七十一条' }).click();
    await page.waitForURL(/\/law\/71$/);
    await page.getByTestId('article-rules').getByText('pack.in-force').waitFor();
    await page.getByTestId('article-text').getByText('2024年3月13日', { exact: false }).waitFor();
    await screenshot(page, 'web-article');
    await page.goto(url('/law?tab=parameters'));
    await page
      .getByTestId('parameter-table')
      .getByRole('row', { name: /time\.dayEndsAt/ })
      .getByText('已核实')
      .waitFor();
    await screenshot(page, 'web-parameters');
  });

  void test('期限计算: 7 工作日 from 2025-09-26 is 2025年10月13日, skipping 国庆; a bad period is named', async () => {
    await nav(page).getByRole('link', { name: '期限计算' }).click();
    await page.getByTestId('calendar-years').getByText('2026年', { exact: true }).waitFor();
    const start = page.getByLabel('起算日');
    await start.fill('2025-09-26');
    await start.press('Enter');
    await page.getByLabel('期间').fill('7');
    const computed = page.waitForResponse(isApi('/api/deadlines/compute', 'POST'));
    await page.getByRole('button', { name: '计算' }).click();
    assert.equal((await computed).status(), 200);
    const result = page.getByTestId('deadline-result');
    await result.getByTestId('deadline-due').getByText('2025年10月13日（星期一）24时截止').waitFor();
    const holiday = result.getByRole('row', { name: /2025年10月1日/ });
    await holiday.getByText('国庆节、中秋节假期', { exact: false }).waitFor();
    await holiday.getByText('不计', { exact: true }).waitFor();
    await result
      .getByRole('row', { name: /2025年9月28日/ })
      .getByText('调休上班日', { exact: true })
      .waitFor();
    await screenshot(page, 'web-deadlines');
    await assertAccessible(page);

    await page.getByLabel('期间').fill('0');
    const refused = page.waitForResponse(isApi('/api/deadlines/compute', 'POST'));
    await page.getByRole('button', { name: '计算' }).click();
    assert.equal((await refused).status(), 400);
    const periodItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('期间') });
    // The server's message is shown under the field it names (body.period), and the input is marked invalid.
    await periodItem.getByText(/数值过小|至少|不得小于/).waitFor();
    assert.equal(await page.getByLabel('期间').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'web-deadlines-error');
  });

  void test('wumin cannot open 审计; auditadmin sees 审计 and the chain verifies', async () => {
    await page.goto(url('/audit'));
    await page.getByText('无权访问').waitFor();

    const auditor = await browser.newContext(STAFF_CONTEXT);
    auditor.setDefaultTimeout(10_000);
    try {
      // Log in through the API; the context keeps the session cookie.
      const login = await auditor.request.post(url('/api/auth/login'), { data: { username: 'auditadmin', password: 'yunzheng-demo' } });
      assert.equal(login.status(), 200);
      const p = await auditor.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      await p.goto(url('/'));
      await p.waitForURL(/\/audit$/);
      await nav(p).getByRole('link', { name: '审计', exact: true }).waitFor();
      assert.equal(await nav(p).getByRole('link', { name: '工作台' }).count(), 0);
      await p.getByTestId('audit-table').getByRole('row').filter({ hasText: '办结待办' }).first().waitFor();
      const verified = p.waitForResponse(isApi('/api/audit/verify', 'POST'));
      await p.getByRole('button', { name: '校验审计链' }).click();
      assert.equal((await verified).status(), 200);
      await p.getByTestId('audit-verify-result').getByText('审计链完整').waitFor();
      await screenshot(p, 'web-audit');
      await assertAccessible(p);
    } finally {
      await auditor.close();
    }
  });

  void test('after an idle night the session asks to log in again; a late 办结 warns citing 第四十条', async () => {
    server.harness.clock.set('2025-11-06T02:00:00.000Z'); // Thursday 10:00 Beijing time, past 2025-11-04 24:00
    await runScheduler(server.harness.instance.deps, 'yunyang');
    await page.goto(url('/workbench'));
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-notice').getByText('未操作，请重新登录', { exact: false }).waitFor();
    await page.getByLabel('用户名').fill('wumin');
    await page.getByLabel('密码').fill('yunzheng-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workbench$/);
    const row = page.getByRole('row', { name: new RegExp(LATE_TITLE) });
    await row.getByText('已逾期 2 个工作日').waitFor();
    const notices = page.getByRole('region', { name: '提醒与督办' });
    await notices.getByText(new RegExp(`${LATE_TITLE}.*已于2025年11月4日届满`)).first().waitFor();
    await notices.getByText('逾期督办').first().waitFor();
    await row.getByRole('button', { name: '办结' }).click();
    const done = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/tasks\/[^/]+\/complete$/.test(new URL(r.url()).pathname));
    await page.getByRole('dialog', { name: '办结待办' }).getByRole('button', { name: '办结' }).click();
    assert.equal((await done).status(), 200);
    const warning = page.getByTestId('verdicts');
    await warning.getByText(/^第四十条.*逾期办结/).waitFor();
    await warning.getByRole('link', { name: '第四十条' }).waitFor();
    await screenshot(page, 'web-workbench-late');
  });

  void test('no script errors on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
