import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible, launchBrowser, loginThroughUi, mainNav, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';
import type { Json } from '../support/harness.ts';

// 会议审批 and meeting leave through the office, in a real browser on SQLite, the clock at Monday
// 2025-11-03 09:00 Beijing time. The 县发展改革委 applies for a county-wide meeting that town
// principals attend: in the name of the 县政府 it is refused (第五十一条第（一）项); in its own name
// the office director reviews it and the 县长 approves it (第五十一条第（二）项). A department head's
// leave from the 全体会议 goes to the office, which forwards it to the 县长 (第四十九条).
void describe('work-meeting approval and meeting leave through the office (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  const openApprovals = async (p: Page) => {
    await mainNav(p).getByRole('link', { name: '会议审批' }).click();
    await p.getByRole('heading', { name: '会议审批' }).waitFor();
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

  void test('zhengwei applies: in the name of the 县政府 refused (第五十一条第（一）项), in the unit\'s own name sent to the office director', async () => {
    const p = await login('zhengwei');
    await openApprovals(p);
    await p.getByRole('button', { name: '申请召开会议' }).click();
    const d = p.getByRole('dialog', { name: '申请召开工作会议' });
    await d.getByLabel('会议名称').fill('全县重点项目推进会');
    await d.getByLabel('县政府', { exact: true }).check();
    await d.getByLabel('乡镇（街道）行政主要负责人').check();
    await d.getByLabel('县政府有关部门负责人').check();
    const when = d.getByLabel('开始时间', { exact: true });
    await when.click();
    await when.fill('2025-11-12 09:00');
    await when.press('Enter');
    await d.getByLabel('地点').fill('县发展改革委三楼会议室');
    await d.getByLabel('全县性会议').check();
    await d.getByRole('button', { name: '提交申请' }).click();
    await d.getByTestId('verdicts').getByText(/^第五十一条第（一）项：应由各部门召开的全县性会议，不以县政府或县政府办公室名义召开/).waitFor();
    await viewportScreenshot(p, 'meeting-approvals-name-refused');
    await assertAccessible(p);
    await d.getByLabel('本单位', { exact: true }).check();
    await d.getByRole('button', { name: '提交申请' }).click();
    await p.getByTestId('approval-outcome').getByText('已提交“全县重点项目推进会”的申请，待县政府办公室审查').waitFor();
    const row = p.getByTestId('approval-table').getByRole('row', { name: /全县重点项目推进会/ });
    await row.getByText('待办公室审查').waitFor();
    await row.getByText('县政府办公室主任审查（李文博）').waitFor();
    await viewportScreenshot(p, 'meeting-approvals-list');
    await assertAccessible(p);
  });

  void test('liwenbo reviews and zhouminyuan approves (第五十一条第（二）项); the drawer shows each check with its clause and each step', async () => {
    const li = await login('liwenbo');
    await li.getByText(/审查工作会议申请：县发展改革委拟于2025-11-12以本单位名义召开“全县重点项目推进会”/).waitFor();
    await openApprovals(li);
    await li.getByRole('button', { name: '全县重点项目推进会' }).click();
    const drawer = li.getByRole('dialog', { name: /工作会议：全县重点项目推进会/ });
    await drawer.getByTestId('approval-checks').getByText('第五十一条第（二）项：需乡镇（街道）行政主要负责人参加的工作会议，由县政府办公室主任审查后报县长批准').waitFor();
    await drawer.getByLabel('审查意见').fill('材料齐全，报县长批准');
    await viewportScreenshot(li, 'meeting-approvals-review');
    await assertAccessible(li);
    await drawer.getByRole('button', { name: '审查通过，报批' }).click();
    await drawer.getByText('县长批准（周明远）').waitFor();
    assert.equal(await drawer.getByRole('button', { name: '批准', exact: true }).count(), 0, 'the office does not approve');

    const zhou = await login('zhouminyuan');
    await openApprovals(zhou);
    await zhou.getByRole('button', { name: '全县重点项目推进会' }).click();
    const d2 = zhou.getByRole('dialog', { name: /工作会议：全县重点项目推进会/ });
    await d2.getByLabel('批准意见').fill('同意');
    await d2.getByRole('button', { name: '批准', exact: true }).click();
    await d2.getByTestId('approval-detail').getByText('已批准', { exact: true }).waitFor();
    const steps = d2.getByTestId('approval-steps');
    await steps.getByText(/李文博（县政府办公室主任）/).waitFor();
    await steps.getByText(/周明远（县长）/).waitFor();
    await steps.getByText('同意', { exact: true }).waitFor();
    await viewportScreenshot(zhou, 'meeting-approvals-approved');
    await assertAccessible(zhou);
  });

  void test('zhengwei asks leave from the 全体会议 naming 蒋涛; liwenbo forwards it; zhouminyuan approves (第四十九条)', async () => {
    const office = await server.harness.login('liwenbo');
    const org = (await office.get('/api/org')).body.data;
    const head = org.positions.find((x: Json) => x.code === 'county-head').id;
    const planned = await office.post('/api/meetings', { kind: 'plenary', startsAt: '2025-11-20T09:00:00+08:00', place: '县会议中心', form: 'video', chairPositionId: head });
    assert.equal(planned.status, 201, JSON.stringify(planned.body));
    const openMeeting = async (p: Page) => {
      await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
      await p.getByRole('button', { name: '县政府全体会议' }).click();
      return p.getByRole('dialog', { name: /县政府全体会议/ }).getByTestId('meeting-leave');
    };
    const zheng = await login('zhengwei');
    let card = await openMeeting(zheng);
    await card.getByRole('button', { name: '请假' }).click();
    await card.getByLabel('事由').fill('赴成都市招商');
    const sub = card.getByLabel('代为参会的分管副职');
    await sub.click();
    await sub.fill('蒋涛');
    await sub.press('Enter');
    await card.getByRole('button', { name: '提交请假' }).click();
    await card.getByRole('cell', { name: '待办公室转呈，报县长' }).waitFor();
    assert.equal(await card.getByRole('button', { name: '转呈' }).count(), 0, 'the requester does not forward');

    const li = await login('liwenbo');
    card = await openMeeting(li);
    await card.getByRole('button', { name: '转呈' }).click();
    await card.getByRole('cell', { name: '县长 待审批' }).waitFor();
    await card.getByRole('cell', { name: /^李文博 .* 转呈$/ }).waitFor();
    await viewportScreenshot(li, 'meeting-leave-forwarded');
    await assertAccessible(li);

    const zhou = await login('zhouminyuan');
    card = await openMeeting(zhou);
    await card.getByRole('button', { name: '批准', exact: true }).click();
    await card.getByRole('cell', { name: '县长 已批准' }).waitFor();
    await zhou.getByRole('cell', { name: '已准假，蒋涛代会' }).waitFor();
  });
});
