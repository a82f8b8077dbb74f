import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { beijingMinute } from '../format.ts';
import { personOptions, useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, type MeetingDetail } from './meeting-data.ts';

type Leave = MeetingDetail['leaves'][number];

/** Where a request stands: with the office (art. 49), returned by it, or with the approver. */
function standing(l: Leave): string {
  if (l.status === 'at-office') return `待办公室转呈，报${l.approverTitle}`;
  if (l.status === 'sent-back') return '办公室已退回';
  return `${l.approverTitle} ${l.statusLabel}`;
}

/**
 * 会议请假 (art. 49): ask to be excused, naming the deputy who attends instead when required. A
 * county leader's request goes to the approver; anyone else's to the office, which forwards (转呈)
 * or returns (退回) it first. The office and the approver act here.
 */
export function MeetingLeaveCard({ detail }: { detail: MeetingDetail }) {
  const m = detail.meeting;
  const client = useQueryClient();
  const chart = useOrgChart();
  const [asking, setAsking] = useState(false);
  const [sendingBack, setSendingBack] = useState<Leave | null>(null);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<{ reason: string; substitutePersonId?: string }>();
  const ask = useMutation({
    mutationFn: (v: { reason: string; substitutePersonId?: string }) => apiPost(`/api/meetings/${m.id}/leave`, v),
    onSuccess: () => {
      setAsking(false);
      form.resetFields();
    },
    onSettled: () => invalidateMeetings(client),
  });
  const act = useMutation({
    mutationFn: ({ id, cmd, note }: { id: string; cmd: 'approve' | 'reject' | 'forward' | 'send-back'; note?: string }) => apiPost(`/api/meeting-leaves/${id}/${cmd}`, note === undefined ? {} : { note }),
    onSuccess: () => setSendingBack(null),
    onSettled: () => invalidateMeetings(client),
  });
  if (m.status !== 'planned' && detail.leaves.length === 0) return null;
  const acting = detail.leaves.some((l) => l.mayForward || l.mayDecide);
  return (
    <Card size="small" title="会议请假（第四十九条）" data-testid="meeting-leave" extra={m.status === 'planned' && !asking && <Button size="small" onClick={() => setAsking(true)}>请假</Button>}>
      <Flex vertical gap={8}>
        {asking && (
          <Form form={form} layout="vertical" onFinish={(v) => ask.mutate({ reason: v.reason, ...(v.substitutePersonId ? { substitutePersonId: v.substitutePersonId } : {}) })}>
            <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="代为参会的分管副职" name="substitutePersonId" extra="县政府领导以外的组成人员和列席人员，须安排本单位分管副职参加，并向县政府办公室请假，由办公室报县长或主持会议的常务副县长批准。">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={personOptions(chart.data)} aria-label="代为参会的分管副职" />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={ask.isPending}>提交请假</Button>
              <Button onClick={() => setAsking(false)}>取消</Button>
            </Flex>
          </Form>
        )}
        <ErrorAlert error={ask.error ?? (sendingBack ? null : act.error)} />
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
              { title: '代会', dataIndex: 'substitute', width: 80, render: (v: string | null) => v ?? '—' },
              { title: '审批', render: (_, l) => standing(l) },
              {
                title: '办公室', key: 'office',
                render: (_, l) => (l.officeByName && l.officeAt
                  ? `${l.officeByName} ${beijingMinute(l.officeAt)} ${l.status === 'sent-back' ? '退回' : '转呈'}${l.officeNote ? `：${l.officeNote}` : ''}`
                  : '—'),
              },
              ...(!acting ? [] : [{
                title: '', key: 'act', width: 150,
                render: (_: unknown, l: Leave) => (
                  <Flex gap={4}>
                    {l.mayForward && (
                      <>
                        <Button size="small" type="primary" onClick={() => act.mutate({ id: l.id, cmd: 'forward' })}>转呈</Button>
                        <Button size="small" onClick={() => { act.reset(); setReason(''); setSendingBack(l); }}>退回</Button>
                      </>
                    )}
                    {l.mayDecide && (
                      <>
                        <Button size="small" type="primary" onClick={() => act.mutate({ id: l.id, cmd: 'approve' })}>批准</Button>
                        <Button size="small" onClick={() => act.mutate({ id: l.id, cmd: 'reject' })}>不批准</Button>
                      </>
                    )}
                  </Flex>
                ),
              }]),
            ]}
          />
        )}
      </Flex>
      <Modal
        open={sendingBack !== null}
        title="退回会议请假"
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim().length < 2, loading: act.isPending }}
        onCancel={() => setSendingBack(null)}
        onOk={() => sendingBack && act.mutate({ id: sendingBack.id, cmd: 'send-back', note: reason })}
        destroyOnHidden
      >
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {sendingBack && <Typography.Text>{sendingBack.personName}（{sendingBack.positionTitle}）：{sendingBack.reason}</Typography.Text>}
          <Input.TextArea rows={2} aria-label="退回理由" placeholder="退回理由（必填）" value={reason} onChange={(e) => setReason(e.target.value)} />
          <ErrorAlert error={sendingBack ? act.error : null} />
        </Flex>
      </Modal>
    </Card>
  );
}
