import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type AttendanceEntry, type MeetingDetail } from './meeting-data.ts';

interface AddForm {
  group: 'invited' | 'topic' | 'guest';
  topicId?: string;
  bodyId?: string;
  name?: string;
  category?: string;
  basis: string;
}

const GROUPS = [
  { value: 'guest', label: '特邀列席（新闻媒体、人大代表、政协委员、群众代表）' },
  { value: 'topic', label: '列席相关议题的单位' },
  { value: 'invited', label: '决定列席的单位或人员' },
];
const CATEGORIES = [
  { value: 'media', label: '新闻媒体' }, { value: 'npc-deputy', label: '人大代表' }, { value: 'cppcc-member', label: '政协委员' }, { value: 'citizen', label: '群众代表' },
];

/**
 * 出席与签到 (arts. 45–47, 49): members, art. 46's fixed 列席, topic units and decided guests, each
 * with who attends, leave and sign-in; the office adds attendees, signs them in on the day and
 * records the meeting held (a low turnout is a warning, ADR 0007).
 */
export function AttendanceCard({ detail, office }: { detail: MeetingDetail; office: boolean }) {
  const m = detail.meeting;
  const client = useQueryClient();
  const chart = useOrgChart();
  const [adding, setAdding] = useState(false);
  const [verdicts, setVerdicts] = useState<readonly Verdict[]>([]);
  const [form] = Form.useForm<AddForm>();
  const group = Form.useWatch('group', form);
  const add = useMutation({
    mutationFn: (v: AddForm) => apiPost(`/api/meetings/${m.id}/attendees`, v),
    onSuccess: () => {
      setAdding(false);
      form.resetFields();
    },
    onSettled: () => invalidateMeetings(client),
  });
  const sign = useMutation({ mutationFn: (entryKey: string) => apiPost(`/api/meetings/${m.id}/sign-in`, { entryKey }), onSettled: () => invalidateMeetings(client) });
  const hold = useMutation({
    mutationFn: () => apiPost(`/api/meetings/${m.id}/hold`, {}),
    onSuccess: (r: Envelope<unknown>) => setVerdicts(r.verdicts),
    onSettled: () => invalidateMeetings(client),
  });
  const units = (chart.data?.bodies ?? []).filter((b) => !['government', 'unit', 'upper'].includes(b.kind)).map((b) => ({ value: b.id, label: b.name }));
  const signedMembers = detail.attendance.filter((e) => e.group === 'member' && e.signIn).length;
  const members = detail.attendance.filter((e) => e.group === 'member').length;
  return (
    <Card
      size="small"
      title={`出席与签到（组成人员已签到${signedMembers}/${members}）`}
      data-testid="attendance"
      extra={office && m.status === 'planned' && (
        <Flex gap={8}>
          {!adding && <Button size="small" onClick={() => setAdding(true)}>增加列席</Button>}
          <Button size="small" type="primary" onClick={() => hold.mutate()} loading={hold.isPending}>登记会议召开</Button>
        </Flex>
      )}
    >
      <Flex vertical gap={8}>
        {adding && (
          <Form form={form} layout="vertical" initialValues={{ group: 'guest', basis: '' }} onFinish={(v) => add.mutate(v)} aria-label="增加列席人员">
            <Form.Item label="列席类别" name="group" rules={[{ required: true }]}>
              <Select options={GROUPS} aria-label="列席类别" showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            {group === 'guest' && (
              <Form.Item label="特邀类别" name="category" rules={[{ required: true, message: '请选择特邀类别' }]}>
                <Select options={CATEGORIES} aria-label="特邀类别" showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            )}
            {group === 'topic' && (
              <Form.Item label="议题" name="topicId" rules={[{ required: true, message: '请选择议题' }]}>
                <Select options={detail.topics.map((t) => ({ value: t.id, label: t.title }))} aria-label="议题" />
              </Form.Item>
            )}
            {group !== 'guest' && (
              <Form.Item label="单位（由主要负责人列席）" name="bodyId" rules={group === 'topic' ? [{ required: true, message: '请选择单位' }] : []}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={units} aria-label="列席单位" />
              </Form.Item>
            )}
            {group !== 'topic' && (
              <Form.Item label="姓名或单位" name="name" rules={group === 'guest' ? [{ required: true, whitespace: true, message: '请填写姓名或单位' }] : []}>
                <Input />
              </Form.Item>
            )}
            <Form.Item label="决定依据" name="basis" extra="第四十六条：根据会议内容，必要时可邀请列席；请写明决定（如“经县长同意”）。列席相关议题可不填。">
              <Input />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={add.isPending}>加入名单</Button>
              <Button onClick={() => setAdding(false)}>取消</Button>
            </Flex>
          </Form>
        )}
        <ErrorAlert error={add.error ?? sign.error ?? hold.error} />
        <Verdicts verdicts={verdicts} />
        <Table<AttendanceEntry>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={[...detail.attendance]}
          columns={[
            { title: '类别', dataIndex: 'groupLabel', width: 96 },
            {
              title: '应出席', key: 'label',
              render: (_, e) => (
                <Flex vertical>
                  <span>{e.label}{e.categoryLabel ? `（${e.categoryLabel}）` : ''}</span>
                  {e.topicTitle && <Typography.Text type="secondary">议题：{e.topicTitle}</Typography.Text>}
                  {e.basis && e.group !== 'topic' && <Typography.Text type="secondary">依据：{e.basis}</Typography.Text>}
                </Flex>
              ),
            },
            { title: '出席人', dataIndex: 'attends', width: 110, render: (v: string, e) => (e.away ? <Typography.Text className="yz-danger-text">{v || '无人出席'}</Typography.Text> : v || '—') },
            { title: '请假', key: 'leave', width: 110, render: (_, e) => (e.leave ? `${e.leave.status === 'approved' ? '已准假' : e.leave.statusLabel}${e.leave.substitute ? `，${e.leave.substitute}代会` : ''}` : '') },
            {
              title: '签到', key: 'sign', width: 130,
              render: (_, e) =>
                e.signIn ? (
                  <ToneTag tone="green">{`${e.signIn.attendedBy}${e.signIn.substitute ? '（代会）' : ''} ${beijingMinute(e.signIn.at).slice(-5)}`}</ToneTag>
                ) : office && m.status !== 'cancelled' ? (
                  <Button size="small" onClick={() => sign.mutate(e.key)} aria-label={`签到：${e.label}`}>签到</Button>
                ) : (
                  <Typography.Text type="secondary">未签到</Typography.Text>
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
