import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible, choose, launchBrowser, mainNav, loginThroughUi, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 会议 in a real browser on SQLite, the clock at Monday 2025-11-03 09:00 Beijing time: the office
// cannot have the 常务副县长 chair a 常务会议 without the county head's 委托 (第四十六条), then
// records it; a department head proposes a topic, the 县长 admits it, the office puts it on the meeting.
void describe('meetings (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
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

  void test('liwenbo: the 常务副县长 chairs a 常务会议 only with the county head\'s 委托 recorded (第四十六条)', async () => {
    const p = await login('liwenbo');
    await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
    await p.getByTestId('cadence').getByText('县长办公会议', { exact: true }).waitFor();
    await p.getByRole('button', { name: '安排会议' }).click();
    const d = p.getByRole('dialog', { name: '安排会议' });
    const when = d.getByLabel('开始时间', { exact: true });
    await when.click();
    await when.fill('2025-11-11 09:00');
    await when.press('Enter');
    await d.getByLabel('地点').fill('县政府第一会议室');
    await choose(d, '主持人', '常务副县长');
    await d.getByRole('button', { name: '安排', exact: true }).click();
    await d.getByTestId('verdicts').getByText(/^第四十六条：常务副县长主持县政府常务会议须经县长委托/).waitFor();
    await viewportScreenshot(p, 'meetings-chair-refused');
    await d.getByLabel('县长委托（常务副县长主持时填写）').fill('县长11月10日委托常务副县长主持');
    await d.getByRole('button', { name: '安排', exact: true }).click();
    await p.getByTestId('meeting-outcome').getByText('已安排会议').waitFor();
    await p.getByRole('cell', { name: '常务副县长（受县长委托）' }).waitFor();
    await viewportScreenshot(p, 'meetings-list');
    await assertAccessible(p);
  });

  void test('zhengwei proposes a topic; zhouminyuan admits it; liwenbo puts it on the meeting', async () => {
    const z = await login('zhengwei');
    await mainNav(z).getByRole('link', { name: '会议', exact: true }).click();
    await z.getByRole('button', { name: '提出议题' }).click();
    const f = z.getByRole('dialog', { name: '提出议题' });
    await f.getByLabel('议题名称').fill('关于调整城区停车收费标准的议题');
    await f.getByLabel('议题内容').fill('城区停车泊位供给不足，现行收费标准为2015年制定，已不适应停车需求，群众反映较多。');
    await f.getByLabel('提请会议研究的意见').fill('建议同意调整城区停车收费标准');
    await f.getByLabel('会前已与有关单位协调').check();
    await viewportScreenshot(z, 'meetings-propose');
    await assertAccessible(z);
    await f.getByRole('button', { name: '提出', exact: true }).click();
    await z.getByTestId('meeting-outcome').getByText('已提出议题，待县长（或会议主持人）审定').waitFor();

    const zhou = await login('zhouminyuan');
    await mainNav(zhou).getByRole('link', { name: '会议', exact: true }).click();
    await zhou.getByRole('tab', { name: '议题' }).click();
    await zhou.getByRole('button', { name: '审定' }).click();
    const a = zhou.getByRole('dialog', { name: '审定议题' });
    await a.getByLabel('审定意见').fill('同意上会');
    await viewportScreenshot(zhou, 'meetings-admit');
    await a.getByRole('button', { name: '同意列入会议' }).click();
    await zhou.getByTestId('meeting-outcome').getByText('议题“关于调整城区停车收费标准的议题”：已审定').waitFor();

    const li = await login('liwenbo');
    await mainNav(li).getByRole('link', { name: '会议', exact: true }).click();
    await li.getByRole('tab', { name: '议题' }).click();
    await li.getByRole('button', { name: '列入会议' }).click();
    const s = li.getByRole('dialog', { name: '列入会议' });
    await choose(s, '会议', '县政府常务会议');
    await s.getByRole('button', { name: '列入' }).click();
    await li.getByTestId('meeting-outcome').getByText('议题“关于调整城区停车收费标准的议题”：已列入会议').waitFor();
    await li.getByRole('tab', { name: '会议' }).click();
    await li.getByRole('button', { name: '县政府常务会议' }).click();
    const drawer = li.getByRole('dialog', { name: /县政府常务会议/ });
    await drawer.getByTestId('topics').getByText('关于调整城区停车收费标准的议题', { exact: true }).waitFor();
    await drawer.getByTestId('topics').getByText(/郑伟（县发展改革委主任）/).waitFor();
    await drawer.getByRole('cell', { name: '周明远' }).waitFor();
    await viewportScreenshot(li, 'meetings-drawer');
    await assertAccessible(li);
  });

  void test('sunhong asks leave from the 常务会议; the 常务副县长 presiding by 委托 approves it (第四十九条)', async () => {
    const openMeeting = async (p: Page) => {
      await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
      await p.getByRole('button', { name: '县政府常务会议' }).click();
      return p.getByRole('dialog', { name: /县政府常务会议/ });
    };
    const sun = await login('sunhong');
    let drawer = await openMeeting(sun);
    const card = drawer.getByTestId('meeting-leave');
    await card.getByRole('button', { name: '请假' }).click();
    await card.getByLabel('事由').fill('陪同市里检查组');
    await card.getByRole('button', { name: '提交请假' }).click();
    await card.getByRole('cell', { name: '常务副县长 待审批' }).waitFor();
    await viewportScreenshot(sun, 'meetings-leave-requested');
    await assertAccessible(sun);
    const chen = await login('chenlixin');
    drawer = await openMeeting(chen);
    await drawer.getByTestId('meeting-leave').getByRole('button', { name: '批准', exact: true }).click();
    await drawer.getByTestId('meeting-leave').getByRole('cell', { name: '常务副县长 已批准' }).waitFor();
    await drawer.getByRole('cell', { name: '已准假' }).waitFor();
  });

  void test('after the meeting: the office records it held and drafts the minutes; the 常务副县长 reviews, the 县长 signs (第五十条); the decision becomes a 待办', async () => {
    server.harness.clock.set('2025-11-11T04:00:00.000Z');
    const openMeeting = async (p: Page) => {
      await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
      await p.getByRole('button', { name: '县政府常务会议' }).click();
      return p.getByRole('dialog', { name: /县政府常务会议/ });
    };
    const li = await login('liwenbo');
    let drawer = await openMeeting(li);
    await drawer.getByRole('button', { name: '登记会议召开' }).click();
    const minutes = drawer.getByTestId('minutes');
    await minutes.getByLabel('纪要正文').fill('会议研究了调整城区停车收费标准等事项。');
    await minutes.getByLabel('议定事项1').fill('同意调整城区停车收费标准，先组织听证');
    await choose(minutes, '主办单位1', '县发展改革委');
    await minutes.getByRole('button', { name: '保存纪要' }).click();
    await minutes.getByRole('button', { name: '送审' }).click();
    await minutes.getByText('吴敏').or(minutes.getByText('李文博')).first().waitFor();
    await viewportScreenshot(li, 'meetings-minutes-drafted');
    await assertAccessible(li);

    const zhou = await login('zhouminyuan');
    drawer = await openMeeting(zhou);
    await drawer.getByTestId('minutes').getByRole('button', { name: '审核通过' }).click();
    await drawer.getByTestId('verdicts').getByText(/^第五十条：会议纪要县政府办公室起草，送常务副县长审核，呈县长签发/).waitFor();

    const chen = await login('chenlixin');
    drawer = await openMeeting(chen);
    await drawer.getByTestId('minutes').getByRole('button', { name: '审核通过' }).click();
    await drawer.getByTestId('minutes').getByRole('button', { name: '签发' }).waitFor();

    const zhou2 = await login('zhouminyuan');
    drawer = await openMeeting(zhou2);
    await drawer.getByTestId('minutes').getByRole('button', { name: '签发' }).click();
    await drawer.getByText('纪要已签发，议定事项已转为承办单位的督办待办。').waitFor();
    await viewportScreenshot(zhou2, 'meetings-minutes-signed');
    const zheng = await login('zhengwei');
    await zheng.getByText(/落实县政府常务会议议定事项1：同意调整城区停车收费标准/).first().waitFor();
  });
});
