import { Collapse, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Verdict } from '../api-types.ts';
import { chineseDate } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { bodyOptions } from '../org/org-edit-data.ts';
import { GROUP_OPTIONS, SITUATION_OPTIONS, type DossierView } from './decision-data.ts';
import { StepForm, type FieldSpec } from './step-form.tsx';

interface Action {
  readonly key: string;
  readonly label: string;
  readonly path: string;
  readonly fields: readonly FieldSpec[];
  readonly submit: string;
  readonly intro?: ReactNode;
}

/**
 * The steps the reader may take on the dossier now (the server's abilities, from the posts they act
 * for), each as a form with the evidence the step needs. The server checks every rule again.
 */
export function DossierActions({ d, onOutcome }: { d: DossierView; onOutcome: (title: string, verdicts: readonly Verdict[]) => void }) {
  const chart = useOrgChart().data;
  const bodies = bodyOptions(chart);
  const concerned = d.concernedBodies.map((b) => ({ value: b.id, label: `${b.name}（${b.opinionLabel}）` }));
  const a = d.abilities;
  const actions: Action[] = [];
  if (a.participation) actions.push({
    key: 'participation', label: '记录公众参与（座谈会、听证会、实地走访等）', path: 'participation', submit: '记录',
    intro: '可采取座谈会、听证会、实地走访、书面征求意见、问卷调查、民意调查等方式听取意见（第二十五条、第二十六条）；听证会材料应于召开7日前送达听证参加人，听证会记录经参加人确认签字（条例第十六条、第十七条）。',
    fields: [
      { name: 'method', label: '方式', kind: 'select', required: true, options: [
        { value: 'symposium', label: '座谈会' }, { value: 'hearing', label: '听证会' }, { value: 'field-visit', label: '实地走访' }, { value: 'written', label: '书面征求意见' },
        { value: 'questionnaire', label: '问卷调查' }, { value: 'poll', label: '民意调查' }] },
      { name: 'date', label: '日期', kind: 'date', required: true },
      { name: 'place', label: '地点或范围', kind: 'text', required: true },
      { name: 'participants', label: '参加人员', kind: 'textarea', required: true },
      { name: 'groups', label: '听取意见的对象', kind: 'multiselect', options: GROUP_OPTIONS, initial: [] },
      { name: 'opinions', label: '主要意见', kind: 'textarea', required: true },
      { name: 'handling', label: '研究采纳情况', kind: 'textarea', required: true },
      { name: 'materialsSentOn', label: '听证会材料送达日期（听证会）', kind: 'date' },
      { name: 'recordSigned', label: '听证会记录已经听证参加人确认并签字（听证会）', kind: 'checkbox' },
      { name: 'evidence', label: '证据材料（纪要、签到表、记录等）', kind: 'text', required: true },
    ],
  });
  if (a.publicComment) actions.push({
    key: 'public-comment', label: '向社会公开征求意见', path: 'public-comment', submit: '发布征求意见',
    intro: '以本卷宗的决策草案和起草说明在门户网站公开征求意见；期限一般不少于30日，缩短的须说明理由并随征求意见公开（第二十五条、条例第十五条）。',
    fields: [
      { name: 'title', label: '标题（默认：决策草案名称（征求意见稿））', kind: 'text' },
      { name: 'lastDay', label: '截止日期（当日24时截止）', kind: 'date', required: true },
      { name: 'shortenedReason', label: '缩短期限的理由（期限不足30日时必填）', kind: 'textarea' },
    ],
  });
  if (a.expert) {
    actions.push({
      key: 'expert', label: '记录专家论证意见', path: 'expert-opinions', submit: '记录意见',
      intro: '书面论证意见应当署名；专业机构的应当署名、盖章（条例第十九条）。不得选择与决策事项有直接利害关系的专家、专业机构（条例第二十条）。',
      fields: [
        { name: 'name', label: '专家或专业机构', kind: 'text', required: true },
        { name: 'organisation', label: '所在单位', kind: 'text' },
        { name: 'expertKind', label: '类别', kind: 'radio', required: true, initial: 'expert', options: [{ value: 'expert', label: '专家' }, { value: 'institution', label: '专业机构' }] },
        { name: 'mode', label: '论证方式', kind: 'radio', required: true, initial: 'meeting', options: [{ value: 'meeting', label: '论证会' }, { value: 'written', label: '书面咨询' }, { value: 'commissioned', label: '委托咨询论证' }] },
        { name: 'date', label: '意见日期', kind: 'date', required: true },
        { name: 'opinion', label: '论证意见', kind: 'textarea', required: true },
        { name: 'signed', label: '书面意见已署名', kind: 'checkbox' },
        { name: 'sealed', label: '已盖章（专业机构）', kind: 'checkbox' },
        { name: 'interestDeclared', label: '申报与决策事项有直接利害关系', kind: 'checkbox' },
        { name: 'interestNote', label: '利害关系说明', kind: 'text' },
      ],
    });
    actions.push({ key: 'expert-review', label: '记录专家论证意见研究采纳情况', path: 'expert-review', submit: '记录', fields: [{ name: 'summary', label: '研究采纳情况', kind: 'textarea', required: true }] });
  }
  if (a.risk) actions.push({
    key: 'risk', label: '记录风险评估报告', path: 'risk-assessment', submit: '记录报告',
    intro: '风险评估报告应当明确风险点，提出风险防范措施和处置预案，并听取有关部门的意见；风险可控的方可作出决策（条例第二十三条、第二十四条）。',
    fields: [
      { name: 'assessor', label: '评估单位（第三方填写名称）', kind: 'text', required: true, initial: d.leadBodyName },
      { name: 'thirdParty', label: '委托第三方评估', kind: 'checkbox' },
      { name: 'methods', label: '评估方式', kind: 'text', required: true },
      { name: 'risks', label: '风险点（每行一个）', kind: 'lines', required: true },
      { name: 'measures', label: '风险防范措施', kind: 'textarea', required: true },
      { name: 'responsePlan', label: '处置预案', kind: 'textarea', required: true },
      { name: 'departmentsHeard', label: '听取有关部门意见的情况', kind: 'text', required: true },
      { name: 'conclusion', label: '评估结论', kind: 'radio', required: true, options: [{ value: 'controllable', label: '风险可控' }, { value: 'uncontrollable', label: '风险不可控' }] },
      { name: 'date', label: '报告日期', kind: 'date', required: true },
    ],
  });
  if (a.bodyOpinion && concerned.length > 0) actions.push({
    key: 'body', label: '记录有关部门和乡镇（街道）意见', path: 'body-opinions', submit: '记录意见',
    intro: '涉及其他部门的应当充分协商，涉及乡镇（街道）的应当事先征求意见（第二十五条）。由该单位提出，或由承办单位载明其书面回复的文号。',
    fields: [
      { name: 'bodyId', label: '提出意见的单位', kind: 'select', required: true, options: concerned },
      { name: 'opinion', label: '意见', kind: 'radio', required: true, options: [{ value: 'agree', label: '无不同意见' }, { value: 'suggestions', label: '提出修改意见' }, { value: 'disagree', label: '有不同意见' }] },
      { name: 'text', label: '意见内容', kind: 'textarea', required: true },
      { name: 'replyDocument', label: '书面回复文号（承办单位代为记录时必填）', kind: 'text' },
      { name: 'date', label: '日期', kind: 'date', required: true },
    ],
  });
  if (a.fairCompetition && d.affectsMarket) actions.push({
    key: 'fair', label: '记录公平竞争审查', path: 'fair-competition', submit: '记录审查结论',
    intro: `由${d.marketBodyName}会同起草单位进行公平竞争审查（《公平竞争审查条例》第十四条）；承办单位代为记录的，须载明审查意见文号。`,
    fields: [
      { name: 'preliminary', label: '起草单位初审意见', kind: 'textarea', required: true },
      { name: 'opinion', label: '审查意见', kind: 'textarea', required: true },
      { name: 'result', label: '审查结论', kind: 'radio', required: true, options: [{ value: 'pass', label: '符合审查标准' }, { value: 'fail', label: '违反审查标准' }] },
      { name: 'document', label: '审查意见文号', kind: 'text' },
      { name: 'date', label: '日期', kind: 'date', required: true },
    ],
  });
  if (a.legalitySend) actions.push({
    key: 'legality-send', label: `送请${d.justiceBodyName}合法性审查`, path: 'legality/send', submit: '送审',
    intro: '送审材料：决策草案、有关法律法规规章等依据、履行决策法定程序的说明（条例第二十六条）。其他法定程序须先完成。',
    fields: [
      { name: 'legalBasis', label: '有关法律、法规、规章等依据', kind: 'textarea', required: true },
      { name: 'procedureStatement', label: '履行决策法定程序的说明', kind: 'textarea', required: true },
    ],
  });
  if (a.legalityReceive) {
    actions.push({ key: 'legality-receive', label: '合法性审查收件', path: 'legality/receive', submit: '收件', intro: `审查期限自收到完整送审材料之日起计算，不少于${d.legality.minWorkdays}个工作日（第二十条）。`, fields: [{ name: 'receivedOn', label: '收到完整材料的日期（默认今天）', kind: 'date' }] });
    actions.push({ key: 'legality-return', label: '退回补充材料', path: 'legality/return', submit: '退回', fields: [{ name: 'reason', label: '退回理由', kind: 'textarea', required: true }] });
  }
  if (a.legalityOpinion) {
    actions.push({
      key: 'legality-opinion', label: '出具合法性审查意见', path: 'legality/opinion', submit: '出具意见',
      intro: d.legality.earliestOpinionDate ? `${chineseDate(d.legality.receivedOn ?? '')}收到完整材料，最早于${chineseDate(d.legality.earliestOpinionDate)}出具审查意见（${d.legality.explanation ?? ''}）。` : undefined,
      fields: [
        { name: 'conclusion', label: '审查结论', kind: 'radio', required: true, options: [{ value: 'lawful', label: '合法' }, { value: 'unlawful', label: '不合法' }, { value: 'exploratory', label: '探索性改革事项，明示法律风险' }] },
        { name: 'opinion', label: '审查意见', kind: 'textarea', required: true },
        { name: 'counselOpinion', label: '法律顾问、公职律师的法律意见（条例第二十八条）', kind: 'textarea', required: true },
        { name: 'riskStatement', label: '法律风险（探索性改革事项）', kind: 'textarea' },
      ],
    });
    actions.push({ key: 'legality-return2', label: '退回补充材料', path: 'legality/return', submit: '退回', fields: [{ name: 'reason', label: '退回理由', kind: 'textarea', required: true }] });
  }
  if (a.editDraft) actions.push({
    key: 'draft', label: '修改决策草案', path: 'draft', submit: '保存修改', intro: '修改决策草案后须重新送请合法性审查。',
    fields: [
      { name: 'draftText', label: '决策草案', kind: 'textarea', rows: 6, initial: d.draftText },
      { name: 'explanation', label: '起草说明', kind: 'textarea', rows: 4, initial: d.explanation },
      { name: 'note', label: '修改说明', kind: 'text', required: true },
    ],
  });
  if (a.submit) actions.push({
    key: 'submit', label: '提请会议讨论', path: 'submit', submit: '提请会议',
    intro: '由承办单位主要负责人、县政府领导或县政府办公室主任提请；议题经县长审定后列入会议（第四十六条）。',
    fields: [
      { name: 'meetingKind', label: '会议', kind: 'radio', required: true, initial: 'executive', options: [{ value: 'executive', label: '县政府常务会议' }, { value: 'plenary', label: '县政府全体会议' }] },
      { name: 'title', label: '议题名称', kind: 'text', initial: `关于审议《${d.title}》的议题` },
      { name: 'summary', label: '议题背景、问题和依据', kind: 'textarea', required: true },
      { name: 'recommendation', label: '提请会议研究决定的意见', kind: 'text', required: true },
    ],
  });
  if (a.reopen) actions.push({ key: 'reopen', label: '退回完善', path: 'reopen', submit: '退回完善', fields: [{ name: 'note', label: '说明', kind: 'text', required: true }] });
  if (a.recordDecision) actions.push({
    key: 'decision', label: '依据会议讨论记录登记决定', path: 'decision', submit: '登记决定',
    intro: `${d.topic?.meetingTitle ?? '会议'}结论：${d.topic?.concluded?.outcomeLabel ?? ''}——${d.topic?.concluded?.text ?? ''}。登记时讨论记录（发言顺序、不同意见、理由）一并载入卷宗。`,
    fields: [{ name: 'decisionText', label: '决策内容（通过时填写）', kind: 'textarea', rows: 4 }],
  });
  if (a.partyReport) actions.push({
    key: 'party', label: '记录向县委请示报告', path: 'party-report', submit: '记录', intro: '重大行政决策出台前应当按照规定向县委请示报告（条例第三十一条）。',
    fields: [{ name: 'date', label: '日期', kind: 'date', required: true }, { name: 'document', label: '请示报告的文件或会议', kind: 'text', required: true }, { name: 'note', label: '说明', kind: 'text' }],
  });
  if (a.publish) actions.push({
    key: 'publish', label: '公布决策', path: 'publish', submit: '公布',
    intro: `在门户网站公布，说明公众意见、专家论证意见的采纳情况（条例第三十二条）${d.publishDueDate ? `；期限${chineseDate(d.publishDueDate)}` : ''}。`,
    fields: [
      { name: 'disclosure', label: '公开属性', kind: 'radio', initial: 'public', options: [{ value: 'public', label: '公开' }, { value: 'withheld', label: '依法不予公开' }] },
      { name: 'adoptionExplanation', label: '公众意见、专家论证意见的采纳情况', kind: 'textarea' },
      { name: 'withheldReason', label: '不予公开的理由', kind: 'text' },
      { name: 'channels', label: '公布途径', kind: 'text', initial: '县政府门户网站' },
    ],
  });
  if (a.designate) actions.push({
    key: 'designate', label: '明确决策执行单位', path: 'execution', submit: '明确执行单位', intro: '执行单位按期报告执行情况，待办到期前提醒、逾期督办（第二十八条、条例第三十四条）。',
    fields: [
      { name: 'leadBodyId', label: '牵头执行单位', kind: 'select', required: true, options: bodies },
      { name: 'coBodyIds', label: '配合执行单位', kind: 'multiselect', options: bodies, initial: [] },
      { name: 'reportEveryDays', label: '报告执行情况的周期（日，默认90日）', kind: 'number' },
      { name: 'requirements', label: '执行要求', kind: 'textarea', required: true },
    ],
  });
  if (a.progress) actions.push({
    key: 'progress', label: '报告执行情况', path: 'progress', submit: '报告',
    intro: '发现决策存在问题、客观情况发生重大变化或发生不可抗力的，及时报告（条例第三十五条）。',
    fields: [
      { name: 'text', label: '执行情况', kind: 'textarea', required: true },
      { name: 'reportDate', label: '报告日期', kind: 'date', required: true },
      { name: 'situation', label: '情况', kind: 'radio', initial: 'normal', options: SITUATION_OPTIONS },
      { name: 'completed', label: '已执行完毕（不再安排下次报告）', kind: 'checkbox' },
    ],
  });
  if (a.evaluationStart) actions.push({
    key: 'evaluation', label: '组织决策后评估', path: 'evaluations', submit: '组织评估',
    intro: <>不得由决策作出前承担主要论证评估工作的单位承担（条例第三十六条）：{d.assessors.map((x) => `${x.name}（${x.role}）`).join('、')}。</>,
    fields: [
      { name: 'trigger', label: '评估情形', kind: 'select', required: true, options: [
        { value: 'ineffective', label: '决策实施后明显未达到预期效果' }, { value: 'many-opinions', label: '公民、法人或者其他组织提出较多意见' },
        { value: 'necessary', label: '决策机关认为有必要' }, { value: 'changed', label: '所依据的法律政策或客观情况发生重大变化' }] },
      { name: 'triggerNote', label: '具体情况', kind: 'textarea', required: true },
      { name: 'evaluatorBodyId', label: '评估单位（本级政府机构）', kind: 'select', options: bodies },
      { name: 'evaluatorName', label: '或第三方评估机构名称', kind: 'text' },
      { name: 'dueDate', label: '完成时限', kind: 'date', required: true },
    ],
  });
  if (a.evaluationReport) actions.push({
    key: 'evaluation-report', label: '提交决策后评估报告', path: 'evaluations/report', submit: '提交报告',
    intro: `评估单位：${d.openEvaluation?.evaluatorName ?? ''}；完成时限${d.openEvaluation ? chineseDate(d.openEvaluation.dueDate) : ''}。应当注重听取社会公众的意见，吸收人大代表、政协委员等参与（条例第三十六条）。`,
    fields: [
      { name: 'findings', label: '评估结论', kind: 'textarea', required: true },
      { name: 'publicOpinions', label: '听取社会公众意见的情况', kind: 'textarea', required: true },
      { name: 'participants', label: '参与评估的', kind: 'multiselect', options: GROUP_OPTIONS, initial: [] },
      { name: 'recommendation', label: '评估建议', kind: 'radio', required: true, options: [{ value: 'continue', label: '继续执行' }, { value: 'adjust', label: '调整完善' }, { value: 'suspend', label: '中止执行' }, { value: 'terminate', label: '停止执行' }] },
      { name: 'date', label: '报告日期', kind: 'date', required: true },
    ],
  });
  if (a.suspendUrgently) actions.push({
    key: 'suspend', label: '情况紧急，决定先中止执行', path: 'suspend', submit: '决定中止执行', intro: '执行中出现条例第三十五条规定的情形、情况紧急的，县长可以先决定中止执行（条例第三十七条）。',
    fields: [
      { name: 'situation', label: '情形', kind: 'radio', required: true, options: SITUATION_OPTIONS.filter((o) => o.value !== 'normal') },
      { name: 'urgency', label: '情况紧急的具体情形', kind: 'text', required: true },
      { name: 'reasons', label: '理由', kind: 'textarea', required: true },
    ],
  });
  if (a.proposeChange) actions.push({
    key: 'change', label: '提请会议研究中止、恢复、停止执行或调整', path: 'changes', submit: '提请会议',
    intro: '依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行；重大调整须另立卷宗重新履行法定程序（条例第三十七条）。',
    fields: [
      { name: 'change', label: '变更事项', kind: 'radio', required: true, options: [{ value: 'suspend', label: '中止执行' }, { value: 'resume', label: '恢复执行' }, { value: 'terminate', label: '停止执行' }, { value: 'adjust', label: '调整（非重大调整）' }] },
      { name: 'reasons', label: '理由', kind: 'textarea', required: true },
      { name: 'adjustment', label: '调整内容', kind: 'textarea' },
      { name: 'major', label: '属于重大调整', kind: 'checkbox' },
      { name: 'meetingKind', label: '会议', kind: 'radio', required: true, initial: 'executive', options: [{ value: 'executive', label: '县政府常务会议' }, { value: 'plenary', label: '县政府全体会议' }] },
      { name: 'summary', label: '议题背景、问题和依据', kind: 'textarea', required: true },
      { name: 'recommendation', label: '提请会议研究决定的意见', kind: 'text', required: true },
    ],
  });
  if (a.recordChange) actions.push({ key: 'record-change', label: '依据会议讨论记录登记决策变更', path: 'changes/record', submit: '登记', intro: `${d.changeTopic?.meetingTitle ?? '会议'}结论：${d.changeTopic?.concluded?.outcomeLabel ?? ''}——${d.changeTopic?.concluded?.text ?? ''}`, fields: [] });

  if (actions.length === 0) return <Typography.Text type="secondary" data-testid="no-actions">您当前没有可办理的环节。</Typography.Text>;
  return (
    <Collapse
      data-testid="dossier-actions"
      items={actions.map((x) => ({
        key: x.key,
        label: x.label,
        children: (
          <Flex vertical>
            <StepForm name={x.key} url={`/api/major-decisions/${encodeURIComponent(d.id)}/${x.path}`} fields={x.fields} submitLabel={x.submit} intro={x.intro} onDone={(_, v) => onOutcome(`${x.label}：已办理`, v)} />
          </Flex>
        ),
      }))}
    />
  );
}
