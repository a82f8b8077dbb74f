import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { apiPost } from '../api.ts';
import { DateField } from '../components/date-field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { chineseDate } from '../format.ts';
import { isoDay, SEARCHABLE } from '../org/org-edit-data.ts';
import { FINDINGS_KEY, type FindingDetail, type FindingList } from './findings-data.ts';

const TEXT = (what: string, max: number) => [
  { required: true, whitespace: true, message: `请填写${what}` },
  { min: 2, message: `${what}至少 2 个字` },
  { max, message: `不超过 ${max} 字` },
];

/** A POST from a form: on success the register and the 待办 are refreshed; on failure the fields or the verdicts show. */
function useSubmit<V extends object>(form: ReturnType<typeof Form.useForm<V>>[0], url: string, fields: Record<string, string>, done: string, onDone?: () => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>(url, body),
    onSuccess: async () => {
      void message.success(done);
      form.resetFields();
      await Promise.all([client.invalidateQueries({ queryKey: FINDINGS_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]);
      onDone?.();
    },
    onError: (e) => applyFieldErrors(form, e, fields),
  });
}

interface RecordValues {
  auditedBodyId?: string;
  title?: string;
  finding?: string;
  requirement?: string;
  dueDate?: Dayjs | null;
}

/** 记录审计发现 (the audit bureau, art. 9): creates the audited principal's 待办 to rectify and report (art. 35). */
export function RecordFindingForm({ list, today, onDone }: { list: FindingList; today: string; onDone: () => void }) {
  const [form] = Form.useForm<RecordValues>();
  const submit = useSubmit(form, '/api/audit-findings', { auditedBodyId: 'auditedBodyId', title: 'title', finding: 'finding', requirement: 'requirement', dueDate: 'dueDate' }, '已记录审计发现，并交被审计单位整改', onDone);
  return (
    <Form<RecordValues>
      form={form}
      layout="vertical"
      name="record-finding"
      data-testid="record-finding-form"
      onFinish={(v) => submit.mutate({
        auditedBodyId: v.auditedBodyId ?? '', title: (v.title ?? '').trim(), finding: (v.finding ?? '').trim(),
        requirement: (v.requirement ?? '').trim(), dueDate: isoDay(v.dueDate),
      })}
    >
      <Form.Item label="被审计单位" name="auditedBodyId" rules={[{ required: true, message: '请选择被审计单位' }]} extra="整改待办交该单位主要负责人岗位办理，其不在岗时由代为履职者办理。">
        <Select {...SEARCHABLE} options={list.auditableBodies.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Form.Item label="问题标题" name="title" rules={TEXT('问题标题', 200)}>
        <Input />
      </Form.Item>
      <Form.Item label="审计发现的问题" name="finding" rules={TEXT('审计发现的问题', 4000)}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item label="整改要求" name="requirement" rules={TEXT('整改要求', 2000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="整改期限" name="dueDate" rules={[{ required: true, message: '请选择整改期限' }]} extra={`须晚于今天（${today ? chineseDate(today) : ''}）`}>
        <DateField disabledDate={(d) => d.format('YYYY-MM-DD') <= today} />
      </Form.Item>
      <Flex vertical gap={12}>
        <ErrorAlert error={submit.error} />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          记录并交办整改
        </Button>
      </Flex>
    </Form>
  );
}

interface ReportValues {
  text?: string;
  reportDate?: Dayjs | null;
}

/** 报送整改情况 (the audited body, art. 35): appended to the finding's history; answers the 待办. */
export function ReportForm({ finding, today }: { finding: FindingDetail; today: string }) {
  const [form] = Form.useForm<ReportValues>();
  const submit = useSubmit(form, `/api/audit-findings/${encodeURIComponent(finding.id)}/reports`, { text: 'text', reportDate: 'reportDate' }, '已报送整改情况');
  return (
    <Card size="small" title="报送整改情况" data-testid="report-form">
      <Form<ReportValues> form={form} layout="vertical" name="report" initialValues={{ reportDate: dayjs(today) }} onFinish={(v) => submit.mutate({ text: (v.text ?? '').trim(), reportDate: isoDay(v.reportDate) })}>
        <Form.Item label="整改情况" name="text" rules={TEXT('整改情况', 4000)}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item label="报送日期" name="reportDate" rules={[{ required: true, message: '请选择报送日期' }]}>
          <DateField disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Flex vertical gap={12} align="start">
          <ErrorAlert error={submit.error} />
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            报送
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

interface ConcludeValues {
  result?: 'rectified' | 'not-rectified';
  note?: string;
}

/** 认定整改结果 (the audit bureau, art. 9). */
export function ConcludeForm({ finding }: { finding: FindingDetail }) {
  const [form] = Form.useForm<ConcludeValues>();
  const submit = useSubmit(form, `/api/audit-findings/${encodeURIComponent(finding.id)}/conclusion`, { result: 'result', note: 'note' }, '已认定整改结果');
  const options = [
    ...(finding.abilities['mark-rectified'] ? [{ value: 'rectified', label: '已整改' }] : []),
    ...(finding.abilities['mark-not-rectified'] ? [{ value: 'not-rectified', label: '未整改到位' }] : []),
  ];
  return (
    <Card size="small" title="认定整改结果" data-testid="conclude-form">
      <Form<ConcludeValues> form={form} layout="vertical" name="conclude" onFinish={(v) => submit.mutate({ result: v.result, note: (v.note ?? '').trim() })}>
        <Form.Item label="认定结果" name="result" rules={[{ required: true, message: '请选择认定结果' }]}>
          <Radio.Group options={options} />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={TEXT('说明', 2000)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Flex vertical gap={12} align="start">
          <ErrorAlert error={submit.error} />
          <Button htmlType="submit" loading={submit.isPending}>
            保存认定
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

interface FollowUpValues {
  requirement?: string;
  dueDate?: Dayjs | null;
}

/** 追加整改要求 (the audit bureau, art. 9): a new 待办 with a new due date replaces any still owed. */
export function FollowUpForm({ finding, today }: { finding: FindingDetail; today: string }) {
  const [form] = Form.useForm<FollowUpValues>();
  const submit = useSubmit(form, `/api/audit-findings/${encodeURIComponent(finding.id)}/follow-ups`, { requirement: 'requirement', dueDate: 'dueDate' }, '已追加整改要求');
  return (
    <Card size="small" title="追加整改要求" data-testid="follow-up-form">
      <Form<FollowUpValues> form={form} layout="vertical" name="follow-up" onFinish={(v) => submit.mutate({ requirement: (v.requirement ?? '').trim(), dueDate: isoDay(v.dueDate) })}>
        <Form.Item label="追加的整改要求" name="requirement" rules={TEXT('整改要求', 2000)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="新的整改期限" name="dueDate" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DateField disabledDate={(d) => d.format('YYYY-MM-DD') <= today} />
        </Form.Item>
        <Flex vertical gap={12} align="start">
          <ErrorAlert error={submit.error} />
          <Button htmlType="submit" loading={submit.isPending}>
            追加
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

interface AmendValues {
  title?: string;
  finding?: string;
  requirement?: string;
  note?: string;
}

/** 修改审计发现 (the audit bureau, art. 9): the earlier text stays in the history. */
export function AmendForm({ finding }: { finding: FindingDetail }) {
  const [form] = Form.useForm<AmendValues>();
  const submit = useSubmit(form, `/api/audit-findings/${encodeURIComponent(finding.id)}/amend`, { title: 'title', finding: 'finding', requirement: 'requirement', note: 'note' }, '已修改审计发现，原文已留存');
  const changed = (v: string | undefined, old: string) => (v !== undefined && v.trim() !== '' && v.trim() !== old ? v.trim() : undefined);
  return (
    <Card size="small" title="修改审计发现" data-testid="amend-form">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        修改后原文保留在整改过程中，不会被删除。
      </Typography.Paragraph>
      <Form<AmendValues>
        form={form}
        layout="vertical"
        name="amend"
        initialValues={{ title: finding.title, finding: finding.finding, requirement: finding.requirement }}
        onFinish={(v) => {
          const body = {
            title: changed(v.title, finding.title), finding: changed(v.finding, finding.finding), requirement: changed(v.requirement, finding.requirement), note: (v.note ?? '').trim(),
          };
          submit.mutate(Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined)));
        }}
      >
        <Form.Item label="问题标题" name="title" rules={[{ max: 200, message: '不超过 200 字' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="审计发现的问题" name="finding" rules={[{ max: 4000, message: '不超过 4000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="整改要求" name="requirement" rules={[{ max: 2000, message: '不超过 2000 字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="修改说明" name="note" rules={TEXT('修改说明', 1000)}>
          <Input />
        </Form.Item>
        <Flex vertical gap={12} align="start">
          <ErrorAlert error={submit.error} />
          <Button htmlType="submit" loading={submit.isPending}>
            保存修改
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
