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
    // DESIGN §5; no text in shared/law states the national standard time.
    note: '本规则采用的当地时间。本系统收录的法规文本中未见关于国家标准时间的规定。',
  },
  {
    key: 'time.utcOffsetMinutes',
    value: 480,
    unit: '分钟',
    source: '北京时间（UTC+8，无夏令时）',
    status: 'SECONDARY',
    note: '北京时间与协调世界时（UTC）的时差；确定适用的规则版本、计算到期日等所用的当地日期，均按此时差确定。',
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
    note: '国家机关星期六和星期日为周休息日；因放假调休安排的上班日，以年度节假日安排数据为准。',
  },
  // Tasks and documents
  {
    key: 'task.reminderLeadWorkdays',
    value: 1,
    unit: '工作日',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '待办事项在到期日前提前提醒的工作日数。本系统默认值，无规定依据。',
  },
  {
    key: 'document.stepDueWorkdays',
    value: 0,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    // SPEC §2
    note: '“文不过夜”（第四十条；第五十二条要求限时办结）理解为：公文办理环节应在送达当日办结（0表示送达的当个工作日）；在工作时间以外送达的，应在下一个工作日结束前办结。此为对条文的理解，条文未规定具体数值。',
  },
  {
    key: 'document.matterDueWorkdays',
    value: 5,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    // SPEC §2
    note: '“事不过周”（第四十条）理解为：除另有规定外，事项应在5个工作日内办结。此为对条文的理解，条文未规定具体数值。',
  },
  {
    key: 'time.officeHoursEndMinutes',
    value: 1050,
    unit: '分钟（自0时起，1050即17:30）',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '办公时间的结束时刻，用于“文不过夜”：工作日17:30前送达的公文环节当日办结，此后送达的次一工作日办结。规则未规定办公时间，本系统默认值，可按本机关作息调整。',
  },
  {
    key: 'document.attachmentMaxMegabytes',
    value: 20,
    unit: 'MB',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '单个公文附件的大小上限。规则和上位法未规定，本系统默认值，可按本机关网络和存储条件调整。',
  },
  {
    key: 'document.multiDeputySigner',
    value: 0,
    unit: '0=常务副县长，1=县长',
    source: 'yunyang-2025:53',
    status: 'SECONDARY',
    note: '第五十三条第（二）项：涉及两位及以上副县长分管工作的公文，经会签后“由县长或常务副县长审签”。条文未规定何时由谁，本系统默认由常务副县长审签（0）；设为1则由县长审签。涉及重大事项的已按第（一）项由县长审签。见 docs/adr/0006-document-routing.md。',
  },
  // Audit and security
  {
    key: 'audit.retentionMonths',
    value: 6,
    unit: '月',
    source: 'cybersecurity:21(3)',
    status: 'VERIFIED',
    // DESIGN §7
    note: '网络日志留存不少于六个月。此为最低要求，使用单位可延长留存期限。',
  },
  {
    key: 'security.lockoutThreshold',
    value: 5,
    unit: '次',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '在计数时段内登录失败达到此次数的，锁定账号。系等保常见做法，无规定明确该数值。',
  },
  {
    key: 'security.lockoutWindowMinutes',
    value: 15,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '登录失败次数的计数时段，亦为账号锁定的持续时间。系等保常见做法，无规定明确该数值。',
  },
  {
    key: 'security.idleTimeoutMinutes',
    value: 30,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '会话闲置达到此时长的，自动结束该会话。系等保常见做法，无规定明确该数值。',
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
    key: 'emergency.reportWorkdays',
    value: 1,
    unit: '工作日',
    source: 'yunyang-2025:6',
    status: 'SECONDARY',
    note: '第六条要求紧急事项处置后“及时”向县长报告，未规定时限；本系统取1个工作日，逾期由期限巡检督办。',
  },
  {
    key: 'meeting.executiveIntervalWeeks',
    value: 2,
    unit: '周',
    source: 'yunyang-2025:46',
    status: 'VERIFIED',
    note: '县政府常务会议一般每两周召开1次（用于提示例行会议应召开的时间）。',
  },
  {
    key: 'meeting.attendanceWarnPercent',
    value: 50,
    unit: '%',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '登记会议召开时，签到的组成人员（含经批准代会的分管副职）低于此比例则提示，不拦截。规则未规定法定人数，本系统默认过半数提示。见 docs/adr/0007-meeting-attendance.md。',
  },
  {
    key: 'meeting.decisionPublishWorkdays',
    value: 20,
    unit: '工作日',
    source: '第三十条“及时公布”未规定时限（本规则未找到具体期限）',
    status: 'NOT_FOUND',
    note: '会议纪要签发后，公开的议定事项应在此期限内由县政府办公室公布（第三十条只要求“及时公布”）。默认取《政府信息公开条例》第二十六条主动公开信息“自形成之日起20个工作日内”的上限，县政府办公室可按本地要求缩短。见 docs/adr/0010-after-the-meeting.md。',
  },
  // Major decisions and normative documents
  {
    key: 'decision.legalityReviewMinWorkdays',
    value: 7,
    unit: '工作日',
    source: 'yunyang-2025:20',
    status: 'VERIFIED',
    note: '重大行政决策的合法性审查期限一般不少于7个工作日（另见《重大行政决策程序暂行条例》第二十六条）。此为给予审查机构的最短审查时间。',
  },
  {
    key: 'decision.publicCommentMinDays',
    value: 30,
    unit: '日',
    source: 'yunyang-2025:25',
    status: 'VERIFIED',
    note: '向社会公开征求意见的，期限一般不少于30日（另见《重大行政决策程序暂行条例》第十五条：确需缩短期限的，应当说明理由）。',
  },
  {
    key: 'normative.marketCommentMinDays',
    value: 30,
    unit: '日',
    source: 'business-env-2019:62',
    status: 'VERIFIED',
    note: '与市场主体生产经营活动密切相关的规范性文件，公开征求意见的期限一般不少于30日。',
  },
  {
    key: 'normative.commentMinWorkdays',
    value: 7,
    unit: '工作日',
    // legal-parameters.md §2B
    source: '法治政府建设示范指标第24项',
    status: 'SECONDARY',
    note: '其他对权利义务有重大影响的规范性文件，征求意见的期限一般不少于7个工作日。',
  },
  {
    key: 'normative.npcFilingDays',
    value: 30,
    unit: '日',
    source: 'cq-filing-review-2022:14',
    status: 'VERIFIED',
    note: '自公布之日起三十日内报县人大常委会备案（VERIFIED，据原文逐字转载核实）。',
  },
  {
    key: 'normative.cityFilingDays',
    value: 30,
    unit: '日',
    source: '重庆市行政规范性文件管理办法（渝府令第329号，原文未找到）',
    status: 'NOT_FOUND',
    note: '报市政府备案（第十八条）：渝府令第329号规定的期限尚不明确；取得原文前，暂按报县人大常委会备案的30日执行。',
  },
  {
    key: 'normative.legalityReviewMinWorkdays',
    value: 7,
    unit: '工作日',
    source: 'yunyang-2025:20',
    status: 'SECONDARY',
    note: '第二十条：送请合法性审查应当保证必要的审查时间（重大行政决策一般不少于7个工作日）。规范性文件的审查时间渝府令第329号的规定未找到，本系统取同一下限：自完整送审材料送达之日起（当日不计）不少于7个工作日。见 docs/adr/0012-normative-documents.md。',
  },
  {
    key: 'normative.departmentFilingDays',
    value: 30,
    unit: '日',
    source: '重庆市行政规范性文件管理办法（渝府令第329号，原文未找到）',
    status: 'NOT_FOUND',
    note: '县政府工作部门的规范性文件报县政府备案的期限（第十九条）：渝府令第329号规定的期限尚不明确；取得原文前，暂按报县人大常委会备案的30日执行。',
  },
  {
    key: 'decision.hearingNoticeDays',
    value: 7,
    unit: '日',
    source: 'major-decision-2019:16',
    status: 'VERIFIED',
    note: '重大行政决策听证会材料应当于召开听证会7日前送达听证参加人。',
  },
  {
    key: 'decision.expertMinOpinions',
    value: 3,
    unit: '份',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '专家论证至少须取得的署名书面论证意见份数。《重大行政决策程序暂行条例》第十九条、第二十条未规定人数，渝府令第337号原文未找到；本系统默认3份，可按本地专家论证规则调整。见 docs/adr/0013-major-decisions.md。',
  },
  {
    key: 'decision.cataloguePublishWorkdays',
    value: 20,
    unit: '工作日',
    source: '《重大行政决策程序暂行条例》第三条“经同级党委同意后向社会公布”未规定时限',
    status: 'NOT_FOUND',
    note: '决策事项目录（或其调整）经县委同意后，由县政府办公室在此期限内向社会公布。默认取《政府信息公开条例》第二十六条主动公开信息“自形成或者变更之日起20个工作日内”的上限。',
  },
  {
    key: 'decision.publishWorkdays',
    value: 20,
    unit: '工作日',
    source: '《重大行政决策程序暂行条例》第三十二条“及时公布”未规定时限',
    status: 'NOT_FOUND',
    note: '重大行政决策经会议决定后，由县政府办公室在此期限内公布（条例第三十二条只要求“及时公布”）。默认取《政府信息公开条例》第二十六条的20个工作日上限，可按本地要求缩短；逾期公布予以记录。',
  },
  {
    key: 'decision.progressReportDays',
    value: 90,
    unit: '日',
    source: '《重大行政决策程序暂行条例》第三十四条“向决策机关报告决策执行情况”未规定周期',
    status: 'NOT_FOUND',
    note: '决策执行单位报告执行情况的默认周期（按季度）；县政府办公室明确执行单位时可另定。第三十五条规定的情形须及时报告，不受此周期限制。',
  },
  // Public consultation (product defaults: the sources set no numbers; ADR 0011)
  {
    key: 'consultation.commentMinChars',
    value: 5,
    unit: '字',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '公开征求意见时一条意见的最少字数。规则和上位法未规定，本系统默认值，用于拦截空白或无意义的提交。见 docs/adr/0011-public-consultation.md。',
  },
  {
    key: 'consultation.commentMaxChars',
    value: 5000,
    unit: '字',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '公开征求意见时一条意见的最多字数。规则和上位法未规定，本系统默认值；意见较长的可分条提交。',
  },
  {
    key: 'consultation.commentsPerAddressPerHour',
    value: 10,
    unit: '条/小时',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '同一网络地址一小时内可提交的意见条数（全部征求意见合计），防止批量灌水；不使用外部验证码或短信服务。规则未规定，本系统默认值。',
  },
  {
    key: 'consultation.commentsPerAddressPerConsultationPerDay',
    value: 5,
    unit: '条/24小时',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '同一网络地址24小时内对同一征求意见可提交的意见条数。不设单个征求意见的总量上限，以免他人占满额度妨碍公众提意见。规则未规定，本系统默认值。',
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
    note: '需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。',
  },
  {
    key: 'ogi.correctionNoticeWorkdays',
    value: 7,
    unit: '工作日',
    source: 'ogi-2019:30',
    status: 'VERIFIED',
    note: '申请内容不明确的，应自收到申请之日起7个工作日内一次性告知申请人补正；答复期限自收到补正后的申请之日起计算。',
  },
  {
    key: 'ogi.thirdPartyReplyWorkdays',
    value: 15,
    unit: '工作日',
    source: 'ogi-2019:32',
    status: 'VERIFIED',
    note: '征求第三方意见的，第三方应在15个工作日内提出意见；所需时间不计算在答复期限内（《政府信息公开条例》第三十三条）。',
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
    note: '转送、交办的信访事项不属于本机关职权范围的，应自收到之日起5个工作日内提出异议。',
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
    note: '情况复杂的，经本机关负责人批准，可延长办理期限，延长期限不得超过30日，并告知信访人延期理由。',
  },
  {
    key: 'petition.reviewRequestDays',
    value: 30,
    unit: '日',
    source: 'petition-2022:35',
    status: 'VERIFIED',
    note: '自收到书面答复之日起30日内请求复查；请求复核的期限同为30日（《信访工作条例》第三十六条）。',
  },
  {
    key: 'petition.reviewDays',
    value: 30,
    unit: '日',
    source: 'petition-2022:35',
    status: 'VERIFIED',
    note: '自收到复查请求之日起30日内提出复查意见；复核期限相同（《信访工作条例》第三十六条）。',
  },
  {
    key: 'deputySuggestion.replyMonths',
    value: 3,
    unit: '月',
    source: 'deputies-2025:51',
    status: 'VERIFIED',
    note: '自交办之日起三个月内答复（另见《重庆市人民代表大会代表建议批评和意见工作条例》第二十一条）。',
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
    // legal-parameters.md §5B
    source: '地方实践',
    status: 'SECONDARY',
    note: '未查到政协提案办理规定的答复期限；取得政协云阳县委员会相关规定前，暂按人大代表建议的3个月执行。',
  },
  {
    key: 'cppccProposal.maxReplyMonths',
    value: 6,
    unit: '月',
    // legal-parameters.md §5B
    source: '地方实践',
    status: 'SECONDARY',
    note: '地方实践中正式答复的最迟期限。',
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
    note: '档案自形成之日起满10年向县档案馆移交。',
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
