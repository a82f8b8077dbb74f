/**
 * The demo's work in progress: on a fresh demo database the organisation is seeded a few working
 * days back and then a short history is played through the real HTTP application, as the demo
 * accounts, with the clock at each step's time — so that every screen has something to show and
 * every record went through its procedure, its rules and the audit chain like any other:
 *
 * - a 常务会议 held with its topic concluded, members signed in, minutes signed (a 纪要 registered),
 *   decisions published and becoming tracked 待办 with a first progress report; the next 常务会议
 *   planned with a topic awaiting the 县长's decision;
 * - a 规范性文件 drafted and in public consultation on the portal, with comments from the public
 *   (one moderated, one waiting);
 * - this year's 重大行政决策 catalogue with the 县委's consent, published, and a dossier opened with
 *   its first public-participation record;
 * - the quarter's key-work list (第四十七条) with a progress report.
 *
 * The times are counted back from today on the official calendar, so the demo looks the same
 * whichever day it is started.
 */
import { addDays, buildCalendar, isWorkingKind, type Calendar } from '../core/calendar/index.ts';
import { fixedClock, localDate, type IsoDate } from '../core/kernel/time.ts';
import { buildServer } from '../http/server.ts';
import { PACKS, SEED_CALENDARS } from '../packs/registry.ts';
import { DEMO_APPOINTED_FROM } from '../packs/yunyang-2025/demo-org.ts';
import type { Instance } from '../runtime/instance.ts';
import { seedDemo, seedDemoTasks } from '../services/platform/seed.ts';
import { quarterEnd, quarterOf } from '../core/procedures/key-work/quarter.ts';
import { buildUrl, createDriver, errorOf, type Driver } from './driver.ts';
import { citesOf } from './match.ts';

/** Working days before today at which the history starts (the consultation is still open today). */
const HISTORY_WORKDAYS = 6;

type Json = Record<string, unknown>;

/** The n-th working day after (n > 0) or before (n < 0) `date`, `date` itself not counted. */
export function workdayFrom(calendar: Calendar, date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, n > 0 ? 1 : -1);
    if (isWorkingKind(calendar.dayKind(d).kind)) left--;
  }
  return d;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface DemoWorkResult {
  /** False when the demo organisation was already there (nothing is seeded twice). */
  readonly seeded: boolean;
  /** Whether the work in progress was played (it is not before the demo's appointments start). */
  readonly work: boolean;
  /** A step that failed, in Chinese; the organisation and the steps before it stay. */
  readonly problem?: string;
}

/**
 * Seeds a fresh demo database: the organisation (dated at the start of the history), the work in
 * progress, and the demo 待办 (dated now). Does nothing when the organisation is already seeded.
 */
export async function seedDemoWithWork(instance: Instance, now: Date = instance.deps.clock.now()): Promise<DemoWorkResult> {
  const pack = PACKS[0]!.pack;
  const offset = pack.utcOffsetMinutes;
  const calendar = buildCalendar(SEED_CALENDARS);
  const today = localDate(now, offset);
  const start = workdayFrom(calendar, today, -HISTORY_WORKDAYS);
  const at = (date: IsoDate, hm: string) => `${date}T${hm}:00${offsetText(offset)}`;
  const playable = start > DEMO_APPOINTED_FROM && new Date(at(start, '08:30')) < now;
  const clock = fixedClock(playable ? at(start, '08:30') : now);
  const deps = { ...instance.deps, clock };
  const org = await seedDemo(deps, SEED_CALENDARS, pack.id, { tasks: false });
  if (!org.seeded) return { seeded: false, work: false };
  let problem: string | undefined;
  if (playable) {
    const app = await buildServer({ deps, audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) } });
    try {
      await playHistory(createDriver(app, instance), clock, calendar, today, start, at, now, offset);
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    } finally {
      await app.close();
    }
  }
  clock.set(now);
  await seedDemoTasks(deps, instance.deps.settings.defaultTenantId);
  return { seeded: true, work: playable, ...(problem ? { problem } : {}) };
}

async function playHistory(
  driver: Driver, clock: ReturnType<typeof fixedClock>, calendar: Calendar, today: IsoDate, start: IsoDate,
  at: (date: IsoDate, hm: string) => string, now: Date, offset: number,
): Promise<void> {
  const call = async (when: string, as: string, op: string, params: Json = {}, body?: Json): Promise<Json> => {
    clock.set(when);
    const route = driver.routes.get(op);
    if (!route) throw new Error(`演示数据：未知的操作 ${op}`);
    const r = await driver.send(as, route, buildUrl(route, params), body ?? (route.method === 'GET' ? undefined : {}));
    if (r.status >= 300) {
      const e = errorOf(r.body);
      throw new Error(`演示数据：${when} ${as} ${op} 失败（${r.status}${e ? ` ${e.code}：${e.message}` : ''}${citesOf(r.body).length ? `；引用 ${citesOf(r.body).join('、')}` : ''}）`);
    }
    return (r.body as { data: Json }).data;
  };
  /** A moment before now, `minutes` back (the steps of today, in order, all in the past). */
  const recent = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  const day = (n: number) => workdayFrom(calendar, today, n);
  const d1 = start; // the history's first working day
  const d2 = day(-HISTORY_WORKDAYS + 1);
  const meetingDay = day(-HISTORY_WORKDAYS + 2);
  const d4 = day(-HISTORY_WORKDAYS + 4);

  const org = await call(at(d1, '08:40'), 'liwenbo', 'getOrganisation') as { bodies: { id: string; code: string }[]; positions: { id: string; code: string }[] };
  const body = (code: string) => org.bodies.find((b) => b.code === code)!.id;
  const post = (code: string) => org.positions.find((p) => p.code === code)!.id;

  // 常务会议 (arts. 46, 50, 28, 30): planned, a topic admitted and concluded, minutes signed and issued.
  const meeting = await call(at(d1, '09:00'), 'liwenbo', 'planMeeting', {}, {
    kind: 'executive', startsAt: `${at(meetingDay, '09:00')}`, place: '县政府第一会议室', form: 'in-person', chairPositionId: post('county-head'),
  });
  const topic = await call(at(d1, '09:20'), 'zhengwei', 'proposeTopic', {}, {
    meetingKind: 'executive', title: '关于城区公共停车设施建设推进情况的议题',
    summary: '城区公共停车泊位缺口约2000个，新建停车场用地报批和资金筹措需县财政局、县规划自然资源局等部门协同推进，提请会议研究。',
    recommendation: '建议同意分两期建设城区公共停车场，一期资金纳入明年县级财政预算', unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true,
  });
  await call(at(d1, '11:00'), 'zhouminyuan', 'admitTopic', { id: topic['id'] }, { note: '同意提交常务会议研究' });
  await call(at(d1, '11:10'), 'liwenbo', 'scheduleTopic', { id: topic['id'] }, { meetingId: meeting['id'] });
  const seats = (await call(at(meetingDay, '08:40'), 'liwenbo', 'getMeeting', { id: meeting['id'] }))['attendance'] as { key: string; group: string }[];
  for (const [i, seat] of seats.filter((s) => s.group === 'member').entries()) {
    await call(at(meetingDay, `08:${String(45 + i).padStart(2, '0')}`), 'liwenbo', 'signInMeeting', { id: meeting['id'] }, { entryKey: seat.key });
  }
  await call(at(meetingDay, '10:00'), 'liwenbo', 'concludeTopic', { id: topic['id'] }, { text: '原则同意分两期建设城区公共停车场，由县发展改革委牵头、县财政局配合抓好落实', outcome: 'adopted' });
  await call(at(meetingDay, '12:00'), 'liwenbo', 'holdMeeting', { id: meeting['id'] });
  await call(at(meetingDay, '14:00'), 'liwenbo', 'draftMinutes', { id: meeting['id'] }, {
    text: '会议听取了县发展改革委关于城区公共停车设施建设推进情况的汇报，研究了有关事项。',
    decisions: [
      { text: '原则同意分两期建设城区公共停车场，一期新建泊位800个', leadBodyId: body('fgw'), coBodyIds: [body('czj')], dueWorkdays: 15, disclosure: 'public' },
      { text: '县财政局将一期建设资金纳入明年县级财政预算草案', leadBodyId: body('czj'), coBodyIds: [], dueWorkdays: 10, disclosure: 'public' },
    ],
  });
  await call(at(meetingDay, '14:10'), 'liwenbo', 'advanceMinutes', { id: meeting['id'] }, { opinion: '送审' });
  await call(at(meetingDay, '15:00'), 'chenlixin', 'advanceMinutes', { id: meeting['id'] }, { opinion: '审核同意' });
  await call(at(meetingDay, '16:00'), 'zhouminyuan', 'advanceMinutes', { id: meeting['id'] }, { opinion: '签发' });
  const issue = await call(at(meetingDay, '16:10'), 'liwenbo', 'getMinutesIssue', { id: meeting['id'] });
  await call(at(meetingDay, '16:25'), 'wumin', 'registerDocument', { id: (issue['document'] as Json)['id'] });
  await call(at(d4, '10:00'), 'liwenbo', 'publishMeetingDecisions', { id: meeting['id'] });
  await call(at(d4, '10:15'), 'zhengwei', 'reportDecisionProgress', { id: meeting['id'], number: 1 }, { text: '已完成一期选址比选，正在编制可行性研究报告' });

  // 规范性文件 (arts. 19–20): designated, drafted, in public consultation with the public's comments.
  const doc = await call(at(d1, '09:40'), 'liwenbo', 'initiateNormative', {}, {
    title: '云阳县城区公共停车场管理办法', issuer: 'government', leadBodyId: body('fgw'), coBodyIds: [], affectsMarket: false, basis: '县政府年度规范性文件制定计划',
  });
  await call(at(d1, '10:20'), 'fengli', 'draftNormative', { id: doc['id'] }, {
    text: '第一条 为加强城区公共停车场管理，合理利用停车资源，制定本办法。\n第二条 公共停车场经营者应当在显著位置公示收费标准和监督电话。\n第三条 县发展改革委负责停车设施规划建设的统筹协调。',
    explanation: '一、起草背景：城区停车泊位供给不足，管理依据分散。二、主要内容：明确停车场经营者的公示义务和有关部门职责。',
    necessity: '城区停车矛盾突出，群众反映强烈，有必要统一规范公共停车场管理。',
    feasibility: '上位法依据充分，已完成停车设施普查，有关部门已协商一致，具备实施条件。',
  });
  const minimum = await call(at(d1, '10:25'), 'fengli', 'previewConsultationWindow', { subjectType: 'normative' });
  await call(at(d1, '10:30'), 'fengli', 'openNormativeConsultation', { id: doc['id'] }, { lastDay: minimum['earliestLastDay'] });
  const consultations = (await call(at(d1, '10:35'), 'fengli', 'listConsultations'))['consultations'] as { id: string; subjectId: string }[];
  const consultation = consultations.find((c) => c.subjectId === doc['id'])!.id;
  await call(at(d2, '20:15'), 'anonymous', 'submitConsultationComment', { id: consultation }, { content: '建议在老城区增设夜间临时停车泊位，缓解居民停车难。' });
  await call(at(d2, '21:40'), 'anonymous', 'submitConsultationComment', { id: consultation }, { content: '建议明确收费公示的具体位置，并公布投诉电话。' });
  const comments = (await call(at(meetingDay, '17:00'), 'fengli', 'getConsultation', { id: consultation }))['comments'] as { id: string }[];
  await call(at(meetingDay, '17:05'), 'fengli', 'approveConsultationComment', { id: comments[0]!.id });

  // 重大行政决策 (arts. 23, 25): the year's catalogue with the 县委's consent, published; a dossier opened.
  const year = Number(d1.slice(0, 4));
  const catalogue = await call(at(d1, '14:00'), 'liwenbo', 'createDecisionCatalogue', {}, { year });
  const item = await call(at(d1, '14:05'), 'liwenbo', 'addDecisionCatalogueItem', { id: catalogue['id'] }, {
    title: '县城第二污水处理厂建设', summary: '新建日处理能力3万吨的污水处理厂一座及配套管网，由县发展改革委承办，提请县政府常务会议讨论决定。',
    category: 'project-assets', matterKind: 'major-project', leadBodyId: body('fgw'), coBodyIds: [], plannedQuarter: quarterOf(d1).quarter,
  });
  const edition = ((await call(at(d1, '14:10'), 'liwenbo', 'getDecisionCatalogue', { year }))['editions'] as { id: string }[])[0]!.id;
  await call(at(d1, '14:15'), 'liwenbo', 'recordDecisionCatalogueConsent', { id: edition }, {
    date: d1, document: `中共云阳县委办公室关于同意${year}年度重大行政决策事项目录的函`,
  });
  await call(at(d1, '14:20'), 'liwenbo', 'publishDecisionCatalogue', { id: edition });
  const dossier = await call(at(d2, '09:30'), 'fengli', 'openMajorDecision', {}, {
    itemId: item['id'], title: '县城第二污水处理厂建设',
    draftText: '县城第二污水处理厂建设：新建日处理能力3万吨的污水处理厂一座，配套管网12公里，总投资约2.4亿元。',
    explanation: '一、必要性：县城污水处理能力已接近饱和，雨季溢流问题突出。二、可行性：选址已完成比选，资金来源为专项债券和县级财政。',
    affectsMarket: false, concernedBodyIds: [],
  });
  await call(at(d4, '16:00'), 'fengli', 'recordMajorDecisionParticipation', { id: dossier['id'] }, {
    method: 'symposium', date: d4, place: '县政府第二会议室', participants: '沿线居民代表12人、企业代表3人', groups: ['public', 'market-actors'],
    opinions: '支持建设，希望减少施工扰民', handling: '采纳：施工方案增加夜间禁止施工要求', evidence: '座谈会纪要、签到表',
  });

  // Today: the quarter's key-work list (art. 47) and the next 常务会议 with a topic to decide.
  const { year: year2, quarter } = quarterOf(today);
  let due = quarterEnd({ year: year2, quarter });
  while (due > today && !isWorkingKind(calendar.dayKind(due).kind)) due = addDays(due, -1);
  const items = [
    { title: '城区公共停车设施建设', target: '完成一期选址和可行性研究报告批复', lead: 'fgw', co: ['czj'], leader: 'deputy-1' },
    { title: '营商环境评价问题整改', target: '完成上年度营商环境评价反馈问题整改', lead: 'scjgj', co: ['fgw', 'sfj'], leader: 'deputy-2' },
  ];
  const added: Json[] = [];
  for (const [i, it] of items.entries()) {
    added.push(await call(recent(40 - i), 'liwenbo', 'addKeyWorkItem', {}, {
      year: year2, quarter, title: it.title, target: it.target, leadBodyId: body(it.lead), coBodyIds: it.co.map(body), leaderPositionId: post(it.leader), dueDate: due,
    }));
  }
  await call(recent(30), 'zhengwei', 'reportKeyWorkProgress', { id: added[0]!['id'] }, { text: '一期选址已完成比选，可行性研究报告正在编制', reportDate: localDate(new Date(recent(30)), offset), status: 'in-progress' });
  await call(recent(20), 'liwenbo', 'planMeeting', {}, {
    kind: 'executive', startsAt: at(day(3), '09:00'), place: '县政府第一会议室', form: 'in-person', chairPositionId: post('county-head'),
  });
  await call(recent(10), 'liujianhua', 'proposeTopic', {}, {
    meetingKind: 'executive', title: '关于县城第二污水处理厂建设前期工作的议题',
    summary: '县城污水处理能力接近饱和，第二污水处理厂已列入本年度重大行政决策事项目录，前期工作需统筹推进，提请会议研究。',
    recommendation: '建议同意启动前期工作，由县发展改革委按重大行政决策程序推进', unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true,
  });
}
