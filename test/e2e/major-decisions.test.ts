import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Client, Json } from '../support/harness.ts';
import { assertAccessible, choose, launchBrowser, loginThroughUi, mainNav, screenshot, startWebServer, viewportScreenshot, type WebServer } from './support/browser.ts';

// 重大行政决策 in a real browser on SQLite, the clock at Monday 2025-10-27 09:00 Beijing time: the
// office builds the year's catalogue, records the party committee's consent and publishes it; the
// undertaking unit opens the dossier and is refused a shortened public comment without a reason
// (第二十五条); the other steps are taken through the API; the 县发展改革委's principal puts the ready
// dossier to a 常务会议; after the discussion (three against, the 县长 last, with reasons) the office
// records the decision from it; the dossier exports as one file; the portal shows the catalogue.
const TITLE = '县城第二污水处理厂建设';
const at = (day: string, hour = 9) => `${day}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

void describe('major administrative decisions (web)', () => {
  let server: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let dossierUrl = '';
  let dossierId = '';
  const login = (u: string) => loginThroughUi(browser, server.baseUrl, u, { contexts, pageErrors });
  const api = (u: string): Promise<Client> => server.harness.login(u);
  const pickDate = async (p: Page, scope: Locator, label: string, value: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await p.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
  };
  const openPage = async (p: Page) => {
    await mainNav(p).getByRole('link', { name: '重大行政决策' }).click();
    await p.getByRole('heading', { name: '重大行政决策', level: 2 }).waitFor();
  };
  const step = async (u: string, path: string, body: Json) => {
    const r = await (await api(u)).post(`/api/major-decisions/${dossierId}/${path}`, body);
    assert.ok(r.status === 200 || r.status === 201, `${path}: ${JSON.stringify(r.body)}`);
    return r.body;
  };

  before(async () => {
    server = await startWebServer({ at: '2025-10-27T01:00:00.000Z' });
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(pageErrors, []);
  });

  void test('liwenbo builds the 2025 catalogue, records the 县委\'s consent and publishes it (第二十三条、条例第三条)', async () => {
    const p = await login('liwenbo');
    await openPage(p);
    await p.getByRole('button', { name: '建立2025年度目录' }).click();
    await p.getByRole('button', { name: '列入事项' }).click();
    const d = p.getByRole('dialog', { name: /^列入2025年度重大行政决策事项目录/ });
    await d.getByLabel('决策事项名称').fill(TITLE);
    await d.getByLabel('主要内容').fill('新建日处理能力3万吨的污水处理厂，配套管网12公里');
    await choose(d, '事项类别（条例第三条）', '重大公共建设项目');
    await choose(d, '须经会议讨论决定的事项类别（第二十四条）', '重大项目建设');
    await choose(d, '决策承办单位', '县发展改革委');
    await d.getByRole('radio', { name: '第四季度' }).check();
    await viewportScreenshot(p, 'major-decisions-add-item');
    await assertAccessible(p);
    await d.getByRole('button', { name: '列入目录' }).click();
    await p.getByTestId('catalogue-outcome').getByText('已列入目录，经县委同意后生效').waitFor();
    const items = p.getByTestId('catalogue-items');
    await items.getByText('拟列入（待县委同意）').waitFor();
    await p.getByTestId('edition-1').getByRole('button', { name: '记录县委同意' }).click();
    const c = p.getByRole('dialog', { name: /^记录县委同意/ });
    await pickDate(p, c, '县委同意日期', '2025-10-27');
    await c.getByLabel('县委同意的文件或会议纪要').fill('中共云阳县委办公室关于同意2025年度重大行政决策事项目录的函（云阳委办函〔2025〕31号）');
    await c.getByRole('button', { name: '记录县委同意' }).click();
    await p.getByTestId('edition-1').getByText('县委已同意（待公布）').waitFor();
    await p.getByTestId('edition-1').getByText(/应于2025年11月24日前公布/).waitFor();
    await p.getByTestId('edition-1').getByRole('button', { name: '向社会公布' }).click();
    await p.getByTestId('catalogue-outcome').getByText(/已向社会公布/).waitFor();
    await items.getByText('已列入', { exact: true }).waitFor();
    await screenshot(p, 'major-decisions-catalogue');
    await assertAccessible(p);
  });

  void test('fengli opens the dossier; a public comment cut short without a reason is refused citing 第二十五条; with a reason it opens', async () => {
    const p = await login('fengli');
    await openPage(p);
    await p.getByTestId('catalogue-items').getByRole('button', { name: '启动决策程序' }).click();
    const d = p.getByRole('dialog', { name: `启动决策程序：${TITLE}` });
    await d.getByLabel('决策草案', { exact: true }).fill('新建日处理能力3万吨的第二污水处理厂一座，配套管网12公里，总投资约2.4亿元。');
    await d.getByLabel('起草说明（必要性、可行性、科学性等）').fill('县城污水处理能力已接近饱和，雨季溢流问题突出；选址已完成比选。');
    await d.getByRole('button', { name: '立卷' }).click();
    await p.waitForURL(/\/major-decisions\/[0-9a-f-]+$/);
    dossierUrl = p.url();
    dossierId = dossierUrl.split('/').at(-1) ?? '';
    const next = p.getByTestId('next-step');
    await next.getByText(/^下一步：公众参与、专家论证、风险评估、合法性审查|^下一步：公众参与、专家论证、风险评估/).waitFor();
    await p.getByTestId('phases').getByRole('row', { name: /合法性审查/ }).getByText('受阻').waitFor();
    const actions = p.getByTestId('dossier-actions');
    await actions.getByRole('button', { name: '向社会公开征求意见' }).click();
    const form = p.getByTestId('form-public-comment');
    await pickDate(p, form, '截止日期（当日24时截止）', '2025-11-10');
    await form.getByRole('button', { name: '发布征求意见' }).click();
    await form.getByText(/^第二十五条、《重大行政决策程序暂行条例》第十五条：/).first().waitFor();
    await viewportScreenshot(p, 'major-decision-comment-refused');
    await assertAccessible(p);
    await form.getByLabel('缩短期限的理由（期限不足30日时必填）').fill('汛期前须开工，以解决雨季溢流污染');
    await form.getByRole('button', { name: '发布征求意见' }).click();
    await p.getByTestId('dossier-outcome').getByText('向社会公开征求意见：已办理').waitFor();
    await p.getByTestId('dossier-record').getByText('缩短期限的理由：汛期前须开工，以解决雨季溢流污染', { exact: true }).waitFor();
  });

  void test('zhengwei puts the ready dossier to the 常务会议; after the discussion liwenbo records the decision from it (条例第三十条)', async () => {
    // The other statutory steps, through the API.
    const today = '2025-10-27';
    await step('fengli', 'participation', { method: 'symposium', date: today, place: '县政府第二会议室', participants: '沿线居民代表12人', groups: ['public'], opinions: '支持建设', handling: '采纳施工扰民意见', evidence: '座谈会纪要' });
    for (const name of ['张明', '李华', '王芳']) await step('fengli', 'expert-opinions', { name, organisation: '重庆大学', expertKind: 'expert', mode: 'meeting', date: today, opinion: '工艺可行', signed: true, interestDeclared: false });
    await step('fengli', 'expert-review', { summary: '采纳预留二期用地的意见' });
    await step('fengli', 'risk-assessment', { assessor: '县发展改革委', methods: '重点走访', risks: ['邻避效应'], measures: '加强宣传解读', responsePlan: '舆情应对预案', departmentsHeard: '县公安局、县信访办', conclusion: 'controllable', date: today });
    server.harness.clock.set(at('2025-11-11'));
    const consultationId = (await (await api('fengli')).get(`/api/major-decisions/${dossierId}`)).body.data.consultations[0].consultationId;
    assert.equal((await (await api('fengli')).post(`/api/consultations/${consultationId}/feedback`, { summary: '征求意见期间未收到意见，方案不作修改' })).status, 200);
    await step('fengli', 'legality/send', { legalBasis: '《中华人民共和国水污染防治法》第四十九条', procedureStatement: '已履行公众参与、专家论证和风险评估程序' });
    await step('huangzhigang', 'legality/receive', {});
    server.harness.clock.set(at('2025-11-20'));
    await step('huangzhigang', 'legality/opinion', { conclusion: 'lawful', opinion: '符合法定权限和程序', counselOpinion: '法律顾问认为合法可行' });

    const z = await login('zhengwei');
    await z.goto(dossierUrl);
    await z.getByTestId('next-step').getByText('下一步：提请会议讨论').waitFor();
    await z.getByTestId('dossier-actions').getByRole('button', { name: '提请会议讨论' }).click();
    const form = z.getByTestId('form-submit');
    await form.getByLabel('议题背景、问题和依据').fill('县城污水处理能力已接近饱和，雨季溢流问题突出，拟新建日处理能力3万吨的第二污水处理厂。');
    await form.getByLabel('提请会议研究决定的意见').fill('建议同意实施并纳入年度重点项目');
    await form.getByRole('button', { name: '提请会议' }).click();
    await z.getByTestId('dossier-outcome').getByText('提请会议讨论：已办理').waitFor();
    await z.getByTestId('dossier-facts').getByText(/关于审议《县城第二污水处理厂建设》的议题（县政府常务会议，待审定）/).waitFor();

    // The meeting: admitted by the 县长, scheduled, discussed with dissent, concluded with reasons.
    const d = (await (await api('liwenbo')).get(`/api/major-decisions/${dossierId}`)).body.data;
    const org = (await (await api('liwenbo')).get('/api/org')).body.data;
    const pos = (code: string) => org.positions.find((x: Json) => x.code === code);
    const m = await (await api('liwenbo')).post('/api/meetings', { kind: 'executive', startsAt: '2025-11-25T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head').id });
    assert.equal((await (await api('zhouminyuan')).post(`/api/topics/${d.topicId}/admit`, { note: '同意上会' })).status, 200);
    assert.equal((await (await api('liwenbo')).post(`/api/topics/${d.topicId}/schedule`, { meetingId: m.body.data.id })).status, 200);
    server.harness.clock.set(at('2025-11-25', 10));
    const li = await api('liwenbo');
    for (const [code, opinion, remarks] of [['deputy-2', 'disagree', '选址距离水源保护区过近'], ['deputy-3', 'disagree', '资金来源尚未落实'], ['party-member-1', 'disagree', '应先完成环评批复'], ['county-head', 'agree', '项目必要且紧迫']] as const) {
      assert.equal((await li.post(`/api/topics/${d.topicId}/speeches`, { personId: pos(code).holders[0].personId, role: 'member', opinion, remarks })).status, 201);
    }
    assert.equal((await li.post(`/api/topics/${d.topicId}/conclusion`, { text: '原则同意建设，补充资金平衡方案后实施', outcome: 'amended', reasonAgainstMajority: '雨季溢流已造成污染，项目紧迫' })).status, 200);

    const p = await login('liwenbo');
    await p.goto(dossierUrl);
    await p.getByTestId('next-step').getByText('下一步：登记会议决定').waitFor();
    await p.getByTestId('dossier-actions').getByRole('button', { name: '依据会议讨论记录登记决定' }).click();
    const rec = p.getByTestId('form-decision');
    await rec.getByText(/修改后通过——原则同意建设/).waitFor();
    await rec.getByLabel('决策内容（通过时填写）').fill('原则同意建设县城第二污水处理厂（日处理能力3万吨），补充资金平衡方案后由县发展改革委组织实施。');
    await rec.getByRole('button', { name: '登记决定' }).click();
    await p.getByTestId('dossier-outcome').getByText('依据会议讨论记录登记决定：已办理').waitFor();
    await p.getByTestId('dossier-facts').getByText('已集体讨论决定（待公布）').waitFor();
    const record = p.getByTestId('dossier-record');
    await record.getByText('与多数意见不一致的理由：').waitFor();
    await record.getByRole('row', { name: /周明远（县长）/ }).getByText('行政首长').waitFor();
    await p.getByTestId('next-step').getByText('下一步：向县委请示报告').waitFor();
    await p.evaluate(() => window.scrollTo(0, 0));
    await viewportScreenshot(p, 'major-decision-dossier-top');
    await screenshot(p, 'major-decision-dossier');
    await assertAccessible(p);

    const file = await p.request.get(`${server.baseUrl}/api/major-decisions/${dossierId}/dossier.html`);
    assert.equal(file.status(), 200);
    assert.match(file.headers()['content-type'] ?? '', /text\/html/);
    const html = await file.text();
    assert.ok(html.includes('重大行政决策卷宗') && html.includes('雨季溢流已造成污染') && html.includes('dossier-data'));
  });

  void test('the portal shows the published catalogue without JavaScript, accessibly', async () => {
    const ctx = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
    contexts.push(ctx);
    const p = await ctx.newPage();
    await p.goto(`${server.baseUrl}/portal/major-decisions`);
    await p.getByRole('heading', { name: '重大行政决策', level: 1 }).waitFor();
    await p.getByRole('table', { name: /2025年度重大行政决策事项目录/ }).getByRole('cell', { name: TITLE }).waitFor();
    await p.getByText(/云阳委办函〔2025〕31号/).waitFor();
    // axe runs in the page, so the accessibility check uses a context with JavaScript (past the portal's script-src 'none').
    const js = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(js);
    const q = await js.newPage();
    await q.goto(`${server.baseUrl}/portal/major-decisions`);
    await q.getByRole('heading', { name: '重大行政决策公布' }).waitFor();
    await screenshot(q, 'portal-major-decisions');
    await assertAccessible(q);
  });
});
