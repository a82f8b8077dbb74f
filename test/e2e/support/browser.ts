import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import axe from 'axe-core';
import { buildServer } from '../../../src/http/server.ts';
import { startHarness, type Harness } from '../../support/harness.ts';

export const SCREENSHOTS = resolve('test-results/screenshots');

/** Chromium from Debian, with the flags this machine needs (no background networking). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WebServer {
  readonly harness: Harness;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free port over a fresh SQLite instance with the demo organisation,
 * serving the built staff application (dist/web) and the portal. The clock is fixed.
 */
export async function startWebServer(opts: { at?: string; seed?: boolean } = {}): Promise<WebServer> {
  const harness = await startHarness('sqlite', opts);
  const app = await buildServer({
    deps: harness.instance.deps,
    audit: { verify: (t) => harness.instance.verify(t), checkpoint: (t) => harness.instance.checkpoint(t) },
    webDir: resolve('dist/web'),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    harness,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await harness.close();
    },
  };
}

/**
 * A full-page screenshot for review. Chromium's compositor now and then refuses a capture
 * ("Unable to capture screenshot") under load; the capture is then tried again after the next
 * frame, and finally limited to the viewport, so that a picture never decides a test.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await page.screenshot({ path: file, fullPage: true });
      return file;
    } catch (e) {
      if (!/Unable to capture screenshot/.test(String(e))) throw e;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
  }
  await page.screenshot({ path: file });
  return file;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Injects axe-core into the page and returns its violations (WCAG 2.1 A/AA rules). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The browser context every staff-app test uses: Chinese locale, a desktop viewport, no animations. */
export const STAFF_CONTEXT = { locale: 'zh-CN', viewport: { width: 1360, height: 900 }, reducedMotion: 'reduce' } as const;

/** The viewport only: a drawer or dialog is fixed to it, so a full-page shot would cut it off. */
export async function viewportScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * A fresh context for a demo user, logged in through the login page (demo password), landing on
 * 工作台. Page errors are collected into `pageErrors`; the context is added to `contexts` for closing.
 */
export async function loginThroughUi(
  browser: Browser, baseUrl: string, username: string, track: { contexts: BrowserContext[]; pageErrors: string[] },
): Promise<Page> {
  const ctx = await browser.newContext(STAFF_CONTEXT);
  ctx.setDefaultTimeout(10_000);
  track.contexts.push(ctx);
  const p = await ctx.newPage();
  p.on('pageerror', (e) => track.pageErrors.push(`${username}: ${e.message}`));
  await p.goto(`${baseUrl}/login`);
  await p.getByLabel('用户名').fill(username);
  await p.getByLabel('密码').fill('yunzheng-demo');
  await p.getByRole('button', { name: '登录' }).click();
  await p.waitForURL(/\/workbench$/);
  return p;
}

/** The staff app's main navigation. */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: '主导航' });
}

/** No critical or serious accessibility violation on the page as it stands (axe). */
export async function assertAccessible(page: Page): Promise<void> {
  const bad = (await axeViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
  assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
}

/** Types into a searchable select (by its label) and takes the first match with Enter. */
export async function choose(scope: Locator, label: string, text: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}
