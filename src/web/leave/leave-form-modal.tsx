import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Flex, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { apiPost, type Envelope } from '../api.ts';
import type { AbsenceKind, LeaveItem, LeaveRequestBody } from '../api-types.ts';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingIso } from '../format.ts';
import { personOptions, useOrgChart } from '../org/org-data.ts';
import { invalidateAfterLeave, KIND_OPTIONS } from './leave-data.ts';

interface LeaveFormValues {
  kind?: AbsenceKind;
  fromAt?: Dayjs | null;
  toAt?: Dayjs | null;
  destination?: string;
  reason?: string;
  presidingPersonId?: string | null;
  lateReason?: string;
}

const FIELDS: Readonly<Record<string, string>> = {
  kind: 'kind', fromAt: 'fromAt', toAt: 'toAt', destination: 'destination', reason: 'reason', presidingPersonId: 'presidingPersonId', lateReason: 'lateReason',
};

function toBody(v: LeaveFormValues): LeaveRequestBody {
  const presiding = v.presidingPersonId ?? '';
  const late = (v.lateReason ?? '').trim();
  return {
    kind: v.kind ?? 'leave',
    fromAt: v.fromAt ? beijingIso(v.fromAt) : '',
    toAt: v.toAt ? beijingIso(v.toAt) : '',
    destination: (v.destination ?? '').trim(),
    reason: (v.reason ?? '').trim(),
    ...(presiding !== '' ? { presidingPersonId: presiding } : {}),
    ...(late !== '' ? { lateReason: late } : {}),
  };
}

/**
 * 申请 (art. 59): POST /api/leave. The server decides whether a notice period applies and whether a
 * presiding person is required; its refusals are shown here with their articles.
 */
export function LeaveFormModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (r: Envelope<LeaveItem>) => void }) {
  const [form] = Form.useForm<LeaveFormValues>();
  const client = useQueryClient();
  const chart = useOrgChart();
  const submit = useMutation({
    mutationFn: (body: LeaveRequestBody) => apiPost<LeaveItem>('/api/leave', body),
    onSuccess: (r) => {
      form.resetFields();
      onDone(r);
    },
    onError: (e) => applyFieldErrors(form, e, FIELDS),
    onSettled: () => invalidateAfterLeave(client),
  });
  const close = () => {
    submit.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title="申请请假或外出"
      okText="提交申请"
      cancelText="取消"
      width={640}
      confirmLoading={submit.isPending}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<LeaveFormValues> form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={(v) => submit.mutate(toBody(v))} data-testid="leave-form">
        <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group options={KIND_OPTIONS.map((o) => ({ value: o.value, label: o.label }))} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="出发时间" name="fromAt" rules={[{ required: true, message: '请选择出发时间' }]} extra="北京时间">
            <DateTimePicker />
          </Form.Item>
          <Form.Item label="返回时间" name="toAt" rules={[{ required: true, message: '请选择返回时间' }]} extra="北京时间">
            <DateTimePicker />
          </Form.Item>
        </Flex>
        <Form.Item label="去向" name="destination" rules={[{ required: true, whitespace: true, message: '请填写去向' }, { max: 200, message: '去向不超过 200 字' }]}>
          <Input placeholder="如：重庆市" />
        </Form.Item>
        <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }, { max: 1000, message: '事由不超过 1000 字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          label="主持工作的负责人"
          name="presidingPersonId"
          extra="部门、乡镇、街道主要负责人必填：外出期间由其主持本单位工作（第五十九条）。"
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chart.isPending}
            options={personOptions(chart.data)}
          />
        </Form.Item>
        <Form.Item
          label="未提前3天的原因"
          name="lateReason"
          extra="部门、乡镇、街道主要负责人离云外出应提前3天请假；未能提前的，请说明原因（是否逾期由系统按规则判断）。"
          rules={[{ max: 500, message: '原因不超过 500 字' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <ErrorAlert error={submit.error} />
    </Modal>
  );
}
