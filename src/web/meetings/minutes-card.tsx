import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Steps, Typography } from 'antd';
import { useState } from 'react';
import { apiPost, apiPut } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { beijingMinute } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';

const NEXT_LABEL: Readonly<Record<string, string>> = { drafting: '送审', reviewing: '审核通过', signing: '签发' };

/** 纪要 (art. 50): the office drafts it with its decisions; it goes to review and signature in order; signed decisions become 待办. */
export function MinutesCard({ detail, office }: { detail: MeetingDetail; office: boolean }) {
  const m = detail.meeting;
  const minutes = detail.minutes;
  const client = useQueryClient();
  const chart = useOrgChart();
  const [form] = Form.useForm<{ text: string; decisions: { text: string; leadBodyId: string; coBodyIds?: string[]; dueWorkdays: number }[] }>();
  const [opinion, setOpinion] = useState('');
  const units = (chart.data?.bodies ?? []).filter((b) => ['department', 'town', 'street', 'agency'].includes(b.kind)).map((b) => ({ value: b.id, label: b.name }));
  const draft = useMutation({
    mutationFn: (v: { text: string; decisions: { text: string; leadBodyId: string; coBodyIds?: string[]; dueWorkdays: number }[] }) =>
      apiPut(`/api/meetings/${m.id}/minutes`, { text: v.text, decisions: (v.decisions ?? []).map((d) => ({ ...d, coBodyIds: d.coBodyIds ?? [] })) }),
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
            initialValues={minutes ? { text: minutes.text, decisions: minutes.decisions.map((d) => ({ ...d, coBodyIds: [...d.coBodyIds] })) } : { decisions: [{ dueWorkdays: 10 }] }}
            onFinish={(v) => draft.mutate(v)}
          >
            <Form.Item label="纪要正文" name="text" rules={[{ required: true, min: 10, message: '请填写纪要正文（不少于10字）' }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Typography.Text strong>议定事项（签发后转为承办单位的督办待办，第四十一条）</Typography.Text>
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
                      <Button type="text" aria-label="删除此项" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ dueWorkdays: 10 })}>增加议定事项</Button>
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
                  {i + 1}. {d.text}（主办：{d.leadBodyName}{d.coBodyNames.length > 0 ? `；协办：${d.coBodyNames.join('、')}` : ''}；{d.dueWorkdays}个工作日）
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
      </Flex>
    </Card>
  );
}
