import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { axeViolations, launchBrowser, loginThroughUi, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 组织机构, 请销假, 在岗情况 and 紧急事项 in a real browser, against a real server on SQLite with a
// fixed clock: Monday 2025-11-03 09:00 Beijing time, later moved to Thursday 2025-11-06 10:00.
// One browser; a context per user, each logging in through the login page.
const DEPUTY_1 = '副县长（分管发展改革、统计）';

void describe('organisation, leave and who acts (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const nav = (p: Page) => p.getByRole('navigation', { name: '主导航' });
  const assertAccessible = async (p: Page) => {
    const bad = (await axeViolations(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
  };
  const isApi =
    (path: string | RegExp, method = 'GET') =>
    (r: Response) => {
      const pathname = new URL(r.url()).pathname;
      return r.request().method() === method && (typeof path === 'string' ? pathname === path : path.test(pathname));
    };

  /** A fresh context for the user, logged in through the login page. */
  const loginAs = async (username: string): Promise<Page> => {
    const p = await loginThroughUi(browser, server.baseUrl, username, { contexts, pageErrors });
    return p;
  };

  /**
   * Types a date and time (Beijing wall clock) into a picker and confirms it with 确定 — or with
   * Enter, which must not submit the form around it.
   */
  const pickDateTime = async (p: Page, label: string, value: string, confirm: 'button' | 'enter' = 'button') => {
    const input = p.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    const popup = p.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    if (confirm === 'enter') await input.press('Enter');
    else await popup.getByRole('button', { name: '确定' }).click();
    await popup.waitFor({ state: 'hidden' });
    assert.equal(await input.inputValue(), value);
  };

  /** Fills the 申请 form up to (not including) the presiding person and the late reason. */
  const fillLeave = async (p: Page, v: { kind: string; from: string; to: string; destination: string; reason: string }) => {
    const form = p.getByRole('dialog', { name: '申请请假或外出' });
    await form.getByRole('radio', { name: v.kind }).check();
    await pickDateTime(p, '出发时间', v.from);
    await pickDateTime(p, '返回时间', v.to, 'enter');
    await form.getByLabel('去向').fill(v.destination);
    await form.getByLabel('事由').fill(v.reason);
    return form;
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

  void test('liujianhua applies for 外出 to 重庆市 and sees 待审批', async () => {
    const p = await loginAs('liujianhua');
    await nav(p).getByRole('link', { name: '请销假' }).click();
    await p.waitForURL(/\/leave/);
    await p.getByRole('button', { name: '申请' }).click();
    const form = await fillLeave(p, { kind: '外出', from: '2025-11-05 08:00', to: '2025-11-07 18:00', destination: '重庆市', reason: '参加全市发展改革工作会议' });
    await form.getByText('部门、乡镇、街道主要负责人必填', { exact: false }).waitFor();
    await viewportScreenshot(p, 'leave-form');
    await assertAccessible(p);
    const created = p.waitForResponse(isApi('/api/leave', 'POST'));
    await form.getByRole('button', { name: '提交申请' }).click();
    const res = await created;
    assert.equal(res.status(), 201, await res.text());
    const sent = res.request().postDataJSON() as { fromAt: string; toAt: string };
    assert.equal(sent.fromAt, '2025-11-05T08:00:00+08:00', 'the picked time is sent as Beijing time');
    assert.equal(sent.toAt, '2025-11-07T18:00:00+08:00');
    await form.waitFor({ state: 'hidden' });
    await p.getByRole('tab', { name: '我的申请', selected: true }).waitFor();
    const row = p.getByTestId('leave-table').getByRole('row', { name: /重庆市/ });
    await row.getByText('待审批', { exact: true }).waitFor();
    await row.getByText('自 2025年11月5日 08:00').waitFor();
    await row.getByText('至 2025年11月7日 18:00').waitFor();
    await row.getByRole('button', { name: '撤回' }).waitFor();
    await screenshot(p, 'leave-mine');
    await assertAccessible(p);
  });

  void test('zhouminyuan finds it under 待我审批 and approves it', async () => {
    const p = await loginAs('zhouminyuan');
    await nav(p).getByRole('link', { name: '请销假' }).click();
    await p.getByRole('tab', { name: /待我审批/ }).click();
    const row = p.getByTestId('leave-table').getByRole('row', { name: /刘建华/ });
    await row.getByText('重庆市').waitFor();
    await row.getByText('待审批', { exact: true }).waitFor();
    await screenshot(p, 'leave-pending');
    await row.getByRole('button', { name: '批准', exact: true }).click();
    const modal = p.getByRole('dialog', { name: '批准' });
    await modal.getByLabel('审批意见').fill('同意');
    const approved = p.waitForResponse(isApi(/^\/api\/leave\/[^/]+\/approve$/, 'POST'));
    await modal.getByRole('button', { name: '批准', exact: true }).click();
    assert.equal((await approved).status(), 200);
    await modal.waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'detached' });
    await p.getByRole('tab', { name: '全部' }).click();
    const done = p.getByTestId('leave-table').getByRole('row', { name: /刘建华/ });
    await done.getByText('已批准', { exact: true }).waitFor();
    await done.getByText('周明远：同意').waitFor();
    await screenshot(p, 'leave-approved');
  });

  void test('on 11月6日 wumin sees 王晓梅（代刘建华） act for the deputy, citing 第五条, day and week', async () => {
    server.harness.clock.set('2025-11-06T02:00:00.000Z'); // Thursday 10:00 Beijing time
    const p = await loginAs('wumin');
    await nav(p).getByRole('link', { name: '组织机构' }).click();
    await p.getByTestId('org-date').getByText('2025年11月6日', { exact: false }).waitFor();
    const gov = p.getByTestId('org-group-government');
    const deputyRow = gov.getByRole('row').filter({ has: p.getByRole('button', { name: DEPUTY_1, exact: true }) });
    await deputyRow.getByText('刘建华', { exact: true }).waitFor();
    await deputyRow.getByText('县发展改革委、县统计局').waitFor();
    await deputyRow.getByText('副县长（分管司法、市场监管） 王晓梅').waitFor();
    await p
      .getByTestId('org-group-office')
      .getByRole('row', { name: /何静/ })
      .getByText(`${DEPUTY_1} 刘建华`, { exact: false })
      .waitFor();
    await screenshot(p, 'org-chart');
    await assertAccessible(p);

    const asked = p.waitForResponse(isApi('/api/org/acting'));
    await gov.getByRole('button', { name: DEPUTY_1, exact: true }).click();
    assert.equal((await asked).status(), 200);
    const drawer = p.getByRole('dialog', { name: `由谁履职：${DEPUTY_1}` });
    await drawer.getByTestId('acting-display').getByText('王晓梅（代刘建华）', { exact: true }).waitFor();
    await drawer.getByText('依AB角').waitFor();
    await drawer.getByTestId('acting-chain').getByText(/按AB角由王晓梅/).waitFor();
    await drawer.getByTestId('acting-chain').getByRole('link', { name: '第五条' }).waitFor();
    await drawer.getByTestId('acting-chain').getByRole('link', { name: '第五十九条' }).waitFor();
    await viewportScreenshot(p, 'org-acting');
    await assertAccessible(p);
    // The same post after his return, asked for a later time: he acts himself.
    const later = p.waitForResponse((r) => isApi('/api/org/acting')(r) && new URL(r.url()).searchParams.get('at') === '2025-11-10T09:00:00+08:00');
    await pickDateTime(p, '查询时刻（北京时间）', '2025-11-10 09:00');
    assert.equal((await later).status(), 200);
    await drawer.getByTestId('acting-display').getByText('刘建华', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: /Close|关闭/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });

    // History: before the appointments (2025-10-26) every post was vacant.
    const history = p.waitForResponse((r) => isApi('/api/org')(r) && new URL(r.url()).searchParams.get('on') === '2025-10-20');
    const picker = p.getByLabel('查看某日');
    await picker.click();
    await picker.fill('2025-10-20');
    await picker.press('Enter');
    assert.equal((await history).status(), 200);
    await p.getByTestId('org-date').getByText('2025年10月20日的任职情况').waitFor();
    await gov.getByRole('row', { name: /县长/ }).first().getByText('空缺').waitFor();
    await p.getByRole('button', { name: '回到今天' }).click();
    await p.getByTestId('org-date').getByText('当前任职情况', { exact: false }).waitFor();

    // 王晓梅 is away on 11月7日 too (seeded through the API): her post and 刘建华's point at each other.
    const wang = await server.harness.login('wangxiaomei');
    const trip = await wang.post('/api/leave', { kind: 'travel', fromAt: '2025-11-07T08:00:00+08:00', toAt: '2025-11-07T18:00:00+08:00', destination: '万州区', reason: '调研' });
    assert.equal(trip.status, 201, JSON.stringify(trip.body));
    const zhou = await server.harness.login('zhouminyuan');
    assert.equal((await zhou.post(`/api/leave/${trip.body.data.id}/approve`, {})).status, 200);

    await nav(p).getByRole('link', { name: '在岗情况' }).click();
    await p.getByTestId('away-range').getByText('2025年11月3日至2025年11月9日').waitFor();
    const day = p.getByTestId('away-day-2025-11-06');
    await day.getByText('11月6日 星期四').waitFor();
    const away = day.getByRole('row', { name: /刘建华/ });
    await away.getByText('王晓梅（代刘建华）', { exact: true }).waitFor();
    await away.getByText('外出', { exact: true }).waitFor();
    await away.getByText('重庆市').waitFor();
    await p.getByTestId('away-day-2025-11-04').getByText('全员在岗').waitFor();
    const both = p.getByTestId('away-day-2025-11-07');
    await both.getByText('有岗位无人履职', { exact: false }).waitFor();
    const uncovered = both.getByRole('row', { name: /^王晓梅/ });
    await uncovered.getByText('无人履职', { exact: true }).waitFor();
    await uncovered.getByText('循环', { exact: true }).waitFor();
    await uncovered.getByText('万州区').waitFor();
    await screenshot(p, 'away-week');
    await assertAccessible(p);
    const next = p.waitForResponse((r) => isApi('/api/org/away')(r) && new URL(r.url()).searchParams.get('from') === '2025-11-10');
    await p.getByRole('button', { name: '下一周' }).click();
    assert.equal((await next).status(), 200);
    await p.getByTestId('away-range').getByText('2025年11月10日至2025年11月16日').waitFor();
  });

  void test('zhengwei applies 1 day ahead: refused without a reason (第五十九条), then accepted with a warning', async () => {
    const p = await loginAs('zhengwei');
    await nav(p).getByRole('link', { name: '请销假' }).click();
    await p.getByRole('button', { name: '申请' }).click();
    const form = await fillLeave(p, { kind: '外出', from: '2025-11-07 08:00', to: '2025-11-08 18:00', destination: '成都市', reason: '参加项目对接会' });
    const refused = p.waitForResponse(isApi('/api/leave', 'POST'));
    await form.getByRole('button', { name: '提交申请' }).click();
    assert.equal((await refused).status(), 422);
    const blocks = form.getByTestId('verdicts');
    await blocks.getByText(/应提前3天请假，本次仅提前1天/).waitFor();
    await blocks.getByText(/请明确外出期间主持工作的负责人/).waitFor();
    await blocks.getByRole('link', { name: '第五十九条' }).first().waitFor();
    await blocks.scrollIntoViewIfNeeded();
    await viewportScreenshot(p, 'leave-refused');

    await form.getByLabel('未提前3天的原因').fill('会议通知于11月5日下发');
    const presiding = form.getByLabel('主持工作的负责人');
    await presiding.click();
    await presiding.fill('蒋涛');
    await presiding.press('Enter');
    await form.getByTitle('蒋涛（县发展改革委副主任）').waitFor();
    const accepted = p.waitForResponse(isApi('/api/leave', 'POST'));
    await form.getByRole('button', { name: '提交申请' }).click();
    const res = await accepted;
    assert.equal(res.status(), 201, await res.text());
    await form.waitFor({ state: 'hidden' });
    const outcome = p.getByTestId('leave-outcome');
    await outcome.getByText('但有以下提示', { exact: false }).waitFor();
    await outcome.getByText(/本次仅提前1天（原因：会议通知于11月5日下发）/).waitFor();
    await outcome.getByRole('link', { name: '第五十九条' }).waitFor();
    const row = p.getByTestId('leave-table').getByRole('row', { name: /成都市/ });
    await row.getByText('逾期提出').waitFor();
    await row.getByText('原因：会议通知于11月5日下发').waitFor();
    await row.getByText('蒋涛').waitFor();
    await screenshot(p, 'leave-late');
    await assertAccessible(p);
  });

  void test('chenlixin records an emergency; a 向县长报告 待办 with its due date follows', async () => {
    const p = await loginAs('chenlixin');
    await nav(p).getByRole('link', { name: '紧急事项' }).click();
    const form = p.getByTestId('emergency-form');
    await form.getByLabel('事项').fill('凤鸣镇暴雨引发山体滑坡');
    await form.getByLabel('处置情况').fill('已组织转移群众32人，封闭受损路段，无人员伤亡。');
    await pickDateTime(p, '处置时间', '2025-11-06 08:30', 'enter');
    const recorded = p.waitForResponse(isApi('/api/emergencies', 'POST'));
    await form.getByRole('button', { name: '提交记录' }).click();
    assert.equal((await recorded).status(), 201);
    const result = p.getByTestId('emergency-result');
    await result.getByText('已生成待办“向县长报告紧急事项处置情况：凤鸣镇暴雨引发山体滑坡”', { exact: false }).waitFor();
    await result.getByText(/办理期限 2025年11月\d+日/).waitFor();
    await screenshot(p, 'emergency');
    await assertAccessible(p);
  });

  void test('no script errors on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
