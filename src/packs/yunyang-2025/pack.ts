/**
 * The rule pack of the Yunyang County Government Working Rules (云阳府发〔2025〕11号), in force
 * from 2025-10-26 (art. 71), replacing the rules of 2024-03-13.
 */

import { buildCatalogue } from '../../core/law/catalogue.ts';
import { numberParameter, textParameter, type Parameter } from '../../core/law/parameters.ts';
import type { RulePack } from '../../core/law/pack.ts';
import { YUNYANG_2025_COVERAGE } from './coverage.ts';
import { YUNYANG_2025_SOURCES } from './sources.ts';
import packText from './yunyang-2025.json' with { type: 'json' };

export const YUNYANG_2025_ID = 'yunyang-2025';

const PRODUCT_DEFAULT = '产品默认值（无法定依据）';
const SECURITY_PRACTICE = '等保 2.0 实践（GB/T 22239-2019 要求登录失败处理和会话超时，未规定数值）';

/**
 * Defaults of the pack's parameters, each with its source and status (legal-parameters.md).
 * An authorised role may override one from a date; that record lives outside the pack.
 */
export const YUNYANG_2025_PARAMETERS = [
  // Time
  {
    key: 'time.zone',
    value: 'Asia/Shanghai',
    source: '北京时间（UTC+8，无夏令时）',
    status: 'SECONDARY',
    note: 'The rules’ local time. No text in shared/law states the national standard time; DESIGN §5.',
  },
  {
    key: 'time.utcOffsetMinutes',
    value: 480,
    unit: '分钟',
    source: '北京时间（UTC+8，无夏令时）',
    status: 'SECONDARY',
    note: 'Offset of Beijing time from UTC; local dates (pack selection, due dates) are taken at this offset.',
  },
  {
    key: 'time.dayEndsAt',
    value: '24:00',
    source: 'civil-code:203',
    status: 'VERIFIED',
    note: '期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
  },
  {
    key: 'calendar.weeklyRestDays',
    value: 'SAT,SUN',
    source: 'work-hours-1995:7',
    status: 'VERIFIED',
    note: '国家机关星期六和星期日为周休息日; official make-up working days come from the yearly calendar data.',
  },
  // Tasks and documents
  {
    key: 'task.reminderLeadWorkdays',
    value: 1,
    unit: '工作日',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: 'How many working days before its due date a 待办 is reminded. Our own product default; no rule sets it.',
  },
  {
    key: 'document.stepDueWorkdays',
    value: 0,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    note: '“文不过夜”（第四十条；第五十二条要求限时办结）read as: a document-handling step is due the working day it arrives (0 = the same working day); one that arrives after office hours is due by the end of the next working day (SPEC §2). An interpretation, not a number in the text.',
  },
  {
    key: 'document.matterDueWorkdays',
    value: 5,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    note: '“事不过周”（第四十条）read as: a matter is concluded within 5 working days unless a rule sets otherwise (SPEC §2). An interpretation, not a number in the text.',
  },
  // Audit and security
  {
    key: 'audit.retentionMonths',
    value: 6,
    unit: '月',
    source: 'cybersecurity:21(3)',
    status: 'VERIFIED',
    note: '网络日志留存不少于六个月 (DESIGN §7). A minimum: a deployment may keep longer.',
  },
  {
    key: 'security.lockoutThreshold',
    value: 5,
    unit: '次',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: 'Failed logins within the window that lock an account. Common 等保 practice; no text sets the number.',
  },
  {
    key: 'security.lockoutWindowMinutes',
    value: 15,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: 'Window in which failed logins are counted, and how long the lock lasts. Common 等保 practice; no text sets the number.',
  },
  {
    key: 'security.idleTimeoutMinutes',
    value: 30,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: 'A session idle this long is ended. Common 等保 practice; no text sets the number.',
  },
  // Organisation
  {
    key: 'leave.headAbsenceNoticeDays',
    value: 3,
    unit: '日',
    source: 'yunyang-2025:59',
    status: 'VERIFIED',
    note: '部门和乡镇（街道）主要负责人离云外出，应提前3天向县政府请假。',
  },
  // Meetings
  {
    key: 'meeting.executiveIntervalWeeks',
    value: 2,
    unit: '周',
    source: 'yunyang-2025:46',
    status: 'VERIFIED',
    note: '县政府常务会议一般每两周召开1次 (used to show when a regular meeting is due).',
  },
  // Major decisions and normative documents
  {
    key: 'decision.legalityReviewMinWorkdays',
    value: 7,
    unit: '工作日',
    source: 'yunyang-2025:20',
    status: 'VERIFIED',
    note: '重大行政决策的合法性审查期限一般不少于7个工作日 (also 重大行政决策程序暂行条例第二十六条). A minimum time given to the reviewer.',
  },
  {
    key: 'decision.publicCommentMinDays',
    value: 30,
    unit: '日',
    source: 'yunyang-2025:25',
    status: 'VERIFIED',
    note: '向社会公开征求意见的，期限一般不少于30日 (also 重大行政决策程序暂行条例第十五条: shorter only with a stated reason).',
  },
  {
    key: 'normative.marketCommentMinDays',
    value: 30,
    unit: '日',
    source: 'business-env-2019:62',
    status: 'VERIFIED',
    note: 'Normative documents closely related to market actors: public comment generally not less than 30 days.',
  },
  {
    key: 'normative.commentMinWorkdays',
    value: 7,
    unit: '工作日',
    source: '法治政府建设示范指标第24项（legal-parameters.md §2B）',
    status: 'SECONDARY',
    note: 'Other normative documents with major effect on rights and obligations: generally not less than 7 working days.',
  },
  {
    key: 'normative.npcFilingDays',
    value: 30,
    unit: '日',
    source: 'cq-filing-review-2022:14',
    status: 'VERIFIED',
    note: '自公布之日起三十日内报县人大常委会备案 (VERIFIED from a verbatim reproduction).',
  },
  {
    key: 'normative.cityFilingDays',
    value: 30,
    unit: '日',
    source: '重庆市行政规范性文件管理办法（渝府令第329号，原文未找到）',
    status: 'NOT_FOUND',
    note: 'Filing with the city government (art. 18): 329’s deadline is not known; mirrors the NPC standing committee’s 30 days until the text is at hand.',
  },
  // Openness
  {
    key: 'ogi.proactiveDisclosureWorkdays',
    value: 20,
    unit: '工作日',
    source: 'ogi-2019:26',
    status: 'VERIFIED',
    note: '主动公开的政府信息，自形成或者变更之日起20个工作日内公开。',
  },
  {
    key: 'ogi.replyWorkdays',
    value: 20,
    unit: '工作日',
    source: 'ogi-2019:33',
    status: 'VERIFIED',
    note: '依申请公开：不能当场答复的，自收到申请之日起20个工作日内答复。',
  },
  {
    key: 'ogi.extensionWorkdays',
    value: 20,
    unit: '工作日',
    source: 'ogi-2019:33',
    status: 'VERIFIED',
    note: 'Extension of at most 20 working days, approved by the head of the disclosure office, with notice to the applicant.',
  },
  {
    key: 'ogi.correctionNoticeWorkdays',
    value: 7,
    unit: '工作日',
    source: 'ogi-2019:30',
    status: 'VERIFIED',
    note: 'An unclear application: notify a correction once, within 7 working days of receipt; the reply period restarts on the corrected application.',
  },
  {
    key: 'ogi.thirdPartyReplyWorkdays',
    value: 15,
    unit: '工作日',
    source: 'ogi-2019:32',
    status: 'VERIFIED',
    note: 'A consulted third party replies within 15 working days; the time is not counted in the reply period (art. 33).',
  },
  // Supervision by others
  {
    key: 'petition.acceptNoticeDays',
    value: 15,
    unit: '日',
    source: 'petition-2022:23',
    status: 'VERIFIED',
    note: '信访事项自收到之日起15日内书面告知信访人是否受理。',
  },
  {
    key: 'petition.objectionWorkdays',
    value: 5,
    unit: '工作日',
    source: 'petition-2022:23',
    status: 'VERIFIED',
    note: 'A transferred matter outside the agency’s authority: object within 5 working days of receipt.',
  },
  {
    key: 'petition.handleDays',
    value: 60,
    unit: '日',
    source: 'petition-2022:34',
    status: 'VERIFIED',
    note: '自受理之日起60日内办结。',
  },
  {
    key: 'petition.extensionDays',
    value: 30,
    unit: '日',
    source: 'petition-2022:34',
    status: 'VERIFIED',
    note: 'Complex cases: extension of at most 30 days, approved by the agency head, with the reason told to the petitioner.',
  },
  {
    key: 'petition.reviewRequestDays',
    value: 30,
    unit: '日',
    source: 'petition-2022:35',
    status: 'VERIFIED',
    note: '复查 requested within 30 days of the written reply; the same 30 days for 复核 (art. 36).',
  },
  {
    key: 'petition.reviewDays',
    value: 30,
    unit: '日',
    source: 'petition-2022:35',
    status: 'VERIFIED',
    note: '复查 opinion within 30 days of the request; the same for 复核 (art. 36).',
  },
  {
    key: 'deputySuggestion.replyMonths',
    value: 3,
    unit: '月',
    source: 'deputies-2025:51',
    status: 'VERIFIED',
    note: '自交办之日起三个月内答复 (also 重庆市代表建议工作条例第二十一条).',
  },
  {
    key: 'deputySuggestion.complexReplyMonths',
    value: 6,
    unit: '月',
    source: 'deputies-2025:51',
    status: 'VERIFIED',
    note: '涉及面广、处理难度大的，六个月内答复。',
  },
  {
    key: 'cppccProposal.replyMonths',
    value: 3,
    unit: '月',
    source: '地方实践（legal-parameters.md §5B）',
    status: 'SECONDARY',
    note: 'The CPPCC rules’ deadline was not found; mirrors the deputies’ 3 months until the 政协云阳县委员会 rules are at hand.',
  },
  {
    key: 'cppccProposal.maxReplyMonths',
    value: 6,
    unit: '月',
    source: '地方实践（legal-parameters.md §5B）',
    status: 'SECONDARY',
    note: 'Latest formal reply in local practice.',
  },
  {
    key: 'inspection.reviewRequestDays',
    value: 30,
    unit: '日',
    source: 'inspection-2020:17',
    status: 'VERIFIED',
    note: '对督查结论有异议的，自收到之日起30日内申请复核；复核决定亦在30日内作出。',
  },
  // Archives
  {
    key: 'archives.transferYears',
    value: 10,
    unit: '年',
    source: 'archives-regs-2024:20',
    status: 'VERIFIED',
    note: 'Records are transferred to the county archives 10 years after they are formed.',
  },
] as const satisfies readonly Parameter[];

export type YunyangParameterKey = (typeof YUNYANG_2025_PARAMETERS)[number]['key'];

const catalogue = buildCatalogue(packText, YUNYANG_2025_SOURCES, { id: YUNYANG_2025_ID });
const { text } = catalogue;

/** The Yunyang 2025 rule pack. */
export const YUNYANG_2025: RulePack<YunyangParameterKey> = {
  id: YUNYANG_2025_ID,
  title: text.title,
  issuer: text.issuer,
  promulgatedBy: text.promulgatedBy,
  issuedOn: text.issuedOn,
  effectiveFrom: text.effectiveFrom,
  ...(text.replaces === undefined ? {} : { replaces: text.replaces }),
  interpretedBy: '县政府办公室',
  timeZone: textParameter(YUNYANG_2025_PARAMETERS, 'time.zone'),
  utcOffsetMinutes: numberParameter(YUNYANG_2025_PARAMETERS, 'time.utcOffsetMinutes'),
  catalogue,
  articles: catalogue.articles,
  sources: catalogue.sources,
  parameters: YUNYANG_2025_PARAMETERS,
  coverage: YUNYANG_2025_COVERAGE,
};
