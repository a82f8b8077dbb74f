import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Json } from '../support/harness.ts';
import { readyMajorDecision, submitMajorDecision } from '../support/major-decisions.ts';
import { assertAccessible, choose, launchBrowser, mainNav, loginThroughUi, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// What happens at a 常务会议, in a real browser on SQLite: the office invites a journalist (refused
// until the decision is written, 第四十六条), arranges the collective law study (第十七条), signs
// members in on the day and records the meeting held with a turnout warning (ADR 0007), then records
// the discussion of a major decision: dissent needs reasons, the 县长 speaks last, a conclusion against
// the majority states why (《重大行政决策程序暂行条例》第三十条).
void describe('meeting attendance, study and discussion (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  const openMeeting = async (p: Page) => {
    await mainNav(p).getByRole('link', { name: '会议', exact: true }).click();
    await p.getByRole('button', { name: '县政府常务会议' }).click();
    return p.getByRole('dialog', { name: /县政府常务会议/ });
  };

  before(async () => {
    server = await startWebServer({ at: '2025-10-27T01:00:00.000Z' });
    browser = await launchBrowser();
    // A 常务会议 with a leader's major-decision topic on it, set up through the API: the decision first
    // goes through its statutory steps (第二十三条) and is ready on 5 November, then is put forward from its dossier.
    const ready = await readyMajorDecision(server.harness, { title: '县城第二污水处理厂建设', readyAt: '2025-11-05T01:00:00.000Z' });
    const li = await server.harness.login('liwenbo');
    const org = (await li.get('/api/org')).body.data;
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
    const m = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-11-11T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
    assert.equal(m.status, 201);
    const topicId = await submitMajorDecision(server.harness, ready.dossierId, { title: '关于建设县城第二污水处理厂的议题' });
    assert.equal((await (await server.harness.login('zhouminyuan')).post(`/api/topics/${topicId}/admit`, {})).status, 200);
    assert.equal((await li.post(`/api/topics/${topicId}/schedule`, { meetingId: m.body.data.id })).status, 200);
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(pageErrors, []);
  });

  void test('liwenbo: fixed 列席 listed; a guest only with the decision recorded (第四十六条); the law study arranged (第十七条); the calendar', async () => {
    const li = await login('liwenbo');
    const drawer = await openMeeting(li);
    const card = drawer.getByTestId('attendance');
    await card.getByRole('cell', { name: '县发展改革委主要负责人', exact: true }).waitFor();
    await card.getByRole('cell', { name: '县人大常委会负责常务工作的领导', exact: true }).waitFor();
    await card.getByRole('button', { name: '增加列席' }).click();
    await choose(card, '特邀类别', '新闻媒体');
    await card.getByLabel('姓名或单位').fill('云阳县融媒体中心记者');
    await card.getByRole('button', { name: '加入名单' }).click();
    await card.getByText(/^第四十六条：邀请新闻媒体、人大代表、政协委员以及群众代表列席须/).waitFor();
    await card.getByLabel('决定依据').fill('经县长同意，报道污水处理厂议题');
    await card.getByRole('button', { name: '加入名单' }).click();
    await card.getByText('依据：经县长同意，报道污水处理厂议题').waitFor();
    const study = drawer.getByTestId('study');
    await study.getByRole('button', { name: '安排学习' }).click();
    await study.getByLabel('学习内容').fill('学习《中华人民共和国行政复议法》');
    await study.getByLabel('主讲人').fill('黄志刚');
    await study.getByRole('button', { name: '保存' }).click();
    await study.getByText('学习《中华人民共和国行政复议法》').waitFor();
    await viewportScreenshot(li, 'meeting-attendance');
    await assertAccessible(li);
    await li.keyboard.press('Escape');
    await li.getByRole('tab', { name: '日历' }).click();
    await li.getByTestId('meeting-calendar').getByText('09:00 县政府常务会议').waitFor();
    await viewportScreenshot(li, 'meeting-calendar');
  });

  void test('on the day: sign-in, the meeting held with a turnout warning, the discussion of a major decision', async () => {
    server.harness.clock.set('2025-11-11T00:50:00.000Z');
    const li = await login('liwenbo');
    let drawer = await openMeeting(li);
    const card = drawer.getByTestId('attendance');
    await card.getByRole('button', { name: '签到：县长' }).click();
    await card.getByText(/^周明远 /).waitFor();
    await card.getByRole('button', { name: '签到：常务副县长' }).click();
    await card.getByText(/^陈立新 /).waitFor();
    server.harness.clock.set('2025-11-11T01:30:00.000Z');
    const li2 = await login('liwenbo');
    drawer = await openMeeting(li2);
    await drawer.getByTestId('attendance').getByRole('button', { name: '登记会议召开' }).click();
    await drawer.getByTestId('verdicts').getByText(/^组成人员出席2人，共6人，低于50%/).waitFor();
    await viewportScreenshot(li2, 'meeting-held-turnout');

    const topic = drawer.getByRole('group', { name: '关于建设县城第二污水处理厂的议题' });
    await topic.getByRole('button', { name: '记录发言' }).click();
    const speak = async (person: string, opinion: string, remarks: string) => {
      await choose(topic, '发言人', person);
      await choose(topic, '意见', opinion);
      await topic.getByLabel('发言要点及理由').fill(remarks);
      await topic.getByRole('button', { name: '记录', exact: true }).click();
    };
    await speak('王晓梅', '不同意', '');
    await topic.getByText(/不同意见应当如实载明/).waitFor();
    await speak('王晓梅', '不同意', '选址距离水源保护区过近');
    await topic.getByRole('cell', { name: '选址距离水源保护区过近' }).waitFor();
    await speak('赵国强', '不同意', '资金来源尚未落实');
    await topic.getByRole('cell', { name: '资金来源尚未落实' }).waitFor();
    await speak('周明远', '同意', '项目必要且紧迫');
    await topic.getByText(/行政首长$/).waitFor();
    await topic.getByRole('button', { name: '记录结论' }).click();
    await topic.getByLabel('主持人结论').fill('原则同意建设，补充风险评估后实施');
    await topic.getByRole('button', { name: '确认结论' }).click();
    await topic.getByText(/结论与组成人员多数意见（同意1、不同意2、保留0）不一致，应当在会上说明理由/).waitFor();
    await topic.getByLabel('与多数意见不一致的理由').fill('雨季溢流已造成污染，项目紧迫；选址和资金问题在实施方案中解决');
    await topic.getByRole('button', { name: '确认结论' }).click();
    await topic.getByText('原则通过：原则同意建设，补充风险评估后实施').waitFor();
    await viewportScreenshot(li2, 'meeting-discussion');
    await assertAccessible(li2);
  });
});
