import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { axeViolations, launchBrowser, loginThroughUi, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 科室 and the bodies of art. 69 on 组织机构, in a real browser against a real server on SQLite,
// the clock fixed at Monday 2025-11-03 09:00 Beijing time.
void describe('organisation structure: 科室 and art. 69 bodies (web)', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const assertAccessible = async (p: Page) => {
    const bad = (await axeViolations(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
  };
  const isApi = (path: string, method = 'GET') => (r: Response) => r.request().method() === method && new URL(r.url()).pathname === path;
  const choose = async (scope: Locator, label: string, text: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(text);
    await input.press('Enter');
  };

  before(async () => {
    server = await startWebServer({ at: '2025-11-03T01:00:00.000Z' });
    browser = await launchBrowser();
    page = await loginThroughUi(browser, server.baseUrl, 'liwenbo', { contexts, pageErrors });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织机构' }).click();
    await page.getByTestId('org-date').getByText('当前任职情况（2025年11月3日）').waitFor();
  });

  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  void test('the chart shows 科室 under their body and a group 直属及派出机构（第六十九条）', async () => {
    const office = page.getByTestId('org-group-office');
    await office.getByRole('cell', { name: '县政府办公室 · 秘书科', exact: true }).waitFor();
    await office.getByRole('button', { name: '县政府办公室秘书科科长（核稿人）' }).waitFor();
    await office.getByText('田雨').waitFor();
    const departments = page.getByTestId('org-group-department');
    await departments.getByRole('cell', { name: '县审计局 · 经济责任审计科', exact: true }).waitFor();
    const agencies = page.getByTestId('org-group-agency');
    await agencies.getByRole('heading', { name: '直属及派出机构（第六十九条）' }).waitFor();
    const park = agencies.getByRole('row', { name: /云阳工业园区管委会/ });
    await park.getByText('派出机构', { exact: true }).waitFor();
    await park.getByText('贺建军').waitFor();
    await agencies.getByRole('row', { name: /县机关事务服务中心/ }).getByText('直属事业单位', { exact: true }).waitFor();
    // The 科室 comes right after its body's own posts.
    const bodies = await office.locator('tbody tr td:first-child').allInnerTexts();
    const named = bodies.map((t) => t.trim()).filter((t) => t === '县政府办公室' || t.startsWith('县政府办公室 · '));
    assert.deepEqual(named, ['县政府办公室', '县政府办公室 · 秘书科', '县政府办公室 · 综合科']);
    await screenshot(page, 'org-structure-chart');
    await assertAccessible(page);
  });

  void test('新增机构: a 科室 without its body is refused under the field; with it, it is added and shown', async () => {
    await page.getByTestId('org-maintain').getByRole('button', { name: '新增机构' }).click();
    const dialog = page.getByRole('dialog', { name: '新增机构' });
    await dialog.getByLabel('名称').fill('督查科');
    await dialog.getByLabel('代码').fill('office-dck');
    const refused = page.waitForResponse(isApi('/api/org/bodies', 'POST'));
    await dialog.getByRole('button', { name: '保存机构' }).click();
    assert.equal((await refused).status(), 400);
    await dialog.getByText('科室（内设机构）须指明所在机构').first().waitFor();
    await viewportScreenshot(page, 'org-structure-unit-refused');
    await choose(dialog, '所在机构', '县政府办公室');
    const saved = page.waitForResponse(isApi('/api/org/bodies', 'POST'));
    await dialog.getByRole('button', { name: '保存机构' }).click();
    assert.equal((await saved).status(), 201);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已新增机构：县政府办公室 · 督查科').waitFor();
    // A body without posts is listed under its group.
    await page.getByTestId('org-group-office').getByText(/未登记岗位的机构：.*县政府办公室 · 督查科/).waitFor();
  });

  void test('新增岗位 in the new 科室; a duplicate code is refused', async () => {
    await page.getByTestId('org-maintain').getByRole('button', { name: '新增岗位' }).click();
    const dialog = page.getByRole('dialog', { name: '新增岗位' });
    await choose(dialog, '所在机构或科室', '县政府办公室 · 督查科');
    await dialog.getByLabel('岗位名称').fill('县政府办公室督查科科长');
    await choose(dialog, '岗位类别', '科室负责人');
    await dialog.getByLabel('代码').fill('office-msk-head');
    const dup = page.waitForResponse(isApi('/api/org/positions', 'POST'));
    await dialog.getByRole('button', { name: '保存岗位' }).click();
    assert.equal((await dup).status(), 409);
    await dialog.getByText(/岗位代码“office-msk-head”已被使用/).first().waitFor();
    await dialog.getByLabel('代码').fill('office-dck-head');
    await viewportScreenshot(page, 'org-structure-position-form');
    await assertAccessible(page);
    const saved = page.waitForResponse(isApi('/api/org/positions', 'POST'));
    await dialog.getByRole('button', { name: '保存岗位' }).click();
    assert.equal((await saved).status(), 201);
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('org-group-office').getByRole('row', { name: /县政府办公室督查科科长/ });
    await row.getByRole('cell', { name: '县政府办公室 · 督查科', exact: true }).waitFor();
    await row.getByText('空缺').waitFor();
  });

  void test('新增机构 of an art. 69 body with its category lands in its group', async () => {
    await page.getByTestId('org-maintain').getByRole('button', { name: '新增机构' }).click();
    const dialog = page.getByRole('dialog', { name: '新增机构' });
    await choose(dialog, '类别', '第六十九条机构');
    await dialog.getByRole('radio', { name: '部门管理机构' }).check();
    await dialog.getByLabel('名称').fill('县政务服务中心');
    await dialog.getByLabel('代码').fill('zwfw');
    const saved = page.waitForResponse(isApi('/api/org/bodies', 'POST'));
    await dialog.getByRole('button', { name: '保存机构' }).click();
    assert.equal((await saved).status(), 201);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('org-group-agency').getByText(/未登记岗位的机构：县政务服务中心/).waitFor();
    await screenshot(page, 'org-structure-after');
  });

  void test('no script errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
