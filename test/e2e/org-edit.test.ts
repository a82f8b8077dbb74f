import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { axeViolations, launchBrowser, loginThroughUi, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 维护 on 组织机构 in a real browser against a real server on SQLite, the clock fixed at Monday
// 2025-11-03 09:00 Beijing time: 调整分管 refused by art. 5, 设定AB角 accepted and seen in 历史,
// an import with a bad row refused whole, and no 维护 for an account without org:edit.
const BAD_CSV = '人员,岗位代码,起始日,截止日\n钱多多,fgw-drafter,2025-12-01,\n赵四,county-head,2025-12-01,\n';
const GOOD_CSV = '人员,岗位代码,起始日,截止日\n钱多多,fgw-drafter,2025-12-01,\n';

interface OrgJson {
  data: { positions: { code: string; holders: { name: string }[] }[]; abPairs: { aPositionId: string; validFrom: string; validTo: string | null }[] };
}

void describe('organisation maintenance (web)', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const nav = (p: Page) => p.getByRole('navigation', { name: '主导航' });
  const assertAccessible = async (p: Page) => {
    const bad = (await axeViolations(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
  };
  const isApi =
    (path: string, method = 'GET') =>
    (r: Response) =>
      r.request().method() === method && new URL(r.url()).pathname === path;
  /** A fresh context for the user, logged in through the login page. */
  const loginAs = async (username: string): Promise<Page> => {
    const p = await loginThroughUi(browser, server.baseUrl, username, { contexts, pageErrors });
    await nav(p).getByRole('link', { name: '组织机构' }).click();
    await p.getByTestId('org-date').getByText('当前任职情况（2025年11月3日）').waitFor();
    return p;
  };

  /** Types into a searchable select and takes the first match with Enter. */
  const choose = async (scope: Locator, label: string, text: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(text);
    await input.press('Enter');
  };

  const pickDate = async (scope: Locator, label: string, value: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
    assert.equal(await input.inputValue(), value);
  };

  /** Each test starts from the page itself, even when the one before failed with a dialog open. */
  const settle = async () => {
    const open = page.getByRole('dialog');
    if ((await open.count()) === 0) return;
    await page.keyboard.press('Escape');
    await open.first().waitFor({ state: 'hidden' });
  };

  const orgNow = async (): Promise<OrgJson['data']> => {
    const office = await server.harness.login('liwenbo');
    return ((await office.get('/api/org')).body as OrgJson).data;
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

  void test('liwenbo: 调整分管 of 县发展改革委 to a second deputy is refused by 第五条, in the dialog', async () => {
    page = await loginAs('liwenbo');
    const maintain = page.getByTestId('org-maintain');
    await maintain.getByRole('button', { name: '调整分管' }).click();
    const dialog = page.getByRole('dialog', { name: '调整分管' });
    await choose(dialog, '县领导岗位', '副县长（分管司法、市场监管）');
    await choose(dialog, '分管机构', '县发展改革委');
    assert.equal(await dialog.getByLabel('起始日').inputValue(), '2025-11-03', 'the date defaults to the date viewed');
    const refused = page.waitForResponse(isApi('/api/org/portfolios', 'POST'));
    await dialog.getByRole('button', { name: '保存分管' }).click();
    const res = await refused;
    assert.equal(res.status(), 422);
    const sent = res.request().postDataJSON() as Record<string, string>;
    assert.deepEqual(Object.keys(sent).sort(), ['bodyId', 'positionId', 'validFrom']);
    assert.equal(sent['validFrom'], '2025-11-03');
    const verdicts = dialog.getByTestId('verdicts');
    await verdicts.getByText(/^第五条：县发展改革委已由副县长（分管发展改革、统计）分管/).waitFor();
    await verdicts.getByRole('link', { name: '第五条' }).waitFor();
    await viewportScreenshot(page, 'org-edit-portfolio-refused');
    await assertAccessible(page);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  void test('liwenbo: 设定AB角 for 副县长（分管乡镇街道工作） with B 常务副县长 from 11月10日; 历史 shows both settings', async () => {
    await settle();
    await page.getByTestId('org-maintain').getByRole('button', { name: '设定AB角' }).click();
    const dialog = page.getByRole('dialog', { name: '设定AB角' });
    await choose(dialog, 'A角岗位', '副县长（分管乡镇街道工作）');
    await dialog.getByTestId('ab-current').getByText('现设定：B角县政府党组成员，自2025年10月26日起', { exact: false }).waitFor();
    await choose(dialog, 'B角岗位', '常务副县长');
    await pickDate(dialog, '起始日', '2025-11-10');
    await viewportScreenshot(page, 'org-edit-ab-form');
    await assertAccessible(page);
    const saved = page.waitForResponse(isApi('/api/org/ab-pairs', 'POST'));
    await dialog.getByRole('button', { name: '保存AB角' }).click();
    const res = await saved;
    assert.equal(res.status(), 201, await res.text());
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已设定AB角：副县长（分管乡镇街道工作）的B角为常务副县长，自2025年11月10日起').waitFor();

    const pairs = (await orgNow()).abPairs.filter((p) => p.validFrom === '2025-11-10' || p.validTo === '2025-11-09');
    assert.equal(pairs.length, 2, 'the new pair from 11-10 and the old one ended on 11-09');

    // Today the chart still shows the old B; 历史 lists both with their periods.
    const gov = page.getByTestId('org-group-government');
    await gov.getByRole('button', { name: '副县长（分管乡镇街道工作）', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '由谁履职：副县长（分管乡镇街道工作）' });
    await drawer.getByRole('tab', { name: '历史' }).click();
    const history = drawer.getByTestId('position-history');
    await history.getByText('赵国强：2025年10月26日起，未定截止日').waitFor();
    const oldRow = history.getByRole('row', { name: /本岗位为A角，B角：县政府党组成员/ });
    await oldRow.getByText('2025年10月26日起至2025年11月9日').waitFor();
    await oldRow.getByText('当日有效').waitFor();
    const newRow = history.getByRole('row', { name: /本岗位为A角，B角：常务副县长/ });
    await newRow.getByText('2025年11月10日起，未定截止日').waitFor();
    await newRow.getByText('尚未开始').waitFor();
    await history.getByRole('row', { name: /本岗位为B角，替县政府党组成员/ }).waitFor();
    await viewportScreenshot(page, 'org-edit-history');
    await assertAccessible(page);
    await drawer.getByRole('button', { name: /Close|关闭/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
  });

  void test('liwenbo: 记录委托 of 县长 to 常务副县长 (主持工作) is saved and listed in 历史', async () => {
    await settle();
    await page.getByTestId('org-maintain').getByRole('button', { name: '记录委托' }).click();
    const dialog = page.getByRole('dialog', { name: '记录委托' });
    await choose(dialog, '委托人岗位', '县长 周明远');
    await choose(dialog, '受委托岗位', '常务副县长');
    await pickDate(dialog, '起始时间', '2025-11-10 08:00');
    await pickDate(dialog, '截止时间', '2025-11-12 18:00');
    await dialog.getByLabel('事由').fill('县长赴市里参加培训');
    await viewportScreenshot(page, 'org-edit-delegation-form');
    await assertAccessible(page);
    const saved = page.waitForResponse(isApi('/api/org/delegations', 'POST'));
    await dialog.getByRole('button', { name: '保存委托' }).click();
    const res = await saved;
    assert.equal(res.status(), 201, await res.text());
    const sent = res.request().postDataJSON() as Record<string, string>;
    assert.equal(sent['fromAt'], '2025-11-10T08:00:00+08:00');
    assert.equal(sent['scope'], 'presiding');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('org-group-government').getByRole('button', { name: '县长', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '由谁履职：县长' });
    await drawer.getByRole('tab', { name: '历史' }).click();
    const row = drawer.getByTestId('position-history').getByRole('row', { name: /委托常务副县长（主持工作）/ });
    await row.getByText('2025年11月10日 08:00至11月12日 18:00').waitFor();
    await row.getByText('尚未开始').waitFor();
    await drawer.getByRole('button', { name: /Close|关闭/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
  });

  void test('liwenbo: 任职 of 何静 as 县政府办公室主任 is refused (one holder at a time)', async () => {
    await settle();
    await page.getByTestId('org-maintain').getByRole('button', { name: '任职', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '任职', exact: true });
    await choose(dialog, '人员', '何静');
    await choose(dialog, '岗位', '县政府办公室主任');
    const refused = page.waitForResponse(isApi('/api/org/appointments', 'POST'));
    await dialog.getByRole('button', { name: '保存任职' }).click();
    assert.equal((await refused).status(), 422);
    await dialog.getByTestId('verdicts').getByText(/县政府办公室主任同一时间只能由一人担任/).waitFor();
    await assertAccessible(page);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  void test('liwenbo: an import with a second 县长 on line 3 is refused whole, every problem listed', async () => {
    await settle();
    const box = page.getByTestId('org-import');
    const refused = page.waitForResponse(isApi('/api/org/import', 'POST'));
    await box.locator('input[type=file]').setInputFiles({ name: 'org.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    assert.equal((await refused).status(), 422);
    const problems = box.getByTestId('import-problems');
    await problems.getByText('未导入任何数据', { exact: false }).first().waitFor();
    const row = problems.getByRole('row', { name: /第3行/ });
    await row.getByRole('cell', { name: '岗位代码', exact: true }).waitFor();
    await row.getByText(/县长同一时间只能由一人担任/).waitFor();
    assert.equal(await problems.getByRole('row', { name: /第2行/ }).count(), 0, 'line 2 is fine');
    const holders = (await orgNow()).positions.flatMap((p) => p.holders.map((h) => h.name));
    assert.ok(!holders.includes('钱多多') && !holders.includes('赵四'));
    await screenshot(page, 'org-edit');
    await assertAccessible(page);

    // The good row alone is imported, and counted.
    const accepted = page.waitForResponse(isApi('/api/org/import', 'POST'));
    await box.locator('input[type=file]').setInputFiles({ name: 'org-ok.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    assert.equal((await accepted).status(), 201);
    await box.getByTestId('import-result').getByText('org-ok.csv：已导入任职 1 条，新增人员 1 人').waitFor();
    assert.equal(await box.getByTestId('import-problems').count(), 0);
  });

  void test('liwenbo: 导出任职表 downloads the server CSV for the date viewed', async () => {
    await settle();
    const download = page.waitForEvent('download');
    const asked = page.waitForResponse((r) => isApi('/api/org/export.csv')(r) && new URL(r.url()).searchParams.get('on') === '2025-11-03');
    await page.getByTestId('org-import').getByRole('button', { name: '导出任职表（CSV）' }).click();
    assert.equal((await asked).status(), 200);
    const file = await download;
    assert.equal(file.suggestedFilename(), '组织机构-2025-11-03.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    assert.match(csv, /机构,机构类别,岗位代码,岗位,人员,起始日,截止日/);
    assert.match(csv, /云阳县人民政府,县政府,county-head,县长,周明远,2025-10-26,/);
  });

  void test('fengli (no org:edit) sees the chart without 维护', async () => {
    const p = await loginAs('fengli');
    await p.getByTestId('org-group-government').getByRole('button', { name: '县长', exact: true }).waitFor();
    assert.equal(await p.getByTestId('org-maintain').count(), 0);
    assert.equal(await p.getByRole('button', { name: '设定AB角' }).count(), 0);
    assert.equal(await p.getByTestId('org-import').count(), 0);
  });

  void test('no script errors on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
