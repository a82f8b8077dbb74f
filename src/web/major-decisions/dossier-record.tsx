import { Flex, Table, Timeline, Typography } from 'antd';
import { ToneTag } from '../components/tone-tag.tsx';
import { beijingMinute, stepActor } from '../format.ts';
import type { DossierEntryView } from './decision-data.ts';

/** The evidence each kind of entry shows in the timeline, by field, with its Chinese name. */
const SHOWN: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  opened: [['itemTitle', '目录事项'], ['title', '决策草案']],
  'draft-edited': [['note', '修改说明']],
  participation: [['date', '日期'], ['place', '地点'], ['participants', '参加人员'], ['opinions', '主要意见'], ['handling', '研究采纳情况'], ['materialsSentOn', '材料送达'], ['evidence', '证据材料']],
  'consultation-opened': [['title', '标题'], ['lastDay', '截止日期'], ['earliestLastDay', '法定最短期限截止日'], ['shortenedReason', '缩短期限的理由']],
  'expert-opinion': [['name', '专家或机构'], ['organisation', '单位'], ['opinion', '论证意见'], ['date', '日期']],
  'expert-concluded': [['summary', '研究采纳情况'], ['opinions', '署名意见份数']],
  'risk-assessed': [['assessor', '评估单位'], ['risks', '风险点'], ['measures', '防范措施'], ['responsePlan', '处置预案'], ['departmentsHeard', '听取部门意见'], ['conclusion', '结论']],
  'body-consulted': [['bodyName', '单位'], ['opinion', '意见'], ['text', '内容'], ['replyDocument', '书面回复']],
  'fair-competition': [['reviewerBodyName', '审查机构'], ['opinion', '审查意见'], ['result', '结论'], ['document', '文号']],
  'legality-sent': [['reviewerBodyName', '审查机构'], ['legalBasis', '法律依据'], ['procedureStatement', '履行程序的说明']],
  'legality-received': [['receivedOn', '收到完整材料'], ['earliestOpinionDate', '最早出具意见'], ['explanation', '期限计算']],
  'legality-returned': [['reason', '退回理由']],
  'legality-opinion': [['conclusion', '结论'], ['opinion', '审查意见'], ['counselOpinion', '法律顾问、公职律师意见'], ['workdays', '审查工作日']],
  submitted: [['title', '议题'], ['materials', '报送材料']],
  reopened: [['note', '说明']],
  decided: [['meetingTitle', '会议'], ['outcomeLabel', '结论'], ['conclusionText', '结论内容'], ['reasonAgainstMajority', '与多数意见不一致的理由'], ['decisionText', '决策内容']],
  'not-adopted': [['meetingTitle', '会议'], ['conclusionText', '结论内容']],
  deferred: [['meetingTitle', '会议'], ['conclusionText', '结论内容']],
  'party-reported': [['date', '日期'], ['document', '文件']],
  published: [['channels', '途径'], ['adoptionExplanation', '意见采纳情况'], ['withheldReason', '不予公开理由']],
  'execution-designated': [['leadBodyName', '牵头执行单位'], ['coBodyNames', '配合执行单位'], ['reportEveryDays', '报告周期（日）'], ['firstReportDue', '首次报告期限'], ['requirements', '执行要求']],
  progress: [['reportDate', '报告日期'], ['text', '执行情况'], ['situation', '情况'], ['nextDue', '下次报告期限']],
  'evaluation-started': [['evaluatorName', '评估单位'], ['trigger', '评估情形'], ['triggerNote', '具体情况'], ['dueDate', '完成时限']],
  'evaluation-reported': [['findings', '评估结论'], ['publicOpinions', '听取公众意见'], ['recommendation', '建议']],
  suspended: [['situation', '情形'], ['urgency', '紧急情形'], ['reasons', '理由']],
  'change-proposed': [['change', '变更事项'], ['reasons', '理由'], ['adjustment', '调整内容']],
  'change-decided': [['change', '变更事项'], ['outcome', '会议结论'], ['conclusionText', '结论内容']],
  superseded: [['byTitle', '替代的决策']],
};

const VALUES: Readonly<Record<string, string>> = {
  controllable: '风险可控', uncontrollable: '风险不可控', agree: '无不同意见', suggestions: '提出修改意见', disagree: '有不同意见', pass: '符合审查标准', fail: '违反审查标准',
  lawful: '合法', unlawful: '不合法', exploratory: '探索性改革事项（已明示法律风险）', normal: '正常推进', problem: '发现决策存在问题', 'major-change': '客观情况发生重大变化',
  'force-majeure': '发生不可抗力', ineffective: '明显未达到预期效果', 'many-opinions': '公众提出较多意见', necessary: '决策机关认为有必要', changed: '客观情况发生重大变化',
  continue: '继续执行', adjust: '调整完善', suspend: '中止执行', terminate: '停止执行', resume: '恢复执行',
};

function show(v: unknown): string {
  if (Array.isArray(v)) return v.map(show).join('；');
  if (typeof v === 'string') return VALUES[v] ?? v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

interface Speech { readonly order: number; readonly personName: string; readonly positionTitle: string; readonly opinionLabel: string; readonly remarks: string; readonly head: boolean }

/** The dossier's entries in order: what was done, by whom (a stand-in with the person acted for), when, its evidence and its verdicts. */
export function DossierRecord({ entries }: { entries: readonly DossierEntryView[] }) {
  return (
    <Timeline
      data-testid="dossier-record"
      items={entries.map((e) => {
        const fields = (SHOWN[e.kind] ?? []).filter(([k]) => e.data[k] !== null && e.data[k] !== undefined && e.data[k] !== '' && !(Array.isArray(e.data[k]) && (e.data[k] as unknown[]).length === 0));
        const speeches = Array.isArray(e.data['speeches']) ? (e.data['speeches'] as readonly Speech[]) : [];
        const notable = e.verdicts.filter((v) => v.outcome !== 'allow');
        return {
          key: e.seq,
          color: notable.some((v) => v.outcome === 'warn') ? 'orange' : 'blue',
          content: (
            <Flex vertical gap={4}>
              <Typography.Text strong>
                {e.seq}. {e.kindLabel}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}> · {beijingMinute(e.at)} · {stepActor(e)} · 草案第{e.draftVersion}稿</Typography.Text>
              </Typography.Text>
              {fields.map(([k, label]) => (
                <Typography.Text key={k} style={{ whiteSpace: 'pre-wrap' }}>
                  <Typography.Text type="secondary">{label}：</Typography.Text>{show(e.data[k])}
                </Typography.Text>
              ))}
              {speeches.length > 0 && (
                <Table<Speech> size="small" rowKey="order" pagination={false} dataSource={[...speeches]} aria-label="发言记录"
                  columns={[
                    { title: '顺序', dataIndex: 'order', width: 56 },
                    { title: '发言人', key: 'who', render: (_: unknown, s) => <>{s.personName}（{s.positionTitle}）{s.head && <ToneTag tone="blue">行政首长</ToneTag>}</> },
                    { title: '意见', key: 'op', width: 100, render: (_: unknown, s) => <ToneTag tone={s.opinionLabel === '同意' ? 'green' : s.opinionLabel === '不同意' ? 'red' : 'gold'}>{s.opinionLabel}</ToneTag> },
                    { title: '理由或发言要点', dataIndex: 'remarks' },
                  ]} />
              )}
              {notable.map((v) => (
                <Typography.Text key={v.rule} className={v.outcome === 'block' ? 'yz-danger-text' : 'yz-warning-text'}>{v.message}</Typography.Text>
              ))}
            </Flex>
          ),
        };
      })}
    />
  );
}
