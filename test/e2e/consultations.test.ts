import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible, choose, launchBrowser, loginThroughUi, mainNav, screenshot, viewportScreenshot, type WebServer, startWebServer } from './support/browser.ts';

// 征求意见 in a real browser on SQLite, the clock at Monday 2025-11-03 09:00 Beijing time: the office
// opens a major decision's consultation with a window cut short — refused without a reason
// (第二十五条, 713号第十五条), published with one; a member of the public comments on the portal with
// JavaScript switched off; the drafting unit moderates, records the handling after the window
// closed and publishes the feedback, which the portal then shows without the commenter's name.
void describe('public consultation (web and portal)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  const TITLE = '云阳县城区停车收费调整方案（征求意见稿）';
  let consultationUrl = '';

  /** A portal page in a context that lets axe's script run (the portal's CSP forbids inline script). */
  async function scripted(url: string): Promise<Page> {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const p = await ctx.newPage();
    await p.goto(url);
    return p;
  }

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

  void test('liwenbo opens a consultation: a window cut short is refused without a reason (第二十五条), published with one', async () => {
    const p = await login('liwenbo');
    await mainNav(p).getByRole('link', { name: '征求意见' }).click();
    await p.getByRole('heading', { name: '征求意见', level: 2 }).waitFor();
    await p.getByText('尚无征求意见').waitFor();
    await assertAccessible(p);
    await p.getByRole('button', { name: '发起征求意见' }).click();
    const d = p.getByRole('dialog', { name: '发起征求意见' });
    await d.getByLabel('所属事项编号').fill('ZD-2025-07');
    await d.getByLabel('标题').fill(TITLE);
    await choose(d, '起草单位', '县发展改革委');
    await d.getByTestId('window-preview').getByText('最短期限：最早可于2025年12月3日24时截止').waitFor();
    const last = d.getByLabel('截止日期', { exact: true });
    await last.click();
    await last.fill('2025-11-20');
    await last.press('Enter');
    await d.getByText('所选截止日期短于上述期限，须说明缩短期限的理由').waitFor();
    await d.getByLabel('征求意见稿').fill('第一条 为规范城区停车秩序，合理配置停车资源，制定本方案。\n第二条 城区路内停车实行分时段收费。');
    await d.getByLabel('起草说明').fill('一、起草背景：城区停车泊位供给不足。\n二、主要内容：调整收费标准，实行分时段收费。');
    await d.getByRole('button', { name: '发布', exact: true }).click();
    await d.getByTestId('verdicts').getByText(/^第二十五条、《重大行政决策程序暂行条例》第十五条：.*应不早于2025年12月3日24时截止/).waitFor();
    await viewportScreenshot(p, 'consultations-window-refused');
    await d.getByLabel('缩短期限的理由').fill('冬季供暖季前须完成调整，情况紧急');
    await d.getByRole('button', { name: '发布', exact: true }).click();
    await p.getByTestId('consultation-outcome').getByText('已发布征求意见').waitFor();
    await p.getByTestId('consultation-outcome').getByText(/已说明缩短期限的理由：冬季供暖季前须完成调整，情况紧急/).waitFor();
    await p.getByRole('cell', { name: '2025年11月20日24时（已缩短）' }).waitFor();
    await p.getByRole('cell', { name: '征求意见中' }).waitFor();
    await viewportScreenshot(p, 'consultations-list');
    await assertAccessible(p);
  });

  void test('the portal without JavaScript: the list, the draft and its closing time, a refused and an accepted comment (POST-redirect-GET)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(noJs);
    const p = await noJs.newPage();
    await p.goto(`${server.baseUrl}/portal/`);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '征求意见' }).click();
    await p.waitForURL(/\/portal\/consultations$/);
    await p.getByRole('link', { name: TITLE }).click();
    await p.waitForURL(/\/portal\/consultations\/[^/]+$/);
    consultationUrl = p.url();
    assert.equal(await p.locator('#closes').textContent(), '2025年11月20日24时（北京时间）');
    assert.match((await p.locator('#shortened').textContent()) ?? '', /冬季供暖季前须完成调整，情况紧急/);
    assert.equal(await p.locator('#website').isVisible(), false, 'the honeypot is not shown');
    await screenshot(p, 'portal-consultation');

    await p.getByLabel('意见内容（必填）').fill('好');
    await p.getByRole('button', { name: '提交意见' }).click();
    await p.getByRole('heading', { name: '请更正以下内容' }).waitFor();
    assert.equal(await p.getByLabel('意见内容（必填）').getAttribute('aria-invalid'), 'true');
    assert.match((await p.locator('#content-error').textContent()) ?? '', /意见内容至少5个字/);
    await screenshot(p, 'portal-consultation-error');

    await p.getByLabel('意见内容（必填）').fill('建议夜间22时后免费停车，方便居民。联系电话13812345678。');
    await p.getByLabel('姓名（选填）').fill('王五');
    await p.getByLabel('联系方式（选填）').fill('wangwu@example.com');
    await p.getByRole('button', { name: '提交意见' }).click();
    await p.waitForURL(/\/received$/);
    assert.equal(await p.locator('h1').textContent(), '意见已提交');
    await screenshot(p, 'portal-consultation-received');
    // Reloading the confirmation does not submit again (POST-redirect-GET).
    await p.reload();
    assert.equal(await p.locator('h1').textContent(), '意见已提交');

    for (const url of [`${server.baseUrl}/portal/consultations`, consultationUrl, `${consultationUrl}/received`, `${consultationUrl}?mode=elder`, `${consultationUrl}?script=hant`]) {
      const s = await scripted(url);
      await assertAccessible(s);
      if (url.endsWith('mode=elder')) await screenshot(s, 'portal-consultation-elder');
      if (url.endsWith('script=hant')) {
        assert.equal(await s.getAttribute('html', 'lang'), 'zh-Hant');
        assert.ok((await s.locator('main').textContent())?.includes('徵求意見稿'));
      }
    }
  });

  void test('fengli moderates; after the window the drafting unit records the handling and publishes the feedback (713号第十八条)', async () => {
    const f = await login('fengli');
    await mainNav(f).getByRole('link', { name: '征求意见' }).click();
    await f.getByRole('button', { name: TITLE }).click();
    const drawer = f.getByRole('dialog', { name: TITLE });
    const queue = drawer.getByTestId('moderation-queue');
    await queue.getByText('提交人：王五 · 联系方式：wangwu@example.com（不公开）').waitFor();
    await queue.getByRole('button', { name: '审核' }).click();
    const m = f.getByRole('dialog', { name: '审核意见' });
    await viewportScreenshot(f, 'consultations-moderate');
    await m.getByRole('button', { name: '采用并公开' }).click();
    await f.getByTestId('consultation-outcome').getByText('意见已审核采用').waitFor();
    await f.getByTestId('consultation-outcome').getByText(/意见内容疑含个人信息（手机号码），公开时已遮蔽/).waitFor();

    server.harness.clock.set('2025-11-21T01:00:00.000Z');
    // The drafting unit's principal has a 待办 since the opening; its title leads to the record.
    const z = await login('zhengwei');
    const todo = z.getByTestId('task-table').getByRole('row', { name: /征求意见处理与反馈：云阳县城区停车收费调整方案（征求意见稿）（/ });
    await todo.getByRole('cell', { name: '公开征求意见' }).waitFor();
    await todo.getByRole('link', { name: /^征求意见处理与反馈/ }).click();
    await z.waitForURL(/\/consultations\?open=/);
    await z.getByRole('dialog', { name: TITLE }).getByText('尚有1条意见未记录采纳情况').waitFor();

    const g = await login('fengli');
    await mainNav(g).getByRole('link', { name: '征求意见' }).click();
    await g.getByRole('cell', { name: '已截止' }).waitFor();
    await g.getByRole('button', { name: TITLE }).click();
    const d2 = g.getByRole('dialog', { name: TITLE });
    await d2.getByText('尚有1条意见未记录采纳情况').waitFor();
    await d2.getByRole('button', { name: '记录采纳情况' }).click();
    const h = g.getByRole('dialog', { name: '记录采纳情况' });
    await h.getByRole('radio', { name: '部分采纳' }).check();
    await h.getByLabel('理由').fill('夜间22时后首两小时免费，此后按标准收费');
    await h.getByRole('button', { name: '保存' }).click();
    await g.getByTestId('consultation-outcome').getByText('已记录采纳情况：部分采纳').waitFor();
    await d2.getByLabel('总体说明').fill('共收到意见1条，经审核采用1条，部分采纳。');
    await d2.getByRole('button', { name: '公开反馈' }).click();
    await g.getByTestId('consultation-outcome').getByText('已公开意见采纳情况反馈').waitFor();
    await d2.getByText('意见采纳情况反馈（已公开）').waitFor();
    await viewportScreenshot(g, 'consultations-feedback');
    await assertAccessible(g);
  });

  void test('the portal shows the feedback, never the commenter\'s name or contact', async () => {
    const p = await scripted(consultationUrl);
    await p.getByRole('heading', { name: '意见采纳情况' }).waitFor();
    const text = (await p.locator('main').textContent()) ?? '';
    assert.match(text, /夜间22时后首两小时免费/);
    assert.match(text, /部分采纳/);
    assert.match(text, /【手机号码已隐去】/);
    for (const secret of ['王五', 'wangwu@example.com', '13812345678']) assert.ok(!text.includes(secret), secret);
    assert.ok(!(await p.locator('form[method="post"]').count()), 'no form after the window closed');
    await assertAccessible(p);
    await screenshot(p, 'portal-consultation-feedback');
    await p.goto(`${server.baseUrl}/portal/consultations`);
    await p.getByRole('link', { name: `查看“${TITLE}”的意见采纳情况` }).click();
    await p.waitForURL(/#feedback$/);
    await assertAccessible(p);
  });
});
