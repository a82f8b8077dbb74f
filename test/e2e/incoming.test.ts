import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertAccessible, choose, launchBrowser, mainNav, loginThroughUi, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 收文 in a real browser on SQLite, the clock at Monday 2025-11-03 09:00 Beijing time: the office
// refuses a letter marked 秘密★1年 (第六十一条), receives and registers another, proposes it to the
// deputy in charge, who names the lead unit; the lead unit's principal completes it.
void describe('incoming documents (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let url = '';
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

  void test('wumin: a letter marked 秘密★1年 is refused at 签收; another is received, registered, accepted and proposed to the deputy in charge', async () => {
    const p = await login('wumin');
    await mainNav(p).getByRole('link', { name: '收文' }).click();
    await p.getByRole('button', { name: '签收来文' }).click();
    const dialog = p.getByRole('dialog', { name: '签收来文' });
    await dialog.getByLabel('来文单位').fill('重庆市发展和改革委员会');
    await dialog.getByLabel('标题').fill('秘密★1年 关于某项目的通知');
    await dialog.getByRole('button', { name: '签收' }).click();
    await dialog.getByTestId('verdicts').getByText(/^第六十一条：来文标题中的“秘密★1年”是国家秘密密级标志/).waitFor();
    await viewportScreenshot(p, 'incoming-classified-refused');
    await dialog.getByLabel('标题').fill('关于做好2026年中央预算内投资项目储备工作的通知');
    await dialog.getByLabel('来文字号').fill('渝发改投〔2025〕1234号');
    await dialog.getByRole('button', { name: '签收' }).click();
    await p.waitForURL(/\/incoming\/[0-9a-f-]+$/);
    url = new URL(p.url()).pathname;
    await p.getByRole('button', { name: '登记' }).click();
    await p.getByTestId('register-no').getByText('收文〔2025〕1号').waitFor();
    await p.getByRole('button', { name: '初审通过' }).click();
    await p.getByTestId('incoming-outcome').getByText('已办理，当前环节：初审通过').waitFor();
    await p.getByRole('button', { name: '呈领导批办' }).click();
    const propose = p.getByRole('dialog', { name: '拟办：呈领导批办' });
    await choose(propose, '呈批的县领导', '副县长（分管发展改革、统计）');
    await propose.getByLabel('拟办意见').fill('拟请刘建华副县长阅批，由县发展改革委牵头办理');
    await viewportScreenshot(p, 'incoming-propose');
    await assertAccessible(p);
    await propose.getByRole('button', { name: '提交' }).click();
    await p.getByTestId('incoming-outcome').getByText('已办理，当前环节：待批办').waitFor();
  });

  void test('liujianhua 批办 naming the lead unit; zhengwei (县发展改革委) completes it', async () => {
    const liu = await login('liujianhua');
    await mainNav(liu).getByRole('link', { name: '收文' }).click();
    await liu.getByRole('link', { name: '关于做好2026年中央预算内投资项目储备工作的通知' }).click();
    await liu.getByRole('button', { name: '批办' }).click();
    const d = liu.getByRole('dialog', { name: '批办' });
    await choose(d, '主办单位', '县发展改革委');
    await d.getByLabel('批办意见').fill('请县发展改革委牵头，按时报送');
    await viewportScreenshot(liu, 'incoming-instruct');
    await assertAccessible(liu);
    await d.getByRole('button', { name: '提交' }).click();
    await liu.getByTestId('incoming-outcome').getByText('已办理，当前环节：承办中').waitFor();

    const zheng = await login('zhengwei');
    await zheng.goto(`${server.baseUrl}${url}`);
    await zheng.getByRole('button', { name: '办结' }).click();
    const c = zheng.getByRole('dialog', { name: '办结' });
    await c.getByLabel('办理结果').fill('已于11月7日报送项目储备清单12个');
    await c.getByRole('button', { name: '提交' }).click();
    await zheng.getByTestId('incoming-outcome').getByText('已办理，当前环节：已办结').waitFor();
    await zheng.getByText('刘建华：请县发展改革委牵头，按时报送').waitFor();
    await viewportScreenshot(zheng, 'incoming-done');
    await assertAccessible(zheng);
  });
});
