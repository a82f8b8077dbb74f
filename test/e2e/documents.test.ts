import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Response } from 'playwright-core';
import { assertAccessible, launchBrowser, mainNav, loginThroughUi, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 发文 in a real browser against a real server on SQLite, the clock fixed at Monday 2025-11-03
// 09:00 Beijing time: a drafter's 拟稿 refused for a 密级 marking (art. 61) then saved and sent to
// 核稿; the office confirms 重大, and the art. 53 route runs the deputy's 会签 before the 县长's
// 签发 (the 县长 has no 签发 button out of turn); the office numbers it 云阳府发〔2025〕1号.
void describe('official documents (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let docUrl = '';

  const isApi = (path: RegExp, method = 'POST') => (r: Response) => r.request().method() === method && path.test(new URL(r.url()).pathname);
  const login = (username: string) => loginThroughUi(browser, server.baseUrl, username, { contexts, pageErrors });
  const tags = async (scope: Locator, label: string, values: readonly string[]) => {
    const input = scope.getByLabel(label, { exact: true });
    for (const v of values) {
      await input.click();
      await input.fill(v);
      await input.press('Enter');
    }
    await input.press('Escape');
  };

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

  void test('fengli: a draft marked 秘密★1年 is refused citing 第六十一条; the corrected draft is saved and sent to 核稿', async () => {
    const p = await login('fengli');
    await mainNav(p).getByRole('link', { name: '发文' }).click();
    await p.getByRole('link', { name: '拟稿' }).click();
    const form = p.getByTestId('document-form');
    await form.getByLabel('标题').fill('秘密★1年 云阳县人民政府关于加快推进重点项目建设的通知');
    await tags(form, '主送机关', ['各乡镇人民政府、街道办事处，县政府各部门']);
    await form.getByLabel('正文').fill('为加快推进全县重点项目建设，现就有关事项通知如下。');
    await tags(form, '涉及的部门', ['县发展改革委']);
    await viewportScreenshot(p, 'documents-draft-form');
    await assertAccessible(p);
    const refused = p.waitForResponse(isApi(/^\/api\/documents$/));
    await p.getByRole('button', { name: '保存' }).click();
    assert.equal((await refused).status(), 422);
    await p.getByTestId('verdicts').getByText(/^第六十一条：标题中的“秘密★1年”是国家秘密密级标志/).waitFor();
    await viewportScreenshot(p, 'documents-draft-classified-refused');

    await form.getByLabel('标题').fill('云阳县人民政府关于加快推进重点项目建设的通知');
    const saved = p.waitForResponse(isApi(/^\/api\/documents$/));
    await p.getByRole('button', { name: '保存' }).click();
    assert.equal((await saved).status(), 201);
    await p.waitForURL(/\/documents\/[0-9a-f-]+$/);
    docUrl = new URL(p.url()).pathname;
    await p.getByRole('heading', { name: '云阳县人民政府关于加快推进重点项目建设的通知' }).waitFor();
    await p.getByText('核稿时按第五十三条计算审签路线').waitFor();
    // An attachment: a renamed executable is refused with the reason, a PDF is kept.
    const input = p.locator('input[type=file]');
    await input.setInputFiles({ name: '项目清单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
    await p.getByText(/内容与扩展名不符/).waitFor();
    await input.setInputFiles({ name: '项目清单.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x20)]) });
    await p.getByRole('link', { name: '项目清单.pdf' }).waitFor();
    await viewportScreenshot(p, 'documents-attachment');
    await p.getByRole('button', { name: '送核稿' }).click();
    await p.getByTestId('document-outcome').getByText('已送核稿，当前环节：核稿').waitFor();
  });

  void test('wumin: 核稿 confirms 重大; the route is the deputy in charge 会签 (第五十三条第七项) then the 县长 签发 (第一项)', async () => {
    const p = await login('wumin');
    await mainNav(p).getByRole('link', { name: '发文' }).click();
    await p.getByRole('link', { name: '云阳县人民政府关于加快推进重点项目建设的通知' }).click();
    await p.getByRole('button', { name: '核稿' }).click();
    const dialog = p.getByRole('dialog', { name: '核稿' });
    await dialog.getByRole('radio', { name: '重大（由县长审签）' }).check();
    await dialog.getByLabel('核稿意见').fill('涉及全县重点项目，请县长签发');
    await viewportScreenshot(p, 'documents-review');
    await assertAccessible(p);
    await dialog.getByRole('button', { name: '核稿通过，确定审签路线' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const steps = p.getByTestId('route-steps');
    await steps.getByText('副县长（分管发展改革、统计） 会签').waitFor();
    await steps.getByText('县长 签发').waitFor();
    await steps.getByTestId('waiting').getByText('刘建华').waitFor();
    await p.getByTestId('step-due').getByText('当前环节“会签”限2025年11月3日办结（第四十条“文不过夜”）').waitFor();
    await p.getByText(/拟稿人提出“一般”，核稿改定/).waitFor();
    await viewportScreenshot(p, 'documents-route');
    await assertAccessible(p);
  });

  void test('the 县长 cannot sign before the deputy (第五十三条第七项); after 会签 the 县长 signs and the office numbers it', async () => {
    const zhou = await login('zhouminyuan');
    await zhou.goto(`${server.baseUrl}${docUrl}`);
    await zhou.getByTestId('route-steps').waitFor();
    assert.equal(await zhou.getByTestId('document-actions').getByRole('button', { name: '签发' }).count(), 0, 'no 签发 out of turn');

    const liu = await login('liujianhua');
    await liu.goto(`${server.baseUrl}${docUrl}`);
    await liu.getByTestId('document-actions').getByRole('button', { name: '会签' }).click();
    const d1 = liu.getByRole('dialog', { name: '审签' });
    await d1.getByLabel('审签意见').fill('拟同意，呈县长签发');
    await d1.getByRole('button', { name: '提交' }).click();
    await liu.getByTestId('document-outcome').getByText('已审签，当前环节：审签').waitFor();

    await zhou.reload();
    await zhou.getByTestId('document-actions').getByRole('button', { name: '签发' }).click();
    const d2 = zhou.getByRole('dialog', { name: '审签' });
    await d2.getByLabel('审签意见').fill('同意');
    await d2.getByRole('button', { name: '提交' }).click();
    await zhou.getByTestId('document-outcome').getByText('已审签，当前环节：复核').waitFor();

    const wu = await login('wumin');
    await wu.goto(`${server.baseUrl}${docUrl}`);
    await wu.getByRole('button', { name: '复核并登记编号' }).click();
    await wu.getByRole('button', { name: '登记编号', exact: true }).click();
    await wu.getByTestId('doc-number').getByText('云阳府发〔2025〕1号').waitFor();
    await wu.getByRole('tab', { name: '办理记录' }).click();
    await wu.getByRole('cell', { name: '复核并登记编号' }).waitFor();
    await viewportScreenshot(wu, 'documents-numbered');
    await assertAccessible(wu);
    await mainNav(wu).getByRole('link', { name: '发文' }).click();
    await wu.getByRole('button', { name: '发文字号登记簿' }).click();
    await wu.getByRole('cell', { name: '云阳府发〔2025〕1号' }).waitFor();
    await wu.getByRole('cell', { name: '云阳府发〔2025〕2号' }).waitFor();
    await viewportScreenshot(wu, 'documents-number-register');
    await assertAccessible(wu);
  });
});
