import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { apiPost, apiPut } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';

interface StudyForm {
  kind: string;
  subject: string;
  speaker: string;
  materials?: string;
}

const KINDS = [{ value: 'law', label: '集体学法' }, { value: 'integrity', label: '专题党风廉政建设' }, { value: 'party-discipline', label: '党性党纪教育' }, { value: 'directives', label: '学习传达上级指示和决定' }];

/** 会前集体学习 (arts. 17, 46(十五)): arranged by the office before a 常务会议, recorded once held. */
export function StudyCard({ detail, office }: { detail: MeetingDetail; office: boolean }) {
  const m = detail.meeting;
  const s = detail.study;
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState('');
  const save = useMutation({
    mutationFn: (v: StudyForm) =>
      apiPut(`/api/meetings/${m.id}/study`, { kind: v.kind, subject: v.subject, speaker: v.speaker, materials: (v.materials ?? '').split(/[，,、\n]/).map((x) => x.trim()).filter(Boolean) }),
    onSuccess: () => setEditing(false),
    onSettled: () => invalidateMeetings(client),
  });
  const record = useMutation({ mutationFn: () => apiPost(`/api/meetings/${m.id}/study/record`, { summary }), onSettled: () => invalidateMeetings(client) });
  if (m.kind !== 'executive' || (!s && !office)) return null;
  const started = m.started;
  return (
    <Card size="small" title="会前集体学习（第十七条、第四十六条第（十五）项）" data-testid="study"
      extra={office && m.status === 'planned' && !editing && <Button size="small" onClick={() => setEditing(true)}>{s ? '修改安排' : '安排学习'}</Button>}>
      <Flex vertical gap={8}>
        {s && !editing && (
          <Descriptions size="small" column={1} items={[
            { key: 'k', label: '类别', children: s.kindLabel },
            { key: 's', label: '内容', children: s.subject },
            { key: 'p', label: '主讲人', children: s.speaker },
            ...(s.materials.length ? [{ key: 'm', label: '材料', children: s.materials.join('、') }] : []),
            { key: 'r', label: '学习情况', children: s.summary ?? '尚未记录' },
          ]} />
        )}
        {!s && !editing && <Typography.Text type="secondary">未安排会前集体学习（根据需要可安排，原则上可安排集体学法）</Typography.Text>}
        {editing && (
          <Form<StudyForm> layout="vertical" initialValues={s ? { kind: s.kind, subject: s.subject, speaker: s.speaker, materials: s.materials.join('、') } : { kind: 'law' }} onFinish={(v) => save.mutate(v)} aria-label="安排会前集体学习">
            <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
              <Select options={KINDS} aria-label="学习类别" />
            </Form.Item>
            <Form.Item label="学习内容" name="subject" rules={[{ required: true, min: 2, message: '请填写学习内容' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="主讲人" name="speaker" rules={[{ required: true, min: 2, message: '请填写主讲人' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="学习材料（用顿号分隔）" name="materials">
              <Input />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={save.isPending}>保存</Button>
              <Button onClick={() => setEditing(false)}>取消</Button>
            </Flex>
          </Form>
        )}
        {office && s && !s.recordedAt && started && m.status !== 'cancelled' && (
          <Flex gap={8}>
            <Input aria-label="学习情况" placeholder="学习情况（主讲内容、参学人员等）" value={summary} onChange={(e) => setSummary(e.target.value)} />
            <Button onClick={() => record.mutate()} loading={record.isPending} disabled={summary.trim().length < 4}>记录学习</Button>
          </Flex>
        )}
        <ErrorAlert error={save.error ?? record.error} />
      </Flex>
    </Card>
  );
}
