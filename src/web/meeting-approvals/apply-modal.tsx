import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingIso } from '../format.ts';
import { ATTENDEE_OPTIONS, CONVENED_IN_OPTIONS, invalidateApprovals, type ApprovalView, type AttendeeGroup } from './approval-data.ts';

interface ApplyValues {
  title?: string;
  organiserBodyId?: string;
  convenedIn: string;
  attendees?: AttendeeGroup[];
  attendeesNote?: string;
  startsAt?: Dayjs;
  place?: string;
  form: 'in-person' | 'video';
  expectedAttendees?: number;
  durationMinutes?: number;
  countyWide: boolean;
  withinOwnDuties: boolean;
  mergeable: boolean;
  mergeNote?: string;
}

/** 申请召开工作会议 (art. 51): what the rules of art. 51 read, each field saying which clause uses it. */
export function ApplyMeetingModal(props: {
  open: boolean;
  organisers: readonly { id: string; name: string }[];
  onClose: () => void;
  onDone: (a: ApprovalView, verdicts: readonly Verdict[]) => void;
}) {
  const [form] = Form.useForm<ApplyValues>();
  const client = useQueryClient();
  const attendees = Form.useWatch('attendees', form) ?? [];
  const mergeable = Form.useWatch('mergeable', form) === true;
  const apply = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiPost<ApprovalView>('/api/meeting-approvals', body),
    onSuccess: (r: Envelope<ApprovalView>) => {
      form.resetFields();
      props.onDone(r.data, r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, { title: 'title', organiserBodyId: 'organiserBodyId', attendees: 'attendees', attendeesNote: 'attendeesNote', startsAt: 'startsAt', place: 'place', expectedAttendees: 'expectedAttendees', durationMinutes: 'durationMinutes' }),
    onSettled: () => invalidateApprovals(client),
  });
  return (
    <Modal
      open={props.open}
      title="申请召开工作会议"
      okText="提交申请"
      cancelText="取消"
      width={720}
      confirmLoading={apply.isPending}
      onCancel={() => { apply.reset(); props.onClose(); }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ organiserBodyId: props.organisers[0]?.id, convenedIn: 'own-unit', form: 'video', countyWide: false, withinOwnDuties: true, mergeable: false, expectedAttendees: 30, durationMinutes: 60 }}
        data-testid="apply-form"
        onFinish={(v) => apply.mutate({
          title: v.title ?? '', organiserBodyId: v.organiserBodyId ?? '', convenedIn: v.convenedIn, attendees: v.attendees ?? [], attendeesNote: v.attendeesNote ?? '',
          startsAt: v.startsAt ? beijingIso(v.startsAt) : '', place: v.place ?? '', form: v.form, expectedAttendees: v.expectedAttendees ?? 0, durationMinutes: v.durationMinutes ?? 0,
          countyWide: v.countyWide === true, withinOwnDuties: v.withinOwnDuties === true, mergeable: v.mergeable === true, mergeNote: v.mergeNote ?? '',
        })}
      >
        <Form.Item label="会议名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }, { min: 4, message: '至少 4 个字' }]}>
          <Input />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="主办单位" name="organiserBodyId" rules={[{ required: true, message: '请选择主办单位' }]} style={{ minWidth: 240 }}>
            <Select aria-label="主办单位" options={props.organisers.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item label="召开名义" name="convenedIn" extra="应由部门召开的全县性会议，不以县政府或县政府办公室名义召开（第五十一条第一项）。" style={{ flex: 1, minWidth: 280 }}>
            <Radio.Group options={CONVENED_IN_OPTIONS.map((o) => ({ ...o }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          label="参会人员"
          name="attendees"
          // A validator rather than `required`: antd would put aria-required on the group's plain div, which ARIA does not allow.
          rules={[{ validator: (_, v: AttendeeGroup[] | undefined) => ((v ?? []).length > 0 ? Promise.resolve() : Promise.reject(new Error('请选择参会人员'))) }]}
          extra="需乡镇（街道）行政主要负责人参加的，由办公室主任审查后报县长批准；需乡镇（街道）分管领导或县政府有关部门负责人参加的，由办公室联系班子成员或主任审查后报分管副县长批准（第五十一条第二项）。"
        >
          <Checkbox.Group options={ATTENDEE_OPTIONS.map((o) => ({ ...o }))} />
        </Form.Item>
        {attendees.includes('others') && (
          <Form.Item label="其他参会人员" name="attendeesNote" rules={[{ required: true, whitespace: true, message: '请写明其他参会人员' }]}>
            <Input />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item label="开始时间" name="startsAt" rules={[{ required: true, message: '请选择开始时间' }]} extra="北京时间">
            <DateTimePicker />
          </Form.Item>
          <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写地点' }]} style={{ flex: 1, minWidth: 200 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="形式" name="form" extra="全县性会议应尽可能采用视频会议（第五十一条第三项）。">
            <Radio.Group options={[{ value: 'video', label: '视频会议' }, { value: 'in-person', label: '现场会议' }]} />
          </Form.Item>
          <Form.Item label="预计参会人数" name="expectedAttendees" rules={[{ required: true, message: '请填写预计参会人数' }]}>
            <InputNumber min={1} max={10000} aria-label="预计参会人数" />
          </Form.Item>
          <Form.Item label="预计时长（分钟）" name="durationMinutes" rules={[{ required: true, message: '请填写预计时长' }]}>
            <InputNumber min={5} max={1440} step={15} aria-label="预计时长（分钟）" />
          </Form.Item>
        </Flex>
        <Form.Item name="countyWide" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>全县性会议</Checkbox>
        </Form.Item>
        <Form.Item name="withinOwnDuties" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>会议事项属于主办单位职责范围</Checkbox>
        </Form.Item>
        <Form.Item name="mergeable" valuePropName="checked" extra="提倡合并开会、套开会议（第五十一条第三项）。">
          <Checkbox>可与其他会议合并召开或套开</Checkbox>
        </Form.Item>
        {mergeable && (
          <Form.Item label="可合并的会议" name="mergeNote">
            <Input />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={apply.error} />
    </Modal>
  );
}
