/**
 * The dossier of a major decision as one self-contained HTML file (ADR 0013): readable and printable
 * without the system, every step's evidence in order, and the same record as machine-readable JSON
 * inside it (`<script type="application/json" id="dossier-data">`), with the audit events' hashes so
 * the file can be checked against the tamper-evident record.
 */
import {
  BODY_OPINION_LABELS, CHANGE_KIND_LABELS, EVALUATION_RECOMMENDATION_LABELS, EVALUATION_TRIGGER_LABELS, EXECUTION_SITUATION_LABELS, EXPERT_KIND_LABELS, EXPERT_MODE_LABELS,
  FAIR_COMPETITION_LABELS, LEGALITY_CONCLUSION_LABELS, PARTICIPANT_GROUP_LABELS, PARTICIPATION_METHOD_LABELS, RISK_CONCLUSION_LABELS,
} from '../../../core/procedures/major-decisions/major-decisions.ts';
import { AUDIT_EVENT_TYPES } from '../../../core/audit/events.ts';
import type { DossierRecord } from '../../../services/major-decisions/view.ts';

/** A value as text: strings as they are, numbers and booleans printed, anything else as JSON. */
const scalar = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : x === null || x === undefined ? '' : JSON.stringify(x));
const esc = (s: unknown): string => scalar(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Instants in Beijing time, as the record shows them. */
function beijing(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '名称', itemTitle: '目录事项', year: '年度', affectsMarket: '涉及市场主体经济活动', concernedBodyIds: '涉及的单位（编号）', revisesId: '调整的原决策', note: '说明',
  changed: '修改的内容', previousVersion: '原稿次', method: '方式', date: '日期', place: '地点或范围', participants: '参加人员', groups: '听取意见的对象', opinions: '主要意见',
  handling: '研究采纳情况', materialsSentOn: '听证会材料送达日期', recordSigned: '听证会记录经签字确认', evidence: '证据材料', consultationId: '征求意见编号', opensAt: '开始时间',
  lastDay: '截止日期（24时）', earliestLastDay: '法定最短期限的截止日', shortenedReason: '缩短期限的理由', name: '专家或机构', organisation: '单位', expertKind: '类别', mode: '论证方式',
  opinion: '意见', signed: '已署名', sealed: '已盖章', interestDeclared: '申报存在利害关系', interestNote: '利害关系说明', summary: '研究采纳情况', assessor: '评估单位',
  thirdParty: '委托第三方', methods: '评估方式', risks: '风险点', measures: '风险防范措施', responsePlan: '处置预案', departmentsHeard: '听取有关部门意见', conclusion: '结论',
  bodyName: '单位', text: '内容', replyDocument: '书面回复', self: '由该单位自行提出', preliminary: '起草单位初审意见', result: '审查结论', reviewerBodyName: '审查机构',
  document: '文件', legalBasis: '法律依据', procedureStatement: '履行法定程序的说明', receivedOn: '收到完整材料日期', earliestOpinionDate: '最早出具意见日期', minWorkdays: '最短审查工作日',
  explanation: '期限计算', provisional: '暂定', reason: '理由', counselOpinion: '法律顾问、公职律师意见', riskStatement: '法律风险', opinionDate: '出具意见日期', workdays: '实际审查工作日',
  meetingKind: '会议', materials: '报送材料', reasons: '理由', adjustment: '调整内容', outcomeLabel: '会议结论', conclusionText: '结论内容', reasonAgainstMajority: '与多数意见不一致的理由',
  concludedByName: '作出决定', decisionText: '决策内容', meetingTitle: '会议', meetingDate: '会议日期', disclosure: '公开属性', withheldReason: '不予公开理由',
  adoptionExplanation: '公众意见、专家论证意见采纳情况', channels: '公布途径', dueDate: '期限', leadBodyName: '牵头执行单位', coBodyNames: '配合执行单位', reportEveryDays: '报告周期（日）',
  firstReportDue: '首次报告期限', requirements: '执行要求', reportDate: '报告日期', situation: '情况', completed: '执行完毕', nextDue: '下次报告期限', trigger: '评估情形',
  triggerNote: '具体情况', evaluatorName: '评估单位', findings: '评估结论', publicOpinions: '听取社会公众意见', recommendation: '评估建议', urgency: '情况紧急的情形',
  change: '变更事项', adopted: '会议通过', outcome: '会议结论', byTitle: '替代的决策',
};

const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  method: PARTICIPATION_METHOD_LABELS, groups: PARTICIPANT_GROUP_LABELS, participants: PARTICIPANT_GROUP_LABELS, expertKind: EXPERT_KIND_LABELS, mode: EXPERT_MODE_LABELS,
  opinion: BODY_OPINION_LABELS, result: FAIR_COMPETITION_LABELS, situation: EXECUTION_SITUATION_LABELS, trigger: EVALUATION_TRIGGER_LABELS,
  recommendation: EVALUATION_RECOMMENDATION_LABELS, change: CHANGE_KIND_LABELS, disclosure: { public: '公开', withheld: '依法不予公开' },
  meetingKind: { executive: '县政府常务会议', plenary: '县政府全体会议' },
};
const CONCLUSION_BY_KIND: Readonly<Record<string, Readonly<Record<string, string>>>> = { 'risk-assessed': RISK_CONCLUSION_LABELS, 'legality-opinion': LEGALITY_CONCLUSION_LABELS };

const HIDDEN = new Set(['speeches', 'tally', 'topicId', 'meetingId', 'itemId', 'leadBodyId', 'coBodyIds', 'bodyId', 'reviewerBodyId', 'assessorBodyId', 'evaluatorBodyId', 'evaluationId', 'byId', 'by', 'outcome', 'expertMinOpinions']);

function value(kind: string, key: string, v: unknown): string {
  const labels = key === 'conclusion' ? CONCLUSION_BY_KIND[kind] : key === 'participants' && !Array.isArray(v) ? undefined : VALUE_LABELS[key];
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => (labels?.[scalar(x)] ?? scalar(x))).join('；');
  return labels?.[scalar(v)] ?? scalar(v);
}

function evidence(kind: string, data: Record<string, unknown>): string {
  const rows = Object.entries(data).filter(([k]) => !HIDDEN.has(k)).map(([k, v]) => `<tr><th scope="row">${esc(FIELD_LABELS[k] ?? k)}</th><td>${esc(value(kind, k, v)).replace(/\n/g, '<br>')}</td></tr>`);
  const speeches = Array.isArray(data['speeches']) ? (data['speeches'] as { order: number; personName: string; positionTitle: string; opinionLabel: string; remarks: string; head: boolean }[]) : [];
  const table = speeches.length === 0 ? '' : `<table><caption>发言记录（按发言顺序；行政首长最后发言）</caption><thead><tr><th scope="col">顺序</th><th scope="col">发言人</th><th scope="col">意见</th><th scope="col">理由或发言要点</th></tr></thead><tbody>${
    speeches.map((s) => `<tr><td>${s.order}</td><td>${esc(s.personName)}（${esc(s.positionTitle)}）${s.head ? '【行政首长】' : ''}</td><td>${esc(s.opinionLabel)}</td><td>${esc(s.remarks)}</td></tr>`).join('')}</tbody></table>`;
  return `<table class="kv"><tbody>${rows.join('')}</tbody></table>${table}`;
}

/** Renders the record; the JSON inside is the same record the API answers with. */
export function dossierFile(r: DossierRecord): string {
  const d = r.dossier;
  const json = JSON.stringify(r).replace(/</g, '\\u003c');
  const entries = d.entries.map((e) => `<section class="entry" id="e${e.seq}">
<h3>${e.seq}. ${esc(e.kindLabel)} <small>${esc(beijing(e.at))} · ${esc(e.personName)}${e.onBehalfOfName ? `（代${esc(e.onBehalfOfName)}）` : ''}${e.positionTitle ? ` · ${esc(e.positionTitle)}` : ''} · 草案第${e.draftVersion}稿</small></h3>
${evidence(e.kind, e.data as unknown as Record<string, unknown>)}
${e.verdicts.filter((v) => v.rule !== 'pack.in-force').length > 0 ? `<ul class="verdicts">${e.verdicts.filter((v) => v.rule !== 'pack.in-force').map((v) => `<li class="${v.outcome}">${esc(v.message)} <code>${esc(v.rule)}</code></li>`).join('')}</ul>` : ''}
</section>`).join('\n');
  const consultations = r.consultations.map((c) => `<section class="entry"><h3>${esc(c.title)}</h3>
<table class="kv"><tbody>
<tr><th scope="row">期限</th><td>${esc(beijing(c.opensAt))} 起至 ${esc(c.lastDay)} 24时止（法定最短期限截止日 ${esc(c.minimum.earliestLastDay)}：${esc(c.minimum.requirement)}）</td></tr>
<tr><th scope="row">缩短期限的理由</th><td>${esc(c.shortenedReason ?? '—')}</td></tr>
<tr><th scope="row">状态</th><td>${esc(c.detail)}</td></tr>
<tr><th scope="row">意见采纳情况反馈</th><td>${esc(c.feedbackSummary ?? '—')}</td></tr>
</tbody></table>
<details><summary>征求意见稿和起草说明</summary><pre>${esc(c.draftText)}</pre><pre>${esc(c.explanation)}</pre></details>
${c.comments.length > 0 ? `<table><caption>公开的意见及采纳情况</caption><thead><tr><th scope="col">提交时间</th><th scope="col">意见</th><th scope="col">采纳情况</th></tr></thead><tbody>${c.comments.map((x) => `<tr><td>${esc(beijing(x.submittedAt))}</td><td>${esc(x.publicText)}</td><td>${esc(x.handling === 'adopted' ? '采纳' : x.handling === 'partly' ? '部分采纳' : x.handling === 'not-adopted' ? '不予采纳' : '—')}${x.handlingReason ? `：${esc(x.handlingReason)}` : ''}</td></tr>`).join('')}</tbody></table>` : '<p>没有经审核公开的意见。</p>'}
</section>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>重大行政决策卷宗：${esc(d.title)}</title>
<style>
body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}
h1{font-size:1.6rem}h2{border-bottom:2px solid #1f5fbf;padding-bottom:.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:.5rem 0}h3 small{font-weight:normal;color:#444}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}table.kv th{width:12rem;background:#f3f5f8}
caption{text-align:left;font-weight:bold;padding:.25rem 0}.entry{border-left:3px solid #1f5fbf;padding-left:.75rem;margin:1rem 0;page-break-inside:avoid}
.verdicts li.block{color:#a4161a}.verdicts li.warn{color:#7a4b00}code{font-size:.8rem;color:#555}pre{white-space:pre-wrap;background:#f7f7f7;padding:.5rem}
.done{color:#1b6b2a}.todo{color:#a4161a}@media print{details{display:block}}
</style>
</head>
<body>
<header>
<p>云阳县人民政府 · 重大行政决策卷宗</p>
<h1>${esc(d.title)}</h1>
<table class="kv"><tbody>
<tr><th scope="row">状态</th><td>${esc(d.statusLabel)}</td></tr>
<tr><th scope="row">决策承办单位</th><td>${esc(d.leadBodyName)}</td></tr>
<tr><th scope="row">目录事项</th><td>${r.catalogue ? `${r.catalogue.year}年度第${r.catalogue.seq}项：${esc(r.catalogue.title)}（${esc(r.catalogue.matterKindLabel)}；${esc(r.catalogue.categoryLabel)}）` : '—'}</td></tr>
<tr><th scope="row">决策内容</th><td>${esc(d.decision?.text ?? '（尚未作出决定）').replace(/\n/g, '<br>')}</td></tr>
<tr><th scope="row">导出</th><td>${esc(beijing(r.generatedAt))}，${esc(r.generatedBy)}</td></tr>
</tbody></table>
</header>
<main>
<h2>一、决策事项目录</h2>
${r.catalogue ? `<p>列入：${esc(r.catalogue.addedIn)}</p><table><thead><tr><th scope="col">版次</th><th scope="col">调整理由</th><th scope="col">县委同意</th><th scope="col">公布</th></tr></thead><tbody>${r.catalogue.editions.map((e) => `<tr><td>${esc(e.label)}</td><td>${esc(e.reason ?? '—')}</td><td>${esc(e.consentDate ?? '—')} ${esc(e.consentDocument ?? '')}</td><td>${e.publishedAt ? esc(beijing(e.publishedAt)) : '—'}</td></tr>`).join('')}</tbody></table>` : '<p>—</p>'}
<h2>二、法定程序核对</h2>
<table><thead><tr><th scope="col">程序</th><th scope="col">情况</th></tr></thead><tbody>${d.requirements.map((q) => `<tr><td>${esc(q.label)}</td><td class="${q.done ? 'done' : 'todo'}">${q.done ? '已完成' : '未完成'}：${esc(q.verdict.message)}</td></tr>`).join('')}</tbody></table>
<h2>三、卷宗记录（按时间顺序）</h2>
${entries}
<h2>四、向社会公开征求意见</h2>
${consultations || '<p>未采取向社会公开征求意见的方式。</p>'}
<h2>五、审计记录</h2>
<p>以下为本卷宗在防篡改审计链中的记录（序号、时间、事项、操作人、SM3哈希），可与系统审计链核对。</p>
<table><thead><tr><th scope="col">序号</th><th scope="col">时间</th><th scope="col">事项</th><th scope="col">操作人</th><th scope="col">哈希</th></tr></thead><tbody>${
  r.audit.map((a) => `<tr><td>${a.seq}</td><td>${esc(beijing(a.at))}</td><td>${esc((AUDIT_EVENT_TYPES as Record<string, string>)[a.type] ?? a.type)}</td><td>${esc(a.actor)}</td><td><code>${esc(a.hash)}</code></td></tr>`).join('')}</tbody></table>
</main>
<script type="application/json" id="dossier-data">${json}</script>
</body>
</html>
`;
}
