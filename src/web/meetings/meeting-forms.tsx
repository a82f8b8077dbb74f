import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingIso } from '../format.ts';
import { LEADER_KINDS, useOrgChart } from '../org/org-data.ts';
import { invalidateMeetings, KIND_OPTIONS, type MeetingKind } from './meeting-data.ts';
import { useKeyWork } from '../key-work/key-work-data.ts';

type Done = (title: string, verdicts: readonly Verdict[]) => void;

function usePostOptions(filter: (kind: string) => boolean) {
  const chart = useOrgChart();
  return (chart.data?.positions ?? []).filter((p) => filter(p.kind) && p.holders.length > 0).map((p) => ({ value: p.id, label: `${p.title} ${p.holders.map((h) => h.name).join('、')}` }));
}

/** 安排会议 (the office): kind, time, place, form and chair, checked against arts. 45–48. */
export function PlanMeetingModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<{ kind: MeetingKind; title?: string; startsAt?: Dayjs; place?: string; form: 'in-person' | 'video'; chairPositionId?: string; entrustedNote?: string; onBehalfOfPositionId?: string }>();
  const client = useQueryClient();
  const kind = Form.useWatch('kind', form) ?? 'executive';
  const chairs = usePostOptions((k) => LEADER_KINDS.has(k) || k === 'office-director' || k === 'office-member');
  const leaders = usePostOptions((k) => LEADER_KINDS.has(k));
  const plan = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiPost('/api/meetings', body),
    onSuccess: (r: Envelope<unknown>) => {
      form.resetFields();
      onDone('已安排会议', r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, { startsAt: 'startsAt', place: 'place', chairPositionId: 'chairPositionId', onBehalfOfPositionId: 'onBehalfOfPositionId' }),
    onSettled: () => invalidateMeetings(client),
  });
  return (
    <Modal open={open} title="安排会议" okText="安排" cancelText="取消" width={640} confirmLoading={plan.isPending} onCancel={() => { plan.reset(); onClose(); }} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ kind: 'executive', form: 'in-person' }}
        data-testid="plan-form"
        onFinish={(v) => plan.mutate({ ...v, startsAt: v.startsAt ? beijingIso(v.startsAt) : '', title: v.title ?? '', entrustedNote: v.entrustedNote || undefined, onBehalfOfPositionId: v.onBehalfOfPositionId || undefined })}
      >
        <Form.Item label="会议类别" name="kind">
          <Select options={KIND_OPTIONS.map((o) => ({ ...o }))} aria-label="会议类别" />
        </Form.Item>
        <Form.Item label="会议名称" name="title" extra="不填则为会议类别名称，如“县政府常务会议”。">
          <Input />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="开始时间" name="startsAt" rules={[{ required: true, message: '请选择开始时间' }]} extra="北京时间">
            <DateTimePicker />
          </Form.Item>
          <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写地点' }]} style={{ flex: 1, minWidth: 200 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item label="形式" name="form" extra="全县性会议应尽可能采用视频会议形式（第五十一条第三项）。">
          <Radio.Group options={[{ value: 'in-person', label: '现场会议' }, { value: 'video', label: '视频会议' }]} />
        </Form.Item>
        <Form.Item label="主持人" name="chairPositionId" rules={[{ required: true, message: '请选择主持人' }]}>
          <Select options={chairs} showSearch={{ optionFilterProp: 'label' }} aria-label="主持人" />
        </Form.Item>
        {kind === 'executive' && (
          <Form.Item label="县长委托（常务副县长主持时填写）" name="entrustedNote" extra="常务会议由县长召集和主持，或由县长委托常务副县长召集和主持（第四十六条）。">
            <Input placeholder="如：县长11月24日委托常务副县长主持" />
          </Form.Item>
        )}
        {kind === 'special' && (
          <Form.Item label="受哪位县领导委托（办公室班子成员主持时填写）" name="onBehalfOfPositionId" extra="专题会议可委托县政府办公室相关班子成员主持（第四十八条）。">
            <Select allowClear options={leaders} showSearch={{ optionFilterProp: 'label' }} aria-label="委托的县领导" />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={plan.error} />
    </Modal>
  );
}

/** 提出议题 (a county leader, a unit's principal or the office director), with the facts the admission rules read. */
export function ProposeTopicModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const client = useQueryClient();
  const kind = (Form.useWatch('meetingKind', form) as MeetingKind | undefined) ?? 'executive';
  const leaders = usePostOptions((k) => LEADER_KINDS.has(k) || k === 'office-member' || k === 'office-director');
  const keyWork = useKeyWork(null);
  const propose = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiPost('/api/topics', body),
    onSuccess: (r: Envelope<unknown>) => {
      form.resetFields();
      onDone('已提出议题，待县长（或会议主持人）审定', r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, { title: 'title', summary: 'summary', recommendation: 'recommendation', specialChairPositionId: 'specialChairPositionId', keyWorkItemId: 'keyWorkItemId' }),
    onSettled: () => invalidateMeetings(client),
  });
  return (
    <Modal open={open} title="提出议题" okText="提出" cancelText="取消" width={680} confirmLoading={propose.isPending} onCancel={() => { propose.reset(); onClose(); }} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ meetingKind: 'executive', category: 'general', coordinated: false, unresolvedDisagreement: false, withinOwnAuthority: false }}
        data-testid="topic-form"
        onFinish={(v) => propose.mutate({ ...v, keyWorkItemId: v['meetingKind'] === 'head-office' ? (v['keyWorkItemId'] ?? undefined) : undefined, summary: v['summary'] ?? '', recommendation: v['recommendation'] ?? '', coordinated: v['coordinated'] === true, unresolvedDisagreement: v['unresolvedDisagreement'] === true, withinOwnAuthority: v['withinOwnAuthority'] === true })}
      >
        <Flex gap={16} wrap>
          <Form.Item label="提交会议" name="meetingKind" style={{ minWidth: 200 }}>
            <Select options={KIND_OPTIONS.map((o) => ({ ...o }))} aria-label="提交会议" />
          </Form.Item>
          <Form.Item label="类别" name="category">
            <Radio.Group options={[{ value: 'general', label: '一般事项' }, { value: 'normative', label: '规范性文件' }, { value: 'major-decision', label: '重大行政决策' }]} />
          </Form.Item>
        </Flex>
        {kind === 'head-office' && (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              县长办公会议的议题由县政府分管领导建议提出，报县长审核确定（第四十七条）；部门、乡镇（街道）的事项请报分管县领导提出。
            </Typography.Paragraph>
            <Form.Item label="关联的季度重点工作" name="keyWorkItemId" extra={keyWork.data ? `${keyWork.data.label}重点工作清单中的事项（可不选）。` : undefined}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label="关联的季度重点工作"
                options={(keyWork.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.seq}. ${i.title}（${i.standingLabel}）` }))}
              />
            </Form.Item>
          </>
        )}
        {kind === 'special' && (
          <Form.Item label="会议主持人" name="specialChairPositionId" rules={[{ required: true, message: '请选择专题会议主持人' }]}>
            <Select options={leaders} showSearch={{ optionFilterProp: 'label' }} aria-label="会议主持人" />
          </Form.Item>
        )}
        <Form.Item label="议题名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写议题名称' }, { min: 4, message: '至少 4 个字' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="议题内容" name="summary" extra="背景、问题和依据；没有实质性内容的议题不提交会议（第四十六条）。">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="提请会议研究的意见" name="recommendation" extra="没有明确意见的议题不提交会议（第四十六条）。">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="coordinated" valuePropName="checked" extra="会前未经协调的事项不安排县政府会议（第五十一条第一项）。">
          <Checkbox>会前已与有关单位协调</Checkbox>
        </Form.Item>
        <Form.Item name="unresolvedDisagreement" valuePropName="checked">
          <Checkbox>有关单位尚存分歧</Checkbox>
        </Form.Item>
        <Form.Item name="withinOwnAuthority" valuePropName="checked">
          <Checkbox>属于本单位（或分管领导）职权范围内可以决定的事项</Checkbox>
        </Form.Item>
      </Form>
      <ErrorAlert error={propose.error} />
    </Modal>
  );
}
