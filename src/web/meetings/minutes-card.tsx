import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, InputNumber, Select, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { apiPost, apiPut, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';
import { PUBLICATION_TONES, useMinutesIssue, type MinutesIssue } from './decision-data.ts';

interface DecisionInput {
  text: string;
  leadBodyId: string;
  coBodyIds?: string[];
  dueWorkdays: number;
  disclosure: 'public' | 'withheld';
  withholdReason?: string;
}

const DISCLOSURE_OPTIONS = [{ value: 'public', label: '公开' }, { value: 'withheld', label: '不予公开' }];

const NEXT_LABEL: Readonly<Record<string, string>> = { drafting: '送审', reviewing: '审核通过', signing: '签发' };

/** 纪要 (art. 50): the office drafts it with its decisions; it goes to review and signature in order; signed decisions become 待办. */
export function MinutesCard({ detail, office }: { detail: MeetingDetail; office: boolean }) {
  const m = detail.meeting;
  const minutes = detail.minutes;
  const client = useQueryClient();
  const chart = useOrgChart();
  const [form] = Form.useForm<{ text: string; decisions: DecisionInput[] }>();
  const watched = Form.useWatch('decisions', form) as DecisionInput[] | undefined;
  const [opinion, setOpinion] = useState('');
  const units = (chart.data?.bodies ?? []).filter((b) => ['department', 'town', 'street', 'agency'].includes(b.kind)).map((b) => ({ value: b.id, label: b.name }));
  const draft = useMutation({
    mutationFn: (v: { text: string; decisions: DecisionInput[] }) =>
      apiPut(`/api/meetings/${m.id}/minutes`, {
        text: v.text,
        decisions: (v.decisions ?? []).map((d) => ({ ...d, coBodyIds: d.coBodyIds ?? [], withholdReason: d.disclosure === 'withheld' ? (d.withholdReason ?? '') : '' })),
      }),
    onSettled: () => invalidateMeetings(client),
  });
  const advance = useMutation({ mutationFn: () => apiPost(`/api/meetings/${m.id}/minutes/advance`, { opinion }), onSuccess: () => setOpinion(''), onSettled: () => invalidateMeetings(client) });

  // Recording the meeting held is on the attendance card, with the turnout check.
  if (m.status === 'planned') return null;
  const steps = m.kind === 'special' ? ['办公室起草', '分管副县长签发'] : ['办公室起草', '常务副县长审核', '县长签发'];
  const index = !minutes ? 0 : minutes.status === 'signed' ? steps.length : minutes.status === 'drafting' ? 0 : minutes.status === 'reviewing' ? 1 : steps.length - 1;
  return (
    <Card size="small" title="会议纪要（第五十条）" data-testid="minutes">
      <Flex vertical gap={12}>
        <Steps size="small" current={index} items={steps.map((s, i) => ({ title: s, description: minutes?.steps[i] ? `${minutes.steps[i].personName}${minutes.steps[i].onBehalfOfName ? `（代${minutes.steps[i].onBehalfOfName}）` : ''} ${beijingMinute(minutes.steps[i].at)}` : undefined }))} />
        {(!minutes || minutes.status === 'drafting') && office ? (
          <Form
            form={form}
            layout="vertical"
            initialValues={minutes ? { text: minutes.text, decisions: minutes.decisions.map((d) => ({ ...d, coBodyIds: [...d.coBodyIds], disclosure: d.disclosure ?? 'public' })) } : { decisions: [{ dueWorkdays: 10, disclosure: 'public' }] }}
            onFinish={(v) => draft.mutate(v)}
          >
            <Form.Item label="纪要正文" name="text" rules={[{ required: true, min: 10, message: '请填写纪要正文（不少于10字）' }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Typography.Text strong>议定事项（签发后转为承办单位的督办待办，第四十一条；逐项确定是否公开，第三十条）</Typography.Text>
            <Form.List name="decisions">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8} style={{ marginTop: 8 }}>
                  {fields.map((f, i) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'text']} rules={[{ required: true, message: '请填写议定事项' }]} style={{ flex: '2 1 260px', marginBottom: 0 }}>
                        <Input aria-label={`议定事项${i + 1}`} placeholder={`议定事项${i + 1}`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'leadBodyId']} rules={[{ required: true, message: '请选择主办单位' }]} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                        <Select aria-label={`主办单位${i + 1}`} placeholder="主办单位" options={units} showSearch={{ optionFilterProp: 'label' }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'coBodyIds']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                        <Select aria-label={`协办单位${i + 1}`} placeholder="协办单位" mode="multiple" options={units} optionFilterProp="label" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'dueWorkdays']} rules={[{ required: true, message: '时限' }]} style={{ marginBottom: 0 }}>
                        <InputNumber aria-label={`办理时限${i + 1}`} min={1} max={250} addonAfter="工作日" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'disclosure']} style={{ marginBottom: 0, width: 120 }}>
                        <Select aria-label={`公开属性${i + 1}`} options={DISCLOSURE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
                      </Form.Item>
                      {watched?.[f.name]?.disclosure === 'withheld' && (
                        <Form.Item name={[f.name, 'withholdReason']} style={{ flex: '2 1 260px', marginBottom: 0 }}>
                          <Input aria-label={`不予公开理由${i + 1}`} placeholder="不予公开的理由（依法需要保密的依据，第三十条）" />
                        </Form.Item>
                      )}
                      <Button type="text" aria-label="删除此项" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ dueWorkdays: 10, disclosure: 'public' })}>增加议定事项</Button>
                </Flex>
              )}
            </Form.List>
            <Button htmlType="submit" style={{ marginTop: 12 }} loading={draft.isPending}>保存纪要</Button>
            <ErrorAlert error={draft.error} />
          </Form>
        ) : (
          minutes && (
            <Flex vertical gap={6}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{minutes.text}</Typography.Paragraph>
              {minutes.decisions.map((d, i) => (
                <Typography.Text key={i}>
                  {i + 1}. {d.text}（主办：{d.leadBodyName}{d.coBodyNames.length > 0 ? `；协办：${d.coBodyNames.join('、')}` : ''}；{d.dueWorkdays}个工作日）{' '}
                  {d.disclosure === 'withheld' ? <ToneTag title={d.withholdReason}>不予公开：{d.withholdReason}</ToneTag> : <ToneTag tone="blue">公开</ToneTag>}
                </Typography.Text>
              ))}
            </Flex>
          )
        )}
        {minutes && minutes.status !== 'signed' && (
          <Flex gap={8} align="center" wrap>
            <Input aria-label="意见" placeholder="意见" style={{ maxWidth: 320 }} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
            <Button type="primary" loading={advance.isPending} onClick={() => advance.mutate()}>{NEXT_LABEL[minutes.status]}</Button>
          </Flex>
        )}
        <ErrorAlert error={advance.error} />
        {minutes?.status === 'signed' && <Typography.Text strong>纪要已签发，议定事项已转为承办单位的督办待办。</Typography.Text>}
        {minutes?.status === 'signed' && <MinutesIssuePanel meetingId={m.id} />}
      </Flex>
    </Card>
  );
}

/** After signing: the 纪要 in the documents flow (art. 50) and the publication of the public decisions (art. 30). */
function MinutesIssuePanel({ meetingId }: { meetingId: string }) {
  const client = useQueryClient();
  const q = useMinutesIssue(meetingId, true);
  const [verdicts, setVerdicts] = useState<readonly Verdict[]>([]);
  const publish = useMutation({
    mutationFn: () => apiPost<{ published: number; issue: MinutesIssue }>(`/api/meetings/${meetingId}/minutes/publish`, {}),
    onSuccess: (r: Envelope<{ published: number; issue: MinutesIssue }>) => setVerdicts(r.verdicts),
    onSettled: () => invalidateMeetings(client),
  });
  if (q.isError) return <ErrorAlert error={q.error} />;
  const issue = q.data;
  if (!issue) return null;
  const p = issue.publication;
  const doc = issue.document;
  return (
    <Flex vertical gap={8} data-testid="minutes-issue">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="纪要文件（第五十条）">
          {doc ? (
            <Flex gap={8} wrap align="center">
              {doc.visible ? <Link to={`/documents/${doc.id}`}>{doc.title}</Link> : <span>{doc.title}</span>}
              <span>{doc.docNumber ?? '待登记编号'}</span>
              <ToneTag tone={doc.status === 'archived' || doc.status === 'issued' ? 'green' : 'blue'}>{doc.statusLabel}</ToneTag>
            </Flex>
          ) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="议定事项公布（第三十条）">
          <Flex gap={8} wrap align="center" data-testid="publication">
            <ToneTag tone={PUBLICATION_TONES[p.state]}>{p.stateLabel}</ToneTag>
            <span>
              {p.publicCount}项公开{p.withheldCount > 0 ? `、${p.withheldCount}项不予公开` : ''}
              {p.state === 'published' && p.publishedAt ? `；${p.publishedBy ?? ''}于${beijingMinute(p.publishedAt)}公布` : ''}
              {(p.state === 'pending' || p.state === 'overdue') && p.dueDate ? `；应于${chineseDate(p.dueDate)}前公布` : ''}
            </span>
            {issue.mayPublish && <Button size="small" type="primary" loading={publish.isPending} onClick={() => publish.mutate()}>公布议定事项</Button>}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      <ErrorAlert error={publish.error} />
      <Verdicts verdicts={verdicts} />
      <Link to={`/meeting-decisions?meetingId=${meetingId}`}>查看议定事项督办</Link>
    </Flex>
  );
}
