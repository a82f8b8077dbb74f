import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Json } from '../support/harness.ts';
import { assertAccessible, axeViolations, choose, launchBrowser, loginThroughUi, mainNav, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// After a 常务会议 held on Tuesday 2025-11-04 (clock fixed, Beijing time): the office drafts the
// minutes with one public decision and one withheld (第三十条: refused without its reason), the
// 县长 signs, and the 纪要 goes to the office's 复核 and 登记 as a 发文 (第五十条); the office
// publishes the public decision, which the portal shows (with and without JavaScript); the units
// follow the decisions on 议定事项督办 (第二十八条、第四十一条).
void describe('after the meeting: 纪要, publication, 议定事项督办 (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  let meetingId = '';

  const openMeeting = async (p: Page) => {
    await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
    await p.getByRole('button', { name: '县政府常务会议' }).click();
    return p.getByRole('dialog', { name: /县政府常务会议/ });
  };

  before(async () => {
    server = await startWebServer({ at: '2025-11-04T01:00:00.000Z' });
    browser = await launchBrowser();
    const li = await server.harness.login('liwenbo');
    const org = (await li.get('/api/org')).body.data;
    const head = org.positions.find((p: Json) => p.code === 'county-head').id;
    const planned = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-11-04T09:30:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: head });
    assert.equal(planned.status, 201, JSON.stringify(planned.body));
    meetingId = planned.body.data.id;
    server.harness.clock.set('2025-11-04T02:00:00.000Z');
    assert.equal((await (await server.harness.login('liwenbo')).post(`/api/meetings/${meetingId}/hold`, {})).status, 200);
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(pageErrors, []);
  });

  void test('liwenbo drafts the minutes: a decision kept from publication without its reason is refused citing 第三十条; with it, the minutes go to review', async () => {
    const li = await login('liwenbo');
    const drawer = await openMeeting(li);
    const minutes = drawer.getByTestId('minutes');
    await minutes.getByLabel('纪要正文').fill('会议研究了调整城区停车收费标准、城东地块收储等事项。');
    await minutes.getByLabel('议定事项1').fill('同意调整城区停车收费标准，先组织听证');
    await choose(minutes, '主办单位1', '县发展改革委');
    await minutes.getByRole('button', { name: '增加议定事项' }).click();
    await minutes.getByLabel('议定事项2').fill('原则同意城东地块收储方案，收储价格报县政府审定');
    await choose(minutes, '主办单位2', '县财政局');
    await choose(minutes, '公开属性2', '不予公开');
    await minutes.getByRole('button', { name: '保存纪要' }).click();
    await minutes.getByTestId('verdicts').getByText(/^第三十条：会议讨论决定的事项，除依法需要保密的外，应及时公布；第2项议定事项不予公开，须写明理由/).waitFor();
    await viewportScreenshot(li, 'minutes-withheld-refused');
    await minutes.getByLabel('不予公开理由2').fill('涉及尚未公开的土地收储价格，公开可能影响收储工作');
    await minutes.getByRole('button', { name: '保存纪要' }).click();
    await minutes.getByRole('button', { name: '送审' }).click();
    await minutes.getByText('不予公开：涉及尚未公开的土地收储价格，公开可能影响收储工作').waitFor();
    await minutes.getByText('公开', { exact: true }).waitFor();
    await viewportScreenshot(li, 'minutes-disclosure');
    await assertAccessible(li);
  });

  void test('zhouminyuan signs; the 纪要 goes to the office as a 发文 awaiting 复核, and the public decision is 待公布 (第五十条、第三十条)', async () => {
    assert.equal((await (await server.harness.login('chenlixin')).post(`/api/meetings/${meetingId}/minutes/advance`, { opinion: '审核同意' })).status, 200);
    const zhou = await login('zhouminyuan');
    const drawer = await openMeeting(zhou);
    await drawer.getByTestId('minutes').getByRole('button', { name: '签发' }).click();
    await drawer.getByText('纪要已签发，议定事项已转为承办单位的督办待办。').waitFor();
    const issue = drawer.getByTestId('minutes-issue');
    await issue.getByText('待登记编号').waitFor();
    await issue.getByText('复核', { exact: true }).waitFor();
    await issue.getByTestId('publication').getByText('待公布').waitFor();
    await issue.getByText(/1项公开、1项不予公开；应于2025年12月2日前公布/).waitFor();
    assert.equal(await issue.getByRole('button', { name: '公布议定事项' }).count(), 0, 'only the office publishes');
    await viewportScreenshot(zhou, 'minutes-issued');
    await assertAccessible(zhou);
  });

  void test('wumin opens the 纪要 from the meeting: 签发人 is the 县长, it links back to the meeting, and 复核并登记编号 numbers it 云阳府常纪〔2025〕1号', async () => {
    const wu = await login('wumin');
    const drawer = await openMeeting(wu);
    await drawer.getByTestId('minutes-issue').getByRole('link', { name: '县政府常务会议纪要' }).click();
    await wu.waitForURL(/\/documents\/[^/]+$/);
    await wu.getByRole('heading', { name: '县政府常务会议纪要' }).waitFor();
    await wu.getByRole('row', { name: /签发人\s*周明远/ }).waitFor();
    await wu.getByTestId('doc-meeting').getByRole('link', { name: /县政府常务会议（2025年11月4日）/ }).waitFor();
    assert.equal(await wu.getByRole('button', { name: '退回修改' }).count(), 0, 'the signed minutes are not sent back for redrafting');
    await wu.getByRole('button', { name: '复核并登记编号' }).click();
    await wu.getByRole('button', { name: '登记编号', exact: true }).click();
    await wu.getByTestId('doc-number').getByText('云阳府常纪〔2025〕1号').waitFor();
    await screenshot(wu, 'minutes-document');
    await assertAccessible(wu);
    await wu.getByTestId('doc-meeting').getByRole('link').click();
    await wu.waitForURL(/\/meetings\?meeting=/);
    await wu.getByRole('dialog', { name: /县政府常务会议/ }).getByTestId('minutes-issue').getByText('云阳府常纪〔2025〕1号').waitFor();
  });

  void test('liwenbo publishes the public decision (第三十条); the portal shows it — not the withheld one — and passes the accessibility check', async () => {
    server.harness.clock.set('2025-11-06T02:00:00.000Z');
    const li = await login('liwenbo');
    const drawer = await openMeeting(li);
    const issue = drawer.getByTestId('minutes-issue');
    await issue.getByRole('button', { name: '公布议定事项' }).click();
    await issue.getByTestId('publication').getByText('已公布').waitFor();
    await viewportScreenshot(li, 'minutes-published');

    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const p = await ctx.newPage();
    await p.goto(`${server.baseUrl}/portal/`);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '会议决定公开' }).click();
    await p.waitForURL(/\/portal\/decisions$/);
    assert.equal(await p.locator('h1').textContent(), '会议决定公开');
    await p.getByRole('heading', { name: '2025年11月4日县政府常务会议' }).waitFor();
    await p.getByRole('cell', { name: '同意调整城区停车收费标准，先组织听证' }).waitFor();
    await p.getByRole('cell', { name: '县发展改革委' }).waitFor();
    const body = (await p.locator('main').textContent()) ?? '';
    for (const hidden of ['城东地块收储', '县财政局', '周明远']) assert.ok(!body.includes(hidden), `not on the portal: ${hidden}`);
    assert.deepEqual(await axeViolations(p), [], 'portal decisions: no axe violation');
    await screenshot(p, 'portal-decisions');
    await p.getByRole('link', { name: '大字模式（适老化）' }).click();
    await p.waitForURL(/mode=elder/);
    assert.equal(await p.getAttribute('html', 'class'), 'elder');
    assert.deepEqual(await axeViolations(p), [], 'portal decisions (elder): no axe violation');
    await screenshot(p, 'portal-decisions-elder');
    await p.getByRole('link', { name: '繁體中文' }).click();
    await p.waitForURL(/script=hant/);
    await p.getByRole('heading', { name: '會議決定公開' }).waitFor();
    await p.getByRole('cell', { name: '縣發展改革委' }).waitFor();
  });

  void test('the portal page works without JavaScript: the filter is a form the browser submits', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(noJs);
    const p = await noJs.newPage();
    await p.goto(`${server.baseUrl}/portal/decisions`);
    await p.getByLabel('年度').selectOption('2025');
    await p.getByLabel('会议类别').selectOption({ label: '县政府常务会议' });
    await p.getByRole('button', { name: '筛选' }).click();
    await p.waitForURL(/year=2025&kind=executive/);
    await p.getByRole('cell', { name: '同意调整城区停车收费标准，先组织听证' }).waitFor();
    assert.equal(await p.getByLabel('会议类别').inputValue(), 'executive', 'the form keeps the choice');
    await p.getByLabel('会议类别').selectOption({ label: '县政府专题会议' });
    await p.getByRole('button', { name: '筛选' }).click();
    await p.waitForURL(/kind=special/);
    assert.match((await p.locator('#count').textContent()) ?? '', /没有符合条件的会议决定/);
    await screenshot(p, 'portal-decisions-nojs');
  });

  void test('议定事项督办: zhengwei reports progress on his unit\'s decision (第二十八条); after their 10 working days liwenbo finds both 已逾期 and filters by unit', async () => {
    const zheng = await login('zhengwei');
    await mainNav(zheng).getByRole('link', { name: '议定事项督办' }).click();
    await zheng.waitForURL(/\/meeting-decisions$/);
    const row = zheng.getByRole('row', { name: /同意调整城区停车收费标准/ });
    await row.getByText('主办：县发展改革委').waitFor();
    await row.getByText('办理中 · 限2025年11月18日').first().waitFor();
    await row.getByText('已公布').waitFor();
    await row.getByRole('button', { name: '反馈执行情况' }).click();
    const modal = zheng.getByRole('dialog', { name: '反馈执行情况' });
    await modal.getByLabel('执行情况').fill('已起草听证方案，拟于11月20日召开听证会');
    await modal.getByRole('button', { name: '提交' }).click();
    await zheng.getByTestId('decision-outcome').getByText('已反馈执行情况').waitFor();
    await row.getByText(/县发展改革委：已起草听证方案/).waitFor();
    assert.equal(await zheng.getByRole('row', { name: /城东地块收储/ }).getByRole('button', { name: '反馈执行情况' }).count(), 0, 'not his unit\'s decision');
    await viewportScreenshot(zheng, 'meeting-decisions-progress');
    await assertAccessible(zheng);

    server.harness.clock.set('2025-11-19T02:00:00.000Z');
    const li = await login('liwenbo');
    await mainNav(li).getByRole('link', { name: '议定事项督办' }).click();
    await li.getByTestId('decision-counts').getByText('已逾期 2').waitFor();
    await choose(li.locator('main'), '状态', '已逾期');
    await li.waitForURL(/state=overdue/);
    await li.getByRole('row', { name: /停车收费标准/ }).getByText('已逾期', { exact: true }).waitFor();
    await li.getByRole('row', { name: /城东地块收储/ }).getByText('不予公开').waitFor();
    await choose(li.locator('main'), '承办单位', '县财政局');
    await li.waitForURL(/bodyId=/);
    await li.getByRole('row', { name: /停车收费标准/ }).waitFor({ state: 'detached' });
    await li.getByRole('row', { name: /城东地块收储/ }).getByText('主办：县财政局').waitFor();
    await viewportScreenshot(li, 'meeting-decisions-overdue');
    await assertAccessible(li);
  });
});
