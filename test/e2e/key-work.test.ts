import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { assertAccessible, choose, launchBrowser, loginThroughUi, mainNav, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 重点工作清单 (art. 47) in a real browser on SQLite, the clock at Monday 2025-11-03 09:00 Beijing
// time: the office puts an item on the list, the lead unit's principal reports, the item falls
// behind (滞后, with its reason), the quarter ends and the office carries it over; the 县长办公会议
// at the start of the next quarter shows both lists. A department head's 县长办公会议 topic is
// refused citing 第四十七条.
const TITLE = '城区停车设施建设';

void describe('quarterly key-work list (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  const pickDate = async (p: Page, scope: Locator, label: string, value: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await p.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
  };
  const openList = async (p: Page) => {
    await mainNav(p).getByRole('link', { name: '重点工作清单' }).click();
    await p.getByRole('heading', { name: '重点工作清单', level: 2 }).waitFor();
  };
  const openItem = async (p: Page) => {
    await p.getByTestId('key-work-table').getByRole('button', { name: TITLE }).click();
    const drawer = p.getByRole('dialog', { name: new RegExp(`重点工作第1项：${TITLE}`) });
    await drawer.getByTestId('key-work-history').waitFor();
    return drawer;
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

  void test('liwenbo puts an item on 2025年第四季度\'s list; the leader in charge comes from the lead unit\'s 分管', async () => {
    const p = await login('liwenbo');
    await openList(p);
    await p.getByTestId('key-work-intro').getByRole('link', { name: '第四十七条' }).waitFor();
    await p.getByRole('button', { name: '列入清单' }).click();
    const d = p.getByRole('dialog', { name: '列入2025年第四季度重点工作清单' });
    await d.getByLabel('工作事项').fill(TITLE);
    await d.getByLabel('目标任务和措施').fill('新建公共停车泊位800个，完成可研批复和用地预审');
    await choose(d, '牵头单位', '县发展改革委');
    await d.getByText('副县长（分管发展改革、统计） 刘建华').waitFor();
    await choose(d, '配合单位', '县财政局');
    await d.getByLabel('配合单位', { exact: true }).press('Escape');
    await pickDate(p, d, '完成时限', '2025-11-28');
    await viewportScreenshot(p, 'key-work-add');
    await assertAccessible(p);
    await d.getByRole('button', { name: '列入清单' }).click();
    await p.getByTestId('key-work-outcome').getByText('已列入2025年第四季度重点工作清单').waitFor();
    const row = p.getByTestId('key-work-table').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('未启动').waitFor();
    await row.getByText('刘建华').waitFor();
    await p.getByTestId('key-work-counts').getByText('共1项：').waitFor();
    await screenshot(p, 'key-work-list');
    await assertAccessible(p);
  });

  void test('zhengwei (the lead unit\'s principal) reports progress; huangzhigang only reads', async () => {
    const z = await login('zhengwei');
    await z.getByText(`推进季度重点工作并报送进展：${TITLE}`).waitFor();
    await openList(z);
    const drawer = await openItem(z);
    const form = drawer.getByTestId('progress-form');
    await form.getByLabel('推进情况').fill('可研已批复，用地预审已报送市规划自然资源局');
    await form.getByRole('button', { name: '报送' }).click();
    await drawer.getByTestId('key-work-history').getByText('郑伟（县发展改革委主任）', { exact: false }).waitFor();
    await drawer.getByText('推进中', { exact: true }).first().waitFor();
    await viewportScreenshot(z, 'key-work-progress');
    await assertAccessible(z);

    // A completion reported by mistake: the office reopens it with its reason (第四十七条).
    await form.getByLabel('推进情况').fill('停车场已建成投用');
    await form.getByRole('radio', { name: '已完成' }).check();
    await form.getByRole('button', { name: '报送' }).click();
    await drawer.getByText('已完成', { exact: true }).first().waitFor();
    const l = await login('liwenbo');
    await openList(l);
    const office = await openItem(l);
    const reopen = office.getByTestId('reopen-form');
    await reopen.getByRole('button', { name: '重新打开' }).click();
    await reopen.getByText('请写明重新打开的理由').waitFor();
    await reopen.getByLabel('重新打开的理由').fill('经核实，停车场尚未竣工验收，完成情况报送有误');
    await reopen.getByRole('button', { name: '重新打开' }).click();
    await office.getByTestId('key-work-history').getByText('经核实，停车场尚未竣工验收，完成情况报送有误').waitFor();
    await office.getByTestId('progress-form').waitFor();
    assert.equal(await office.getByTestId('reopen-form').count(), 0, 'an item under way is not reopened');
    await assertAccessible(l);

    const h = await login('huangzhigang');
    await openList(h);
    const readOnly = await openItem(h);
    await readOnly.getByTestId('key-work-read-only').getByText(/推进情况由牵头单位主要负责人或县政府办公室报送/).waitFor();
    assert.equal(await readOnly.getByTestId('progress-form').count(), 0);
  });

  void test('past its due date and unfinished, the item shows 滞后 with the reason (第四十七条)', async () => {
    server.harness.clock.set('2025-12-05T02:00:00.000Z');
    const p = await login('liwenbo');
    await openList(p);
    const row = p.getByTestId('key-work-table').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('滞后', { exact: true }).waitFor();
    await row.getByText('第四十七条：完成时限为2025年11月28日，至今日（2025年12月5日）已逾期7日仍未完成（推进中），计为滞后').waitFor();
    await screenshot(p, 'key-work-lagging');
  });

  void test('the quarter ends: its list stays as it stood; liwenbo carries the unfinished item over to 2026年第一季度', async () => {
    server.harness.clock.set('2026-01-05T02:00:00.000Z');
    const p = await login('liwenbo');
    await openList(p);
    await p.getByTestId('key-work-counts').getByText('2026年第一季度').waitFor();
    await choose(p.locator('main'), '季度', '2025年第四季度');
    const ended = p.getByTestId('key-work-ended');
    await ended.getByText(/2025年第四季度已结束，清单保持季末原状/).waitFor();
    await viewportScreenshot(p, 'key-work-quarter-ended');
    await ended.getByRole('button', { name: '全部挂单转入2026年第一季度' }).click();
    await p.getByTestId('key-work-outcome').getByText('已将1项未完成事项挂单转入2026年第一季度').waitFor();
    const row = p.getByTestId('key-work-table').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('已挂单转入2026年第一季度').waitFor();
    await row.getByText('滞后', { exact: true }).waitFor();
    await choose(p.locator('main'), '季度', '2026年第一季度');
    await p.getByTestId('key-work-table').getByText('挂单·2025年第四季度转入').waitFor();
    const drawer = await openItem(p);
    await drawer.getByTestId('key-work-history').getByText(/^由2025年第四季度挂单转入；季末情况：滞后/).waitFor();
    await viewportScreenshot(p, 'key-work-carried');
    await assertAccessible(p);
  });

  void test('the 县长办公会议 shows last quarter\'s list with its counts and this quarter\'s list; a department head\'s topic goes through the leader in charge', async () => {
    const office = await server.harness.login('liwenbo');
    const org = (await office.get('/api/org')).body.data;
    const head = org.positions.find((x: { code: string }) => x.code === 'county-head').id;
    const planned = await office.post('/api/meetings', { kind: 'head-office', startsAt: '2026-01-08T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: head });
    assert.equal(planned.status, 201);

    const p = await login('zhouminyuan');
    await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
    await p.getByRole('button', { name: '县长办公会议' }).click();
    const drawer = p.getByRole('dialog', { name: /县长办公会议/ });
    const card = drawer.getByTestId('meeting-key-work');
    await card.getByText('会议任务：分析总结上季度重点工作推进情况，研究部署本季度重点工作').waitFor();
    const previous = card.getByTestId('meeting-key-work-previous');
    await previous.getByText('上季度：2025年第四季度').waitFor();
    await previous.getByText('滞后 1').waitFor();
    await card.getByTestId('meeting-key-work-current').getByText(`${TITLE}（挂单）`).waitFor();
    await card.scrollIntoViewIfNeeded();
    await viewportScreenshot(p, 'key-work-meeting');
    await assertAccessible(p);

    const z = await login('zhengwei');
    await mainNav(z).getByRole('link', { name: '会议', exact: true }).click();
    await z.getByRole('button', { name: '提出议题' }).click();
    const f = z.getByRole('dialog', { name: '提出议题' });
    await f.getByLabel('提交会议', { exact: true }).click();
    await z.locator('.ant-select-item-option[title="县长办公会议"]').click();
    await choose(f, '关联的季度重点工作', TITLE);
    await f.getByLabel('议题名称').fill('关于城区停车设施建设推进情况的议题');
    await f.getByLabel('议题内容').fill('城区停车设施建设上季度滞后，用地报批和资金筹措需跨部门协调，提请会议研究。');
    await f.getByLabel('提请会议研究的意见').fill('建议明确用地和资金保障措施');
    await f.getByLabel('会前已与有关单位协调').check();
    await f.getByRole('button', { name: '提出', exact: true }).click();
    await f.getByTestId('verdicts').getByText(/^第四十七条：县长办公会议的议题由县政府分管领导建议提出，报县长审核确定；请将议题报分管县领导（副县长（分管发展改革、统计） 刘建华），由其提出/).waitFor();
    await viewportScreenshot(z, 'key-work-topic-refused');
  });
});
