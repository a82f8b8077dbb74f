import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';
import { personOptions, useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';

type Topic = MeetingDetail['topics'][number];
const OPINION_TONES: Readonly<Record<string, Tone>> = { agree: 'green', disagree: 'red', reserve: 'gold', report: 'default' };
const OUTCOMES = [{ value: 'adopted', label: '原则通过' }, { value: 'amended', label: '修改后通过' }, { value: 'not-adopted', label: '不予通过' }, { value: 'deferred', label: '暂缓研究' }];
const CATEGORY_LABELS: Readonly<Record<string, string>> = { general: '一般事项', normative: '规范性文件', 'major-decision': '重大行政决策' };

/**
 * 议题讨论记录: who spoke in what order with what opinion, the chair's conclusion. For a major
 * decision the 行政首长 speaks last and a conclusion against the majority states its reasons
 * (《重大行政决策程序暂行条例》第三十条).
 */
export function DiscussionCard({ detail, office }: { detail: MeetingDetail; office: boolean }) {
  return (
    <Card size="small" title={`议题（${detail.topics.length}）`} data-testid="topics">
      {detail.topics.length === 0 ? (
        <Typography.Text type="secondary">尚未列入议题</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {detail.topics.map((t) => <TopicDiscussion key={t.id} topic={t} detail={detail} office={office} />)}
        </Flex>
      )}
    </Card>
  );
}

function TopicDiscussion({ topic, detail, office }: { topic: Topic; detail: MeetingDetail; office: boolean }) {
  const client = useQueryClient();
  const chart = useOrgChart();
  const [mode, setMode] = useState<'speak' | 'conclude' | null>(null);
  const [speakForm] = Form.useForm<{ personId: string; role: 'member' | 'attendee'; opinion: string; remarks: string }>();
  const [concludeForm] = Form.useForm<{ text: string; outcome: string; reasonAgainstMajority: string }>();
  const role = Form.useWatch('role', speakForm);
  const speak = useMutation({
    mutationFn: (v: object) => apiPost(`/api/topics/${topic.id}/speeches`, v),
    onSuccess: () => speakForm.resetFields(['personId', 'opinion', 'remarks']),
    onSettled: () => invalidateMeetings(client),
  });
  const conclude = useMutation({ mutationFn: (v: object) => apiPost(`/api/topics/${topic.id}/conclusion`, v), onSuccess: () => setMode(null), onSettled: () => invalidateMeetings(client) });
  const d = topic.discussion;
  const started = detail.meeting.started;
  const open = office && !d?.conclusion && detail.meeting.status !== 'cancelled' && started;
  return (
    <Flex vertical gap={8} data-testid={`topic-${topic.id}`} role="group" aria-label={topic.title}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{topic.title}</Typography.Text>
        <ToneTag tone={topic.facts.category === 'general' ? 'default' : 'blue'}>{CATEGORY_LABELS[topic.facts.category] ?? topic.facts.category}</ToneTag>
        <Typography.Text type="secondary">{topic.proposer} · {topic.statusLabel}</Typography.Text>
      </Flex>
      {topic.facts.category === 'major-decision' && !d?.conclusion && (
        <Typography.Text type="secondary">重大行政决策：会议组成人员充分发表意见，行政首长最后发表意见；结论与多数意见不一致的须说明理由（《重大行政决策程序暂行条例》第三十条）。</Typography.Text>
      )}
      {d && d.speeches.length > 0 && (
        <Table
          size="small"
          rowKey="order"
          pagination={false}
          dataSource={[...d.speeches]}
          columns={[
            { title: '顺序', dataIndex: 'order', width: 56 },
            { title: '发言人', key: 'who', render: (_, s) => `${s.personName}（${s.positionTitle}）${s.head ? ' · 行政首长' : ''}` },
            { title: '意见', key: 'op', width: 100, render: (_, s) => <ToneTag tone={OPINION_TONES[s.opinion] ?? 'default'}>{s.opinionLabel}</ToneTag> },
            { title: '要点及理由', dataIndex: 'remarks' },
          ]}
        />
      )}
      {d && d.tally.members > 0 && <Typography.Text>组成人员意见：同意{d.tally.agree}、不同意{d.tally.disagree}、保留{d.tally.reserve}</Typography.Text>}
      {d?.conclusion && (
        <Descriptions size="small" column={1} bordered items={[
          { key: 'o', label: '结论', children: `${d.conclusion.outcomeLabel}：${d.conclusion.text}` },
          { key: 'c', label: '主持人', children: d.conclusion.concludedByName },
          ...(d.conclusion.reasonAgainstMajority ? [{ key: 'r', label: '与多数意见不一致的理由', children: d.conclusion.reasonAgainstMajority }] : []),
        ]} />
      )}
      {open && (
        <Flex gap={8}>
          <Button size="small" onClick={() => setMode(mode === 'speak' ? null : 'speak')}>记录发言</Button>
          <Button size="small" onClick={() => setMode(mode === 'conclude' ? null : 'conclude')}>记录结论</Button>
        </Flex>
      )}
      {open && mode === 'speak' && (
        <Form form={speakForm} layout="inline" initialValues={{ role: 'member', remarks: '' }} onFinish={(v) => speak.mutate(v)} aria-label="记录发言">
          <Form.Item name="role" rules={[{ required: true }]}>
            <Select style={{ width: 120 }} aria-label="身份" options={[{ value: 'member', label: '组成人员' }, { value: 'attendee', label: '列席汇报' }]} />
          </Form.Item>
          <Form.Item name="personId" rules={[{ required: true, message: '请选择发言人' }]}>
            <Select style={{ width: 260 }} showSearch={{ optionFilterProp: 'label' }} placeholder="发言人" aria-label="发言人" options={personOptions(chart.data)} />
          </Form.Item>
          <Form.Item name="opinion" rules={[{ required: true, message: '请选择意见' }]}>
            <Select style={{ width: 110 }} placeholder="意见" aria-label="意见" showSearch={{ optionFilterProp: 'label' }}
              options={role === 'attendee' ? [{ value: 'report', label: '汇报说明' }] : [{ value: 'agree', label: '同意' }, { value: 'disagree', label: '不同意' }, { value: 'reserve', label: '保留意见' }]} />
          </Form.Item>
          <Form.Item name="remarks" style={{ flex: 1, minWidth: 220 }}>
            <Input placeholder="发言要点；不同意、保留须写明理由" aria-label="发言要点及理由" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={speak.isPending}>记录</Button>
        </Form>
      )}
      {open && mode === 'conclude' && (
        <Form form={concludeForm} layout="vertical" initialValues={{ outcome: 'adopted', reasonAgainstMajority: '' }} onFinish={(v) => conclude.mutate(v)} aria-label="记录结论">
          <Form.Item label="结论" name="outcome" rules={[{ required: true }]}>
            <Select options={OUTCOMES} aria-label="结论" />
          </Form.Item>
          <Form.Item label="主持人结论" name="text" rules={[{ required: true, min: 4, message: '请填写主持人结论（不少于4字）' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="与多数意见不一致的理由" name="reasonAgainstMajority">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={conclude.isPending}>确认结论</Button>
        </Form>
      )}
      <ErrorAlert error={speak.error ?? conclude.error} />
    </Flex>
  );
}
