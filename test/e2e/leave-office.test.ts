import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { Json } from '../support/harness.ts';
import { axeViolations, launchBrowser, loginThroughUi, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// A principal's leave through the office (art. 59), 代录 by the 县长's secretary (art. 5) and the
// 紧急事项 list (art. 6) in a real browser, against a real server on SQLite with a fixed clock:
// Monday 2025-11-03 09:00 Beijing time.
void describe('leave through the office, 代录 and emergencies (web)', () => {
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
  const loginAs = (username: string) => loginThroughUi(browser, server.baseUrl, username, { contexts, pageErrors });
  const personOf = async (code: string): Promise<string> => {
    const org = (await (await server.harness.login('liwenbo')).get('/api/org')).body.data;
    return org.positions.find((p: Json) => p.code === code).holders[0].personId;
  };

  before(async () => {
    server = await startWebServer({ at: '2025-11-03T01:00:00.000Z' });
    browser = await launchBrowser();
    // Set up through the API: a principal's request, a party member's request, two emergencies.
    const zheng = await server.harness.login('zhengwei');
    const asked = await zheng.post('/api/leave', {
      kind: 'leave', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-11T18:00:00+08:00', destination: '成都市', reason: '参加项目对接会', presidingPersonId: await personOf('fgw-deputy'),
    });
    assert.equal(asked.status, 201);
    const sun = await server.harness.login('sunhong');
    assert.equal((await sun.post('/api/leave', { kind: 'travel', fromAt: '2025-11-04T08:00:00+08:00', toAt: '2025-11-04T20:00:00+08:00', destination: '万州区', reason: '参加全市党建工作会议' })).status, 201);
    assert.equal((await (await server.harness.login('zhaoguoqiang')).post('/api/emergencies', { title: '暴雨致路阳镇道路塌方', description: '连夜组织交通、应急部门抢通，无人员伤亡。', handledAt: '2025-11-03T06:30:00+08:00' })).status, 201);
    assert.equal((await (await server.harness.login('liujianhua')).post('/api/emergencies', { title: '工业园区大面积停电', description: '协调供电公司抢修，3小时恢复供电。', handledAt: '2025-11-03T07:00:00+08:00' })).status, 201);
  });

  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  void test('zhengwei sees his request 待办公室转呈; liwenbo 转呈 it with a note; liujianhua then approves (art. 59)', async () => {
    const z = await loginAs('zhengwei');
    await nav(z).getByRole('link', { name: '请销假' }).click();
    const mine = z.getByTestId('leave-table').getByRole('row', { name: /成都市/ });
    await mine.getByText('待办公室转呈').waitFor();

    const p = await loginAs('liwenbo');
    await nav(p).getByRole('link', { name: '请销假' }).click();
    await p.getByRole('tab', { name: /待办公室转呈/ }).click();
    const row = p.getByTestId('leave-table').getByRole('row', { name: /郑伟/ });
    await row.getByText('待办公室转呈').waitFor();
    await row.getByRole('button', { name: '转呈' }).click();
    const dialog = p.getByRole('dialog', { name: '转呈' });
    await dialog.getByText('转呈副县长（分管发展改革、统计）审批', { exact: false }).waitFor();
    await dialog.getByLabel('转呈意见').fill('请刘建华副县长审批');
    await viewportScreenshot(p, 'leave-forward-dialog');
    const sent = p.waitForResponse(isApi(/\/api\/leave\/[^/]+\/forward$/, 'POST'));
    await dialog.getByRole('button', { name: '转呈' }).click();
    assert.equal((await sent).status(), 200);
    await p.getByTestId('leave-outcome').getByText('已转呈郑伟的申请', { exact: false }).waitFor();
    await p.getByRole('tab', { name: '全部' }).click();
    const after = p.getByTestId('leave-table').getByRole('row', { name: /郑伟/ });
    await after.getByText('待审批').waitFor();
    await after.getByTestId('leave-office-step').getByText('办公室转呈：李文博，2025年11月3日 09:00（请刘建华副县长审批）').waitFor();
    await screenshot(p, 'leave-forwarded');
    await assertAccessible(p);

    const l = await loginAs('liujianhua');
    await nav(l).getByRole('link', { name: '请销假' }).click();
    await l.getByRole('tab', { name: /待我审批/ }).click();
    const pending = l.getByTestId('leave-table').getByRole('row', { name: /郑伟/ });
    await pending.getByText('办公室转呈：李文博', { exact: false }).waitFor();
    await pending.getByRole('button', { name: '批准', exact: true }).click();
    const approved = l.waitForResponse(isApi(/\/api\/leave\/[^/]+\/approve$/, 'POST'));
    await l.getByRole('dialog', { name: '批准' }).getByRole('button', { name: '批准' }).click();
    assert.equal((await approved).status(), 200);
    await l.getByTestId('leave-outcome').getByText('已批准郑伟的申请', { exact: false }).waitFor();
  });

  void test('wumin enters the 县长\'s approval (代录), shown as 吴敏 代录（周明远的决定）; her 工作台 switches to the 县长\'s 待办 (art. 5)', async () => {
    const p = await loginAs('wumin');
    await p.getByTestId('entry-switch').getByText('代录：周明远（县长）').click();
    await p.getByTestId('entry-notice').getByText('您正在代录周明远（县长）的决定').waitFor();
    await p.getByText('审批请假：孙红', { exact: false }).waitFor();
    await screenshot(p, 'workbench-entry');
    await assertAccessible(p);

    await nav(p).getByRole('link', { name: '请销假' }).click();
    await p.getByRole('tab', { name: /代录：周明远/ }).click();
    const row = p.getByTestId('leave-table').getByRole('row', { name: /孙红/ });
    await row.getByRole('button', { name: '代录批准', exact: true }).click();
    const dialog = p.getByRole('dialog', { name: '代录周明远的决定：批准' });
    await dialog.getByTestId('entry-record-as').getByText('将记为：吴敏 代录（周明远的决定）').waitFor();
    await dialog.getByLabel('审批意见').fill('同意（电话请示县长）');
    await viewportScreenshot(p, 'leave-entry-dialog');
    const entered = p.waitForResponse(isApi(/\/api\/leave\/[^/]+\/approve$/, 'POST'));
    await dialog.getByRole('button', { name: '批准' }).click();
    const res = await entered;
    assert.equal(res.status(), 200, await res.text());
    const outcome = p.getByTestId('leave-outcome');
    await outcome.getByText('代录周明远的决定：已批准孙红的申请').waitFor();
    await p.getByRole('tab', { name: '全部' }).click();
    const done = p.getByTestId('leave-table').getByRole('row', { name: /孙红/ });
    await done.getByTestId('leave-decided-by').getByText('吴敏 代录（周明远的决定）：同意（电话请示县长）').waitFor();
    await screenshot(p, 'leave-entered');
    await assertAccessible(p);
  });

  void test('liwenbo sees the 代录关系 on 组织机构 and may set one', async () => {
    const p = await loginAs('liwenbo');
    await nav(p).getByRole('link', { name: '组织机构' }).click();
    const section = p.getByTestId('secretary-links');
    await section.getByRole('row', { name: /吴敏/ }).getByText('有效').waitFor();
    await section.scrollIntoViewIfNeeded();
    await viewportScreenshot(p, 'org-secretary-links');
    await p.getByTestId('org-maintain').getByRole('button', { name: '设定代录' }).click();
    await p.getByRole('dialog', { name: '设定代录关系' }).getByText('不同于依AB角、委托的代为履职', { exact: false }).waitFor();
    await p.getByRole('dialog', { name: '设定代录关系' }).getByRole('button', { name: '取消' }).click();
  });

  void test('the 县长 sees every emergency with the report\'s state, filters and opens one; a deputy sees his own (art. 6)', async () => {
    const p = await loginAs('zhouminyuan');
    await nav(p).getByRole('link', { name: '紧急事项' }).click();
    const table = p.getByTestId('emergency-table');
    await table.getByRole('row', { name: /暴雨致路阳镇道路塌方/ }).getByText('还剩 1 个工作日').waitFor();
    await table.getByRole('row', { name: /工业园区大面积停电/ }).getByText('刘建华').waitFor();
    await screenshot(p, 'emergency-list');
    await assertAccessible(p);
    await p.getByRole('combobox', { name: '处置人' }).click();
    await p.getByTitle('赵国强').click();
    await table.getByRole('row', { name: /工业园区大面积停电/ }).waitFor({ state: 'detached' });
    await table.getByRole('row', { name: /暴雨致路阳镇道路塌方/ }).getByRole('button', { name: /详情/ }).click();
    const drawer = p.getByRole('dialog', { name: '暴雨致路阳镇道路塌方' });
    await drawer.getByTestId('emergency-handled-by').getByText('赵国强（副县长（分管乡镇街道工作））').waitFor();
    await drawer.getByText('2025年11月4日（星期二）24时前').waitFor();
    await viewportScreenshot(p, 'emergency-drawer');
    await assertAccessible(p);

    const l = await loginAs('liujianhua');
    await nav(l).getByRole('link', { name: '紧急事项' }).click();
    const own = l.getByTestId('emergency-table');
    await own.getByRole('row', { name: /工业园区大面积停电/ }).waitFor();
    assert.equal(await own.getByRole('row', { name: /暴雨致路阳镇道路塌方/ }).count(), 0);
  });

  void test('no script errors on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
