import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { personOptions, useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';

const STATUS: Readonly<Record<string, string>> = { requested: '待审批', approved: '已批准', rejected: '未批准' };

/** 会议请假 (art. 49): ask to be excused, naming the deputy who attends instead when required; the approver decides here. */
export function MeetingLeaveCard({ detail }: { detail: MeetingDetail }) {
  const m = detail.meeting;
  const client = useQueryClient();
  const chart = useOrgChart();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason: string; substitutePersonId?: string }>();
  const ask = useMutation({
    mutationFn: (v: { reason: string; substitutePersonId?: string }) => apiPost(`/api/meetings/${m.id}/leave`, v),
    onSuccess: () => {
      setAsking(false);
      form.resetFields();
    },
    onSettled: () => invalidateMeetings(client),
  });
  const decide = useMutation({ mutationFn: ({ id, approve }: { id: string; approve: boolean }) => apiPost(`/api/meeting-leaves/${id}/${approve ? 'approve' : 'reject'}`, {}), onSettled: () => invalidateMeetings(client) });
  if (m.status !== 'planned' && detail.leaves.length === 0) return null;
  return (
    <Card size="small" title="会议请假（第四十九条）" data-testid="meeting-leave" extra={m.status === 'planned' && !asking && <Button size="small" onClick={() => setAsking(true)}>请假</Button>}>
      <Flex vertical gap={8}>
        {asking && (
          <Form form={form} layout="vertical" onFinish={(v) => ask.mutate({ reason: v.reason, ...(v.substitutePersonId ? { substitutePersonId: v.substitutePersonId } : {}) })}>
            <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="代为参会的分管副职" name="substitutePersonId" extra="县政府领导以外的组成人员和列席人员，须安排本单位分管副职参加。">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={personOptions(chart.data)} aria-label="代为参会的分管副职" />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={ask.isPending}>提交请假</Button>
              <Button onClick={() => setAsking(false)}>取消</Button>
            </Flex>
          </Form>
        )}
        <ErrorAlert error={ask.error ?? decide.error} />
        {detail.leaves.length === 0 ? (
          <Typography.Text type="secondary">无人请假</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={[...detail.leaves]}
            columns={[
              { title: '请假人', render: (_, l) => `${l.personName}（${l.positionTitle}）` },
              { title: '事由', dataIndex: 'reason' },
              { title: '代会', dataIndex: 'substitute', render: (v: string | null) => v ?? '—' },
              { title: '审批', render: (_, l) => `${l.approverTitle} ${STATUS[l.status] ?? l.status}` },
              {
                title: '', key: 'act', width: 150,
                render: (_, l) =>
                  l.mayDecide && (
                    <Flex gap={4}>
                      <Button size="small" type="primary" onClick={() => decide.mutate({ id: l.id, approve: true })}>批准</Button>
                      <Button size="small" onClick={() => decide.mutate({ id: l.id, approve: false })}>不批准</Button>
                    </Flex>
                  ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
