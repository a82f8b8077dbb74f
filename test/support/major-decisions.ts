/**
 * A major decision taken through its statutory steps over the API, for tests that need one ready for
 * a meeting: the year's catalogue consented and published, the dossier opened by the undertaking unit
 * (县发展改革委), a 座谈会, three signed expert opinions and their handling, a controllable risk, and
 * the 县司法局's legality review — received on the start day and concluded on the 7th working day
 * after it (the clock is moved there). Returns the dossier and the day it became ready.
 */
import assert from 'node:assert/strict';
import type { Client, Harness, Json } from './harness.ts';

export interface ReadyDecision {
  readonly dossierId: string;
  readonly itemId: string;
  readonly catalogueId: string;
  /** The instant the legality opinion was given (the clock stands there afterwards). */
  readonly readyAt: string;
}

const expect201 = (r: { status: number; body: Json }, what: string) => assert.ok(r.status === 201 || r.status === 200, `${what}: ${r.status} ${JSON.stringify(r.body)}`);

/** The catalogue of the clock's year, created (or found), with the matter on it, consented and published. */
export async function catalogueItem(h: Harness, title: string, over: Json = {}): Promise<{ catalogueId: string; itemId: string }> {
  const li = await h.login('liwenbo');
  const org = (await li.get('/api/org')).body.data;
  const body = (code: string) => org.bodies.find((b: Json) => b.code === code).id;
  const year = Number(h.clock.now().toISOString().slice(0, 4));
  let cat = (await li.get(`/api/decision-catalogues?year=${year}`)).body.data;
  if (!cat.catalogue) {
    expect201(await li.post('/api/decision-catalogues', { year }), 'create catalogue');
    cat = (await li.get(`/api/decision-catalogues?year=${year}`)).body.data;
  }
  const latest = cat.editions.at(-1);
  if (latest.status === 'published') expect201(await li.post(`/api/decision-catalogues/${cat.catalogue.id}/adjustments`, { reason: `根据工作需要增列“${title}”` }), 'adjust');
  const item = await li.post(`/api/decision-catalogues/${cat.catalogue.id}/items`, {
    title, summary: `${title}：拟由县发展改革委牵头拟订方案，提请县政府常务会议讨论决定。`, category: 'project-assets', matterKind: 'major-project', leadBodyId: body('fgw'), coBodyIds: [], ...over,
  });
  expect201(item, 'add item');
  const editions = (await li.get(`/api/decision-catalogues?year=${year}`)).body.data.editions;
  const edition = editions.at(-1);
  const today = new Date(h.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  expect201(await li.post(`/api/decision-catalogue-editions/${edition.id}/consent`, { date: today, document: `中共云阳县委办公室关于同意${year}年度重大行政决策事项目录的函（云阳委办函〔${year}〕31号）` }), 'consent');
  expect201(await li.post(`/api/decision-catalogue-editions/${edition.id}/publish`, {}), 'publish');
  return { catalogueId: cat.catalogue.id, itemId: item.body.data.id };
}

/** Working days are counted on the demo calendar; `readyAt` is given by the caller (7 working days after the start day). */
export async function readyMajorDecision(h: Harness, opts: { title: string; readyAt: string; draftText?: string }): Promise<ReadyDecision> {
  const { catalogueId, itemId } = await catalogueItem(h, opts.title);
  const opened = await (await h.login('fengli')).post('/api/major-decisions', {
    itemId, title: opts.title, draftText: opts.draftText ?? `${opts.title}实施方案：新建日处理能力3万吨的污水处理厂一座，配套管网12公里，总投资约2.4亿元。`,
    explanation: '一、必要性：县城污水处理能力已接近饱和，雨季溢流问题突出。二、可行性：选址已完成比选，资金来源为专项债券和县级财政。', affectsMarket: false, concernedBodyIds: [],
  });
  expect201(opened, 'open dossier');
  const id = opened.body.data.id as string;
  await takeStatutorySteps(h, id, opts.readyAt);
  return { dossierId: id, itemId, catalogueId, readyAt: opts.readyAt };
}

/**
 * The statutory steps of a dossier prepared by the 县发展改革委 with no concerned bodies and no market
 * effect: a 座谈会, three signed expert opinions and their handling, a controllable risk, the legality
 * review received today and concluded at `readyAt` (7 working days later; the clock is moved there).
 */
export async function takeStatutorySteps(h: Harness, id: string, readyAt: string): Promise<void> {
  const today = new Date(h.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const feng: Client = await h.login('fengli');
  const step = async (path: string, body: Json, as: Client = feng) => expect201(await as.post(`/api/major-decisions/${id}/${path}`, body), path);
  await step('participation', {
    method: 'symposium', date: today, place: '县政府第二会议室', participants: '沿线居民代表12人、企业代表3人', groups: ['public', 'market-actors'],
    opinions: '支持建设，希望减少施工扰民', handling: '采纳：施工方案增加夜间禁止施工要求', evidence: '座谈会纪要、签到表',
  });
  for (const name of ['张明', '李华', '王芳']) {
    await step('expert-opinions', { name, organisation: '重庆大学环境学院', expertKind: 'expert', mode: 'meeting', date: today, opinion: '工艺路线可行，规模适当', signed: true, interestDeclared: false });
  }
  await step('expert-review', { summary: '采纳专家关于预留二期用地的意见' });
  await step('risk-assessment', {
    assessor: '县发展改革委', methods: '重点走访、会商分析', risks: ['施工期交通影响', '邻避效应'], measures: '分段施工、加强宣传解读', responsePlan: '成立应急处置小组，制定舆情应对预案',
    departmentsHeard: '县公安局、县信访办、县生态环境局', conclusion: 'controllable', date: today,
  });
  await step('legality/send', { legalBasis: '《中华人民共和国水污染防治法》第四十九条；《城镇排水与污水处理条例》', procedureStatement: '已履行公众参与（座谈会）、专家论证（3名专家）和风险评估程序' });
  const huang = await h.login('huangzhigang');
  await step('legality/receive', {}, huang);
  h.clock.set(readyAt);
  await step('legality/opinion', { conclusion: 'lawful', opinion: '决策事项符合法定权限，程序完备，内容合法', counselOpinion: '法律顾问认为方案合法可行' }, await h.login('huangzhigang'));
}

/** The dossier put forward to a 常务会议 by the leader in charge; returns the topic's id. */
export async function submitMajorDecision(h: Harness, dossierId: string, over: Json = {}): Promise<string> {
  const r = await (await h.login('liujianhua')).post(`/api/major-decisions/${dossierId}/submit`, {
    meetingKind: 'executive', summary: '县城污水处理能力已接近饱和，雨季溢流问题突出，拟新建日处理能力3万吨的第二污水处理厂。', recommendation: '建议同意实施并纳入年度重点项目', ...over,
  });
  expect201(r, 'submit');
  return r.body.data.dossier.topicId as string;
}
