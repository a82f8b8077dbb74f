/**
 * How the system accounts for each of the 71 articles of the Yunyang rules (SPEC.md, §9 for the
 * declarative ones). When a rule starts citing an article, name it here and move the article to
 * `partial` or `enforced`; the coverage test fails until both sides agree.
 */

import type { CoverageEntry } from '../../core/law/coverage.ts';

const declarative = (article: number, reason: string, carriedBy?: string): CoverageEntry =>
  carriedBy === undefined ? { article, status: 'declarative', reason } : { article, status: 'declarative', reason, carriedBy };

const planned = (article: number, missing: string): CoverageEntry => ({ article, status: 'planned', missing });

export const YUNYANG_2025_COVERAGE: readonly CoverageEntry[] = [
  // 第一章 总则
  declarative(1, '制定目的和依据，无程序内容。'),
  declarative(2, '指导思想，原则性规定。'),
  declarative(3, '对工作人员的政治要求，原则性规定，无可校验的程序。'),
  // 第二章 组成人员及职责
  {
    article: 4,
    status: 'partial',
    rules: ['org.appointment-valid'],
    missing: '县政府组成人员的任免程序（由人大及其常委会决定）不在本系统内；组成、岗位、兼任和任职历史已建模并校验',
  },
  {
    article: 5,
    status: 'partial',
    rules: ['task.owner-acts', 'leave.approver-acts', 'org.ab-pair-valid', 'org.delegation-valid', 'org.portfolio-unique', 'org.appointment-valid', 'entry.secretary-link', 'org.secretary-link-valid', 'document.sign-in-turn', 'incoming.instructor-acts', 'incoming.handler-acts', 'meeting-leave.approver', 'meeting-approval.in-turn', 'normative.sign-off'],
    missing: '代为履职用于会议请假（随会议模块实现）；公文审签已按代为履职计算',
  },
  {
    article: 6,
    status: 'partial',
    rules: ['emergency.report-to-head', 'decision.collective'],
    missing: '规范性文件须经全体会议或常务会议审议（随规范性文件模块实现）；重大行政决策只能依据常务会议或全体会议议题的结论登记已执行',
  },
  {
    article: 7,
    status: 'partial',
    rules: ['org.appointment-valid'],
    missing: '班子成员协助县领导处理分管工作已记录在组织机构中；其在审签路线中的审核环节尚未纳入',
  },
  planned(8, '向县人大及其常委会报告工作，部门负责人受委托汇报'),
  {
    article: 9,
    status: 'partial',
    rules: ['audit.independent'],
    missing: '部门主任、局长负责制（领导本部门工作、在职权范围内行使权力）随公文审签实现；市审计局的领导在本系统之外',
  },
  // 第三章 全面正确履行政府职能
  declarative(10, '政府职能总体要求，原则性规定。'),
  declarative(11, '经济调节职能，原则性规定。'),
  declarative(12, '“放管服”改革与营商环境，原则性规定。'),
  declarative(13, '社会治理，原则性规定。'),
  declarative(14, '公共服务与民生保障，原则性规定。'),
  declarative(15, '生态环境保护，原则性规定。'),
  // 第四章 坚持依法行政
  declarative(16, '依法行政总体要求，原则性规定；规范性文件程序见第十八条至第二十一条。'),
  declarative(17, '常务会议学法制度与尊法学法守法用法，原则性规定。', '会议管理：常务会议前安排和记录集体学法，年度次数（meeting.study，第四十六条第（十五）项）'),
  {
    article: 18,
    status: 'enforced',
    rules: ['normative.filing-deadline', 'normative.ending'],
  },
  {
    article: 19,
    status: 'enforced',
    rules: ['consultation.drafting-unit', 'normative.drafting-designation', 'normative.assessment', 'normative.content-check', 'normative.consultation-done', 'normative.department-filing', 'normative.department-review', 'normative.step-order'],
  },
  {
    article: 20,
    status: 'enforced',
    rules: ['topic.procedure-ready', 'normative.legality-package', 'normative.legality-review-time', 'normative.legality-review', 'normative.completeness', 'normative.deliberation', 'normative.step-order', 'decision.legality-reviewer', 'decision.legality-review-time', 'decision.legality-passed'],
  },
  {
    article: 21,
    status: 'enforced',
    rules: ['normative.numbering', 'normative.publication', 'normative.step-order'],
  },
  declarative(22, '严格规范公正文明执法，原则性要求；行政执法程序不在本系统范围。'),
  // 第五章 实行科学民主决策
  {
    article: 23,
    status: 'partial',
    rules: ['topic.procedure-ready', 'decision.in-catalogue', 'decision.catalogue-consent', 'decision.expert-review', 'decision.legality-passed'],
    missing: '县政府各部门自身的重大行政决策（条例第四十二条参照执行）不在本系统内；县政府重大行政决策的目录化管理和五项法定程序已执行',
  },
  {
    article: 24,
    status: 'partial',
    rules: ['discussion.collective-forum', 'normative.deliberation', 'decision.collective'],
    missing: '需报经县人大及其常委会审定的事项的报送不在本系统内（向县委请示报告已记录）；目录事项按本条分类，规范性文件和重大行政决策只能依据常务会议或全体会议议题的结论集体讨论决定，已执行',
  },
  {
    article: 25,
    status: 'partial',
    rules: ['consultation.window', 'consultation.comment-window', 'decision.hearing', 'decision.participation', 'decision.risk-controllable', 'decision.body-reply', 'decision.bodies-consulted', 'decision.fair-competition-reviewer', 'decision.fair-competition'],
    missing: '合法性、必要性、科学性、可行性和可控性评估论证记录在起草说明和风险评估报告中，未逐项建模；听取意见的方式、向社会公开征求意见的期限、部门协商和乡镇征求意见、公平竞争审查、风险评估已执行',
  },
  {
    article: 26,
    status: 'partial',
    rules: ['decision.participation', 'decision.expert-review'],
    missing: '专家决策咨询制度（专家库）未建模；决策前听取意见（含人大代表、政协委员等对象）和专家论证已执行',
  },
  {
    article: 27,
    status: 'enforced',
    rules: ['decision.evaluation-trigger', 'decision.evaluator-independent', 'decision.evaluation-report', 'decision.change-procedure'],
  },
  {
    article: 28,
    status: 'partial',
    rules: ['minutes.progress-reporter', 'decision.execution-unit', 'decision.progress-reporter'],
    missing: '向县政府和上级主管部门报送政务信息不在本系统内；会议议定事项和重大行政决策的执行单位、执行情况报告（按期待办）已执行',
  },
  // 第六章 推进政务公开
  declarative(29, '政务公开总体原则；具体要求见第三十条至第三十三条。'),
  {
    article: 30,
    status: 'partial',
    rules: ['minutes.disclosure-chosen', 'minutes.no-personal-data', 'minutes.publication-timely', 'decision.publication'],
    missing: '县政府及各部门制定的政策的公布（随规范性文件和政务公开模块实现）；会议议定事项已在起草纪要时逐项确定公开属性，签发后由办公室限期在门户公布；重大行政决策公布并说明意见采纳情况已执行',
  },
  planned(31, '主动公开的事项与渠道'),
  {
    article: 32,
    status: 'partial',
    rules: ['document.disclosure-marked', 'document.policy-interpretation', 'minutes.disclosure-chosen'],
    missing: '依申请公开的办理流程、答复口径和标准文本；政务公开专区（随政务公开模块实现）',
  },
  planned(33, '政府网站与政务服务渠道'),
  // 第七章 健全监督制度
  {
    article: 34,
    status: 'partial',
    rules: ['normative.filing-deadline'],
    missing: '向县人大及其常委会报告工作、接受询问和质询，人大代表建议和政协提案办理；规范性文件报县人大常委会备案（期限、备案材料、逾期督办）已执行',
  },
  {
    article: 35,
    status: 'partial',
    rules: ['audit.rectification-owed', 'audit.rectification-reported'],
    missing: '接受监察机关和人民法院监督、行政应诉、履行生效裁判（审计整改已实现）',
  },
  planned(36, '行政复议'),
  planned(37, '社会和舆论监督，重大问题公布处理结果'),
  planned(38, '信访办理期限与领导阅处重要来信'),
  planned(39, '工作责任制、绩效考核与重大决策责任倒查'),
  // 第八章 加强督查落实
  {
    article: 40,
    status: 'partial',
    rules: ['task.overdue-completion'],
    missing: '《政府工作报告》重点工作分解和年度目标任务的落实（随督查模块实现）；公文各环节已按“文不过夜、事不过周”计时、提醒、督办并登记逾期事项',
  },
  {
    article: 41,
    status: 'partial',
    rules: ['minutes.decisions-assigned', 'minutes.progress-reporter'],
    missing: '督查通报（随督查模块实现）；会议议定事项已转为有主办单位和时限的督办待办，承办单位反馈执行情况',
  },
  planned(42, '未经县政府批准，部门不得对下级政府开展督查'),
  planned(43, '三位一体督查机制、批示督办、年度考核'),
  // 第九章 规范会议管理
  planned(44, '四类会议'),
  {
    article: 45,
    status: 'partial',
    rules: ['meeting.chair', 'topic.confirmer', 'attendance.invitation', 'meeting.attendance'],
    missing: '纪要印发；组成人员、主持人、议题审定、邀请列席、签到和年度召开提示已实现',
  },
  {
    article: 46,
    status: 'partial',
    rules: ['meeting.chair', 'topic.confirmer', 'topic.substance', 'topic.no-disagreement', 'topic.proposer', 'attendance.invitation', 'meeting.attendance', 'meeting.study', 'decision.bodies-consulted'],
    missing: '议题范围（第一至第十四项）未逐项分类；组成人员、委托主持、固定列席、列席相关议题、邀请列席、签到、会前集体学习、议题准入、讨论记录和每两周召开提示已实现',
  },
  {
    article: 47,
    status: 'partial',
    rules: ['meeting.chair', 'topic.confirmer', 'topic.proposer', 'attendance.invitation', 'meeting.attendance', 'key-work.quarter-open', 'key-work.progress-reporter', 'key-work.item-assigned', 'key-work.due-in-quarter', 'key-work.carry-over', 'key-work.lagging'],
    missing: '组成人员、主持人、议题由分管领导提出并报县长审定、每季度初召开提示，以及季度重点工作清单（清单管理、挂单操作、按季推进，滞后按日计算）已实现',
  },
  {
    article: 48,
    status: 'partial',
    rules: ['meeting.chair', 'topic.confirmer'],
    missing: '参会人员由主持人确定的名单和纪要；主持人（含委托办公室班子成员）和议题确定已实现',
  },
  {
    article: 49,
    status: 'partial',
    rules: ['meeting-leave.substitute', 'meeting-leave.approver', 'meeting-leave.office-forwards'],
    missing: '列席人员的名单尚未建模（列席人员请假将与其他非县政府领导的组成人员一样经县政府办公室转呈）；县政府领导向县长或主持会议的常务副县长请假、其他组成人员经县政府办公室转呈后报批、专题会议向主持人请假已实现',
  },
  {
    article: 50,
    status: 'partial',
    rules: ['minutes.in-order', 'minutes.issued-as-document'],
    missing: '专题会议由负责该项工作的单位具体承办的分工；起草、常务副县长审核、县长签发（专题会议由分管副县长签发）的顺序已执行，签发的纪要转入发文流程复核、登记编号、印发、归档',
  },
  {
    article: 51,
    status: 'partial',
    rules: ['topic.not-own-authority', 'topic.coordinated', 'meeting.video-preferred', 'meeting-approval.name', 'meeting-approval.route', 'meeting-approval.in-turn', 'meeting-approval.video', 'meeting-approval.merge'],
    missing: '“控制规模”“开短会”只记录预计人数和时长（规则未定量标准）；“充分准备”“防止同一事项议而不决、反复开会”为工作要求，无可校验的程序；工作会议的名义、审查和审批层级、视频会议和合并开会的提示已实现',
  },
  // 第十章 严格公文审批
  {
    article: 52,
    status: 'partial',
    rules: ['task.overdue-completion'],
    missing: '行文规则中不得越级行文、抄送范围等其余要求尚未校验；限时办结、请示一文一事一主送、会商已校验',
  },
  {
    article: 53,
    status: 'enforced',
    rules: ['document.route', 'document.sign-in-turn', 'document.matter-consistent'],
  },
  {
    article: 54,
    status: 'enforced',
    rules: ['document.route', 'document.submission-addressee'],
  },
  {
    article: 55,
    status: 'enforced',
    rules: ['document.route', 'document.countersign-resolved', 'incoming.disagreement-decided'],
  },
  {
    article: 56,
    status: 'partial',
    rules: ['document.department-powers'],
    missing: '专题会议纪要、工作通报从严控制的提示（随会议模块实现）；年度发文数量已按代字统计（发文字号登记簿）',
  },
  // 第十一章 工作纪律
  declarative(57, '政治纪律和政治规矩，原则性规定。'),
  declarative(
    58,
    '执行决策部署的纪律要求，原则性规定；发表讲话或文章事先须经县政府同意的部分为审批。',
    '审批待办：代表县政府或就未经研究决定的重大问题发表讲话、文章前报县政府同意',
  ),
  {
    article: 59,
    status: 'partial',
    rules: ['leave.scope', 'leave.principal-notice', 'leave.presiding-named', 'leave.approver-acts', 'leave.office-forwards'],
    missing: '考察回来向常务会议报告的议题（随会议模块实现）；请假期间由谁代为履职已按AB角、委托计算',
  },
  planned(60, '部门发布重要信息前审定、重大情况报告'),
  {
    article: 61,
    status: 'partial',
    rules: ['document.not-classified', 'incoming.not-classified'],
    missing: '保密纪律、外事纪律的其他要求为原则性规定；本系统在拟稿和签收时拒收涉密公文并审计',
  },
  // 第十二章 廉政和作风建设
  declarative(62, '全面从严治党与中央八项规定精神，原则性要求。'),
  declarative(63, '调查研究与基层作风，原则性要求。'),
  declarative(64, '新闻报道和外事活动“按有关规定办理”，转致其他规定，无本规则的程序。'),
  declarative(65, '从严治政与责任追究，原则性要求；各程序的时限和逾期提示体现其要求。'),
  declarative(
    66,
    '“过紧日子”与财经纪律，原则性要求；公务接待、会议活动、因公出国（境）须事先审批的部分为审批。',
    '审批待办：公务接待、会议论坛庆典节会、因公出国（境）团组的事先审批',
  ),
  declarative(67, '廉洁从政与个人有关事项报告，由纪检和组织制度规范，不在本系统范围。'),
  declarative(68, '学习型政府建设，原则性要求。'),
  {
    article: 69,
    status: 'partial',
    rules: ['org.agency-scope'],
    missing: '第六十九条机构已可登记并按工作部门办理请假和审计整改；公文、会议等模块实现后同样适用',
  },
  // 第十三章 附则
  declarative(70, '解释权归县政府办公室，无程序内容。', '解释记录：办公室的解释按条款记录并显示在条文旁'),
  { article: 71, status: 'enforced', rules: ['pack.in-force'] },
];
