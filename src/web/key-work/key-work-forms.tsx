import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { chineseDate } from '../format.ts';
import { LEADER_KINDS, useOrgChart } from '../org/org-data.ts';
import { bodyOptions, isoDay, positionOptions, SEARCHABLE } from '../org/org-edit-data.ts';
import { invalidateKeyWork, type KeyWorkItem, type QuarterView } from './key-work-data.ts';

const TEXT = (what: string, max: number) => [
  { required: true, whitespace: true, message: `请填写${what}` },
  { min: 2, message: `${what}至少 2 个字` },
  { max, message: `不超过 ${max} 字` },
];

type Done = (title: string, verdicts: readonly Verdict[]) => void;

/** A POST from a form: on success the lists, the 待办 and the meetings are refreshed; on failure the fields or the verdicts show. */
function useSubmit<V extends object>(form: ReturnType<typeof Form.useForm<V>>[0], url: string, fields: Record<string, string>, done: string, onDone?: Done) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>(url, body),
    onSuccess: async (r: Envelope<unknown>) => {
      // The page shows the outcome with its verdicts when it asks to; otherwise a short notice.
      if (!onDone) void message.success(done);
      form.resetFields();
      await invalidateKeyWork(client);
      onDone?.(done, r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, fields),
  });
}

interface ItemValues {
  title?: string;
  target?: string;
  leadBodyId?: string;
  coBodyIds?: string[];
  leaderPositionId?: string;
  dueDate?: Dayjs | null;
  note?: string;
}

const ITEM_FIELDS = { title: 'title', target: 'target', leadBodyId: 'leadBodyId', coBodyIds: 'coBodyIds', leaderPositionId: 'leaderPositionId', dueDate: 'dueDate', note: 'note' };

/**
 * 列入清单 / 调整事项 (the office, art. 47): the work, its target, the lead unit and co-units, the
 * county leader in charge (proposed from the lead unit's 分管) and the due date. An edit sends only
 * what changed, with a note; the earlier values stay in the item's history.
 */
export function ItemForm({ quarter, item, today, onDone }: { quarter: QuarterView; item?: KeyWorkItem; today: string; onDone?: Done }) {
  const [form] = Form.useForm<ItemValues>();
  const chart = useOrgChart().data;
  const editing = item !== undefined;
  const submit = useSubmit(form, editing ? `/api/key-work/items/${encodeURIComponent(item.id)}/edit` : '/api/key-work/items', ITEM_FIELDS, editing ? '已调整，原内容已留存' : `已列入${quarter.label}重点工作清单`, onDone);
  const bodies = bodyOptions(chart);
  const leaders = positionOptions(chart, (p) => LEADER_KINDS.has(p.kind));
  const earliest = today > quarter.start ? today : quarter.start;
  const leaderOf = (bodyId: string) => chart?.positions.find((p) => LEADER_KINDS.has(p.kind) && p.portfolio.some((x) => x.bodyId === bodyId))?.id;
  const onFinish = (v: ItemValues) => {
    const body = { title: v.title?.trim(), target: v.target?.trim(), leadBodyId: v.leadBodyId, coBodyIds: v.coBodyIds ?? [], leaderPositionId: v.leaderPositionId, dueDate: isoDay(v.dueDate) };
    if (!editing) {
      submit.mutate({ ...body, year: quarter.year, quarter: quarter.quarter });
      return;
    }
    const same = (k: keyof typeof body) => JSON.stringify(body[k]) === JSON.stringify(item[k]);
    const changed = Object.fromEntries((Object.keys(body) as (keyof typeof body)[]).filter((k) => !same(k)).map((k) => [k, body[k]]));
    submit.mutate({ ...changed, note: (v.note ?? '').trim() });
  };
  return (
    <Form<ItemValues>
      form={form}
      layout="vertical"
      name={editing ? 'edit-key-work' : 'add-key-work'}
      data-testid="key-work-item-form"
      initialValues={item ? { title: item.title, target: item.target, leadBodyId: item.leadBodyId, coBodyIds: [...item.coBodyIds], leaderPositionId: item.leaderPositionId, dueDate: dayjs(item.dueDate) } : { coBodyIds: [] }}
      onValuesChange={(changed: ItemValues) => {
        // The leader in charge of the lead unit (分管) is proposed; the office may choose another.
        if (changed.leadBodyId && !form.getFieldValue('leaderPositionId')) form.setFieldValue('leaderPositionId', leaderOf(changed.leadBodyId));
      }}
      onFinish={onFinish}
    >
      <Form.Item label="工作事项" name="title" rules={TEXT('工作事项', 200)}>
        <Input />
      </Form.Item>
      <Form.Item label="目标任务和措施" name="target" rules={TEXT('目标任务和措施', 2000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item label="牵头单位" name="leadBodyId" rules={[{ required: true, message: '请选择牵头单位' }]} style={{ flex: '1 1 260px' }} extra="推进情况由牵头单位主要负责人报送（第四十七条）。">
          <Select {...SEARCHABLE} aria-label="牵头单位" options={bodies} />
        </Form.Item>
        <Form.Item label="配合单位" name="coBodyIds" style={{ flex: '1 1 260px' }}>
          <Select {...SEARCHABLE} mode="multiple" aria-label="配合单位" options={bodies} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item label="分管县领导" name="leaderPositionId" rules={[{ required: true, message: '请选择分管县领导' }]} style={{ flex: '1 1 260px' }}>
          <Select {...SEARCHABLE} aria-label="分管县领导" options={leaders} />
        </Form.Item>
        <Form.Item label="完成时限" name="dueDate" rules={[{ required: true, message: '请选择完成时限' }]} extra={`${quarter.label}末为${chineseDate(quarter.end)}；晚于季末的，季末未完成即挂单转入下季度。`}>
          <DateField aria-label="完成时限" disabledDate={(d) => d.format('YYYY-MM-DD') < earliest} />
        </Form.Item>
      </Flex>
      {editing && (
        <Form.Item label="调整说明" name="note" rules={TEXT('调整说明', 1000)}>
          <Input />
        </Form.Item>
      )}
      <Flex vertical gap={12} align="start">
        <ErrorAlert error={submit.error} />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {editing ? '保存调整' : '列入清单'}
        </Button>
      </Flex>
    </Form>
  );
}

interface ProgressValues {
  text?: string;
  reportDate?: Dayjs | null;
  status?: 'in-progress' | 'completed';
}

/** 报送推进情况 (the lead unit's principal or the office, art. 47): appended to the item's history. */
export function ProgressForm({ item, today }: { item: KeyWorkItem; today: string }) {
  const [form] = Form.useForm<ProgressValues>();
  const submit = useSubmit(form, `/api/key-work/items/${encodeURIComponent(item.id)}/progress`, { text: 'text', reportDate: 'reportDate', status: 'status' }, '已报送推进情况');
  return (
    <Card size="small" title="报送推进情况" data-testid="progress-form">
      <Form<ProgressValues>
        form={form}
        layout="vertical"
        name="key-work-progress"
        initialValues={{ reportDate: dayjs(today), status: 'in-progress' }}
        onFinish={(v) => submit.mutate({ text: (v.text ?? '').trim(), reportDate: isoDay(v.reportDate), status: v.status })}
      >
        <Form.Item label="推进情况" name="text" rules={TEXT('推进情况', 4000)}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="报送日期" name="reportDate" rules={[{ required: true, message: '请选择报送日期' }]}>
            <DateField aria-label="报送日期" disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
          </Form.Item>
          <Form.Item label="进展" name="status">
            <Radio.Group options={[{ value: 'in-progress', label: '推进中' }, { value: 'completed', label: '已完成' }]} />
          </Form.Item>
        </Flex>
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

/** 挂单 (the office, art. 47): an unfinished item of an ended quarter goes on into the current quarter. */
export function CarryOverForm({ item, current }: { item: KeyWorkItem; current: QuarterView }) {
  const [form] = Form.useForm<{ dueDate?: Dayjs | null }>();
  const submit = useSubmit(form, `/api/key-work/items/${encodeURIComponent(item.id)}/carry-over`, { dueDate: 'dueDate' }, `已挂单转入${current.label}`);
  return (
    <Card size="small" title="挂单" data-testid="carry-over-form">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {item.quarterLabel}已结束，本事项未完成。挂单后在{current.label}清单中继续推进，并与本事项相互关联；{item.quarterLabel}清单保持季末原状（第四十七条）。
      </Typography.Paragraph>
      <Form form={form} layout="inline" name="key-work-carry" initialValues={{ dueDate: dayjs(current.end) }} onFinish={(v) => submit.mutate({ dueDate: isoDay(v.dueDate) })}>
        <Form.Item label="新的完成时限" name="dueDate" rules={[{ required: true, message: '请选择完成时限' }]}>
          <DateField aria-label="新的完成时限" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          挂单转入{current.label}
        </Button>
      </Form>
      <ErrorAlert error={submit.error} />
      {submit.data && <Verdicts verdicts={submit.data.verdicts.filter((v) => v.rule !== 'pack.in-force')} />}
    </Card>
  );
}

/** 重新打开 (the office): a completion reported by mistake goes back to 推进中, with its reason (art. 47). */
export function ReopenForm({ item }: { item: KeyWorkItem }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const submit = useSubmit(form, `/api/key-work/items/${encodeURIComponent(item.id)}/reopen`, { reason: 'reason' }, '已重新打开，牵头单位的待办已恢复');
  return (
    <Card size="small" title="重新打开" data-testid="reopen-form">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        本事项已报送完成。如完成情况报送有误，可在{item.quarterLabel}内重新打开：事项恢复为推进中，{item.leadBodyName}主要负责人的待办随之恢复，理由记入推进过程（第四十七条）。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="key-work-reopen" onFinish={(v) => submit.mutate({ reason: (v.reason ?? '').trim() })}>
        <Form.Item label="重新打开的理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明重新打开的理由' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={submit.isPending}>
          重新打开
        </Button>
      </Form>
      <ErrorAlert error={submit.error} />
    </Card>
  );
}
