import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Collapse, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { DATE_ONLY, DateField } from '../components/date-field.tsx';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { DeadlineExplanation } from '../components/deadline-explanation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingIso, chineseDate } from '../format.ts';
import { useOrgChart } from '../org/org-data.ts';
import { invalidateConsultations, useWindowPreview, type SubjectType } from './consultation-data.ts';

type Done = (title: string, verdicts: readonly Verdict[]) => void;

interface Values {
  subjectType: SubjectType;
  subjectId?: string;
  title?: string;
  draftingBodyId?: string;
  affectsMarket: boolean;
  opensAt?: Dayjs | null;
  lastDay?: Dayjs | null;
  shortenedReason?: string;
  draftText?: string;
  explanation?: string;
}

const DRAFTING_KINDS = new Set(['office', 'department', 'town', 'street', 'agency']);

/**
 * 发起征求意见 (the office): the draft, its explanation, the drafting unit and the window. The least
 * window for the kind chosen is shown as the server counts it on the official calendar; a shorter one
 * needs its reason, which is published with the consultation (第二十五条, 713号第十五条).
 */
export function OpenConsultationModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const chart = useOrgChart();
  const subjectType = Form.useWatch('subjectType', form) ?? 'major-decision';
  const affectsMarket = Form.useWatch('affectsMarket', form) ?? false;
  const opensAt = Form.useWatch('opensAt', form);
  const lastDay = Form.useWatch('lastDay', form);
  const preview = useWindowPreview(subjectType, affectsMarket, opensAt ? beijingIso(opensAt) : undefined);
  const earliest = preview.data?.earliestLastDay;
  const shortened = earliest !== undefined && lastDay != null && lastDay.format(DATE_ONLY) < earliest;
  const bodies = (chart.data?.bodies ?? []).filter((b) => DRAFTING_KINDS.has(b.kind)).map((b) => ({ value: b.id, label: b.name }));
  const submit = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiPost('/api/consultations', body),
    onSuccess: (r: Envelope<unknown>) => {
      form.resetFields();
      onDone('已发布征求意见', r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, { subjectId: 'subjectId', title: 'title', draftingBodyId: 'draftingBodyId', opensAt: 'opensAt', lastDay: 'lastDay', shortenedReason: 'shortenedReason', draftText: 'draftText', explanation: 'explanation' }),
    onSettled: () => invalidateConsultations(client),
  });
  return (
    <Modal open={open} title="发起征求意见" okText="发布" cancelText="取消" width={760} confirmLoading={submit.isPending} onCancel={() => { submit.reset(); onClose(); }} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ subjectType: 'major-decision', affectsMarket: false }}
        onFinish={(v) => submit.mutate({
          subjectType: v.subjectType, subjectId: v.subjectId ?? '', title: v.title ?? '', draftingBodyId: v.draftingBodyId ?? '', affectsMarket: v.affectsMarket,
          ...(v.opensAt ? { opensAt: beijingIso(v.opensAt) } : {}), lastDay: v.lastDay ? v.lastDay.format(DATE_ONLY) : '',
          ...(shortened && v.shortenedReason ? { shortenedReason: v.shortenedReason } : {}), draftText: v.draftText ?? '', explanation: v.explanation ?? '',
        })}
      >
        <Flex gap={16} wrap>
          <Form.Item label="所属事项类别" name="subjectType">
            <Radio.Group options={[{ value: 'major-decision', label: '重大行政决策' }, { value: 'normative', label: '规范性文件' }]} />
          </Form.Item>
          <Form.Item label="所属事项编号" name="subjectId" rules={[{ required: true, whitespace: true, message: '请填写所属事项编号' }]} style={{ flex: 1, minWidth: 200 }} extra="该规范性文件或重大行政决策在其办理程序中的编号">
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input placeholder="如：云阳县城区停车收费调整方案（征求意见稿）" />
        </Form.Item>
        <Flex gap={16} wrap align="end">
          <Form.Item label="起草单位" name="draftingBodyId" rules={[{ required: true, message: '请选择起草单位' }]} style={{ flex: 1, minWidth: 220 }}>
            <Select options={bodies} showSearch={{ optionFilterProp: 'label' }} aria-label="起草单位" />
          </Form.Item>
          <Form.Item name="affectsMarket" valuePropName="checked">
            <Checkbox>与市场主体生产经营活动密切相关</Checkbox>
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="开始时间" name="opensAt" extra="不填则立即开始（北京时间）">
            <DateTimePicker />
          </Form.Item>
          <Form.Item label="截止日期" name="lastDay" rules={[{ required: true, message: '请选择截止日期' }]} extra="当日北京时间24时截止">
            <DateField />
          </Form.Item>
        </Flex>
        {preview.data && (
          <Alert
            type={shortened ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="window-preview"
            title={`最短期限：最早可于${chineseDate(preview.data.earliestLastDay)}24时截止`}
            description={
              <Flex vertical gap={4}>
                <Typography.Text>{preview.data.requirement}</Typography.Text>
                {shortened && <Typography.Text strong>所选截止日期短于上述期限，须说明缩短期限的理由，理由将随征求意见一并公开。</Typography.Text>}
                <Collapse size="small" ghost items={[{ key: 'steps', label: '逐日计算', children: <DeadlineExplanation deadline={preview.data.deadline} compact /> }]} />
              </Flex>
            }
          />
        )}
        {shortened && (
          <Form.Item label="缩短期限的理由" name="shortenedReason" extra="因情况紧急等原因需要缩短期限的，应当在公开征求意见时予以说明（《重大行政决策程序暂行条例》第十五条）">
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item label="征求意见稿" name="draftText" rules={[{ required: true, whitespace: true, message: '请填写征求意见稿正文' }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item label="起草说明" name="explanation" rules={[{ required: true, whitespace: true, message: '请填写起草说明' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
      <ErrorAlert error={submit.error} />
    </Modal>
  );
}
