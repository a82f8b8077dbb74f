import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/http/server.ts';
import { startHarness, type Harness } from '../support/harness.ts';
import { axeViolations, launchBrowser, screenshot, startWebServer, type WebServer } from './support/browser.ts';

/** Runs axe and fails with the violations listed. */
async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) console.log(`axe violations on ${what}:`, JSON.stringify(violations, null, 2));
  assert.deepEqual(violations, [], `axe violations on ${what}`);
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

void describe('public portal in the browser', () => {
  let web: WebServer;
  let browser: Browser;
  // axe-core is injected as an inline script, which the portal's CSP forbids: that context bypasses
  // the CSP; the policy itself is checked in a context that keeps it.
  let ctx: BrowserContext;
  let page: Page;

  before(async () => {
    web = await startWebServer();
    browser = await launchBrowser();
    ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page = await ctx.newPage();
  });
  after(async () => {
    await browser.close();
    await web.close();
  });

  test('home: heading, links, skip link reachable by keyboard', async () => {
    const r = await page.goto(`${web.baseUrl}/portal/`);
    assert.equal(r?.status(), 200);
    assert.equal(await text(page, 'h1'), '政务公开');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await page.title(), '云阳县人民政府 政务公开');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到主要内容');
    const box = await page.locator('a.skip').boundingBox();
    assert.ok(box && box.y >= 0, 'the skip link becomes visible when focused');
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'solid', 'visible focus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await assertAccessible(page, 'home');
    await screenshot(page, 'portal-home');
  });

  test('rules: table of contents by chapter, reached from the navigation', async () => {
    await page.goto(`${web.baseUrl}/portal/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '县政府工作规则' }).click();
    await page.waitForURL(/\/portal\/rules$/);
    assert.equal(await text(page, 'h1'), '《云阳县人民政府工作规则》');
    assert.equal(await page.locator('ol.toc li').count(), 71);
    assert.equal(await page.locator('nav[aria-labelledby="toc-h"] h3').count(), 13);
    await assertAccessible(page, 'rules');
    await screenshot(page, 'portal-rules');
  });

  test('article: text, chapter, next and previous', async () => {
    await page.goto(`${web.baseUrl}/portal/rules`);
    await page.getByRole('link', { name: '第二十条', exact: true }).click();
    await page.waitForURL(/\/portal\/rules\/20$/);
    assert.equal(await text(page, 'h1'), '第二十条');
    assert.match(await text(page, '.article-text'), /合法性审查/);
    await page.getByRole('link', { name: '下一条：第二十一条' }).click();
    await page.waitForURL(/\/portal\/rules\/21$/);
    await page.goto(`${web.baseUrl}/portal/rules/23`);
    assert.match(await text(page, '#restore-h'), /文本补正说明/);
    await assertAccessible(page, 'article 23');
    await screenshot(page, 'portal-article');
    const missing = await page.goto(`${web.baseUrl}/portal/rules/99`);
    assert.equal(missing?.status(), 404);
    assert.equal(await text(page, 'h1'), '页面未找到');
    await assertAccessible(page, 'article 404');
    await screenshot(page, 'portal-404');
  });

  test('calculator works with JavaScript disabled: fill in, click, read the due date', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const p = await noJs.newPage();
      await p.goto(`${web.baseUrl}/portal/deadline`);
      await p.getByLabel('起算日').fill('2025-09-26');
      await p.getByLabel('期间').fill('7');
      await p.getByLabel('工作日').check();
      await p.getByRole('button', { name: '计算届满日' }).click();
      await p.waitForURL(/start=2025-09-26/);
      assert.match(await text(p, '#due'), /2025年10月13日（星期一）24时截止/);
      assert.equal(await p.locator('tr.counted').count(), 7);
      assert.equal(await p.getByLabel('起算日').inputValue(), '2025-09-26', 'the form keeps the input');
      await screenshot(p, 'portal-deadline');

      // An invalid period: the browser's own check lets 0 through only if we bypass it, so go by address.
      const bad = await p.goto(`${web.baseUrl}/portal/deadline?start=2025-09-26&period=0&unit=workday`);
      assert.equal(bad?.status(), 400);
      assert.equal(await p.getByLabel('期间').getAttribute('aria-invalid'), 'true');
      assert.match(await text(p, '#period-error'), /期间至少为 1/);
      await screenshot(p, 'portal-deadline-error');
    } finally {
      await noJs.close();
    }
    // axe needs script: check the same pages in the scripted context.
    await page.goto(`${web.baseUrl}/portal/deadline?start=2025-09-26&period=7&unit=workday`);
    await assertAccessible(page, 'calculator result');
    await page.goto(`${web.baseUrl}/portal/deadline?start=2025-09-26&period=0&unit=workday`);
    await assertAccessible(page, 'calculator errors');
  });

  test('elder mode: larger type and line height, kept while navigating', async () => {
    const elderCtx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const p = await elderCtx.newPage();
      await p.goto(`${web.baseUrl}/portal/`);
      const before = await p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      await p.getByRole('link', { name: '大字模式（适老化）' }).click();
      await p.waitForURL(/mode=elder/);
      assert.equal(await p.getAttribute('html', 'class'), 'elder');
      const size = await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const lineHeight = await p.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize));
      assert.ok(size >= 20, `base font ${size}px (standard root ${before}px)`);
      assert.ok(lineHeight >= 1.8, `line height ${lineHeight}`);
      await assertAccessible(p, 'home (elder)');
      await screenshot(p, 'portal-elder');
      await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '期限计算' }).click();
      await p.waitForURL(/\/portal\/deadline\?mode=elder/);
      await p.getByLabel('起算日').fill('2025-09-26');
      await p.getByLabel('期间').fill('7');
      await p.getByRole('button', { name: '计算届满日' }).click();
      await p.waitForURL(/start=2025-09-26.*mode=elder/);
      assert.equal(await p.getAttribute('html', 'class'), 'elder');
      assert.match(await text(p, '#due'), /2025年10月13日/);
      await assertAccessible(p, 'calculator (elder)');
      await screenshot(p, 'portal-elder-deadline');
      await p.getByRole('link', { name: '退出大字模式' }).click();
      await p.waitForURL(/mode=standard/);
      assert.equal(await p.getAttribute('html', 'class'), null);
      assert.match(await text(p, '#due'), /2025年10月13日/, 'the switch keeps the calculation');
    } finally {
      await elderCtx.close();
    }
  });

  test('Traditional view: converted text, zh-Hant, and a way back', async () => {
    const hantCtx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const p = await hantCtx.newPage();
      await p.goto(`${web.baseUrl}/portal/rules/20`);
      await p.getByRole('link', { name: '繁體中文' }).click();
      await p.waitForURL(/script=hant/);
      assert.equal(await p.getAttribute('html', 'lang'), 'zh-Hant');
      assert.equal(await text(p, 'h1'), '第二十條');
      assert.match(await text(p, '.article-text'), /縣司法局合法性審查/);
      await assertAccessible(p, 'article 20 (Traditional)');
      await screenshot(p, 'portal-hant');
      await p.getByRole('link', { name: '县政府工作规则' }).count().then((n) => assert.equal(n, 0));
      await p.getByRole('navigation', { name: '主導航' }).getByRole('link', { name: '首頁' }).click();
      await p.waitForURL(/\/portal\/\?script=hant$/);
      assert.equal(await text(p, 'h1'), '政務公開');
      await p.getByRole('link', { name: '切换到简体中文' }).click();
      await p.waitForURL(/script=hans/);
      assert.equal(await p.getAttribute('html', 'lang'), 'zh-CN');
      assert.equal(await text(p, 'h1'), '政务公开');
    } finally {
      await hantCtx.close();
    }
  });

  test('the Content-Security-Policy holds: styles load, nothing is blocked', async () => {
    const strict = await browser.newContext();
    try {
      const p = await strict.newPage();
      const blocked: string[] = [];
      p.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      for (const path of ['/portal/', '/portal/rules/45', '/portal/deadline?start=2025-09-26&period=7&unit=workday&mode=elder']) {
        await p.goto(`${web.baseUrl}${path}`);
        assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector('.masthead')!).borderBottomStyle), 'solid', `${path}: stylesheet applied`);
      }
      assert.deepEqual(blocked, []);
    } finally {
      await strict.close();
    }
  });
});

void describe('public portal over IPv6', () => {
  let h: Harness;
  let app: FastifyInstance;
  let port = 0;
  let ipv6 = true;

  before(async () => {
    h = await startHarness('sqlite');
    app = await buildServer({
      deps: h.instance.deps,
      audit: { verify: (t) => h.instance.verify(t), checkpoint: (t) => h.instance.checkpoint(t) },
      portalOnly: true,
    });
    try {
      await app.listen({ host: '::', port: 0, ipv6Only: false });
    } catch (e) {
      // A machine without IPv6 (some CI containers): say so in the report rather than fail.
      ipv6 = false;
      console.log('IPv6 is not available here:', e);
      await app.listen({ host: '127.0.0.1', port: 0 });
    }
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(async () => {
    await app.close();
    await h.close();
  });

  test('the portal answers on [::1] and, dual-stack, on 127.0.0.1', async (t) => {
    if (!ipv6) {
      t.skip('IPv6 is not available on this machine');
      return;
    }
    const v6 = await fetch(`http://[::1]:${port}/portal/`);
    assert.equal(v6.status, 200);
    assert.match(v6.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await v6.text(), /云阳县人民政府/);
    const v4 = await fetch(`http://127.0.0.1:${port}/portal/rules/20`);
    assert.equal(v4.status, 200);
    assert.match(await v4.text(), /第二十条/);
  });

  test('portal-only: the staff API is not served', async () => {
    const r = await fetch(`http://${ipv6 ? '[::1]' : '127.0.0.1'}:${port}/api/tasks`);
    assert.equal(r.status, 404);
  });
});
