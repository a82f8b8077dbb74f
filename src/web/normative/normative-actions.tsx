import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { NORMATIVE_KEY, type NormativeDetail } from './normative-data.ts';

interface Field {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'textarea' | 'date' | 'radio' | 'select' | 'checks';
  readonly options?: readonly { value: string; label: string }[];
  readonly required?: boolean;
  readonly extra?: string;
}

interface Command {
  readonly cmd: string;
  readonly label: string;
  readonly path: string;
  readonly primary?: boolean;
  readonly fields: (d: NormativeDetail) => readonly Field[];
}

const ta = (name: string, label: string, extra?: string): Field => ({ name, label, kind: 'textarea', required: true, ...(extra ? { extra } : {}) });

/** Each command of the lifecycle as a button and a small form; the server decides and explains. */
export const COMMANDS: readonly Command[] = [
  { cmd: 'draft', label: '提交起草稿', path: 'draft', primary: true, fields: () => [ta('text', '起草稿正文', '系统将检查疑似设定行政许可、行政处罚、行政强制或减损权益、增加义务的表述（第十九条）'), ta('explanation', '起草说明'), ta('necessity', '必要性评估'), ta('feasibility', '可行性评估')] },
  { cmd: 'resolve-flag', label: '确认疑似表述', path: 'flags/resolve', fields: (d) => [{ name: 'flagId', label: '疑似表述', kind: 'select', required: true, options: d.flags.filter((f) => !f.resolution).map((f) => ({ value: f.id, label: `${f.id}“${f.matched}”（${f.categoryLabel}）` })) }, ta('reason', '确认理由', '写明所依据的法律、法规条款，或已作的修改')] },
  { cmd: 'open-consultation', label: '公开征求意见', path: 'consultation', primary: true, fields: () => [{ name: 'lastDay', label: '截止日期（当日24时截止）', kind: 'date', required: true }, { name: 'shortenedReason', label: '缩短期限的理由（期限短于规定时填写）', kind: 'textarea' }] },
  { cmd: 'conclude-consultation', label: '登记征求意见结束', path: 'consultation/conclude', primary: true, fields: () => [] },
  { cmd: 'competition-initial', label: '公平竞争初审', path: 'competition/initial', fields: () => [ta('opinion', '初审意见')] },
  { cmd: 'competition-review', label: '公平竞争审查结论', path: 'competition/review', fields: () => [{ name: 'outcome', label: '审查结论', kind: 'radio', required: true, options: [{ value: 'pass', label: '通过' }, { value: 'fail', label: '未通过' }] }, ta('opinion', '审查意见')] },
  { cmd: 'submit-legality', label: '送请合法性审查', path: 'legality', primary: true, fields: () => [ta('legalBasis', '制定依据'), ta('procedureStatement', '履行程序情况说明'), { name: 'requestedDate', label: '要求完成审查的日期（可不填，默认为规定的最短审查时间）', kind: 'date' }] },
  { cmd: 'legality-opinion', label: '出具合法性审查意见', path: 'legality/opinion', primary: true, fields: () => [{ name: 'outcome', label: '审查结论', kind: 'radio', required: true, options: [{ value: 'lawful', label: '合法' }, { value: 'unlawful', label: '不合法，退回修改' }] }, ta('opinion', '审查意见')] },
  { cmd: 'completeness', label: '完备性审核', path: 'completeness', primary: true, fields: () => [{ name: 'outcome', label: '审核结论', kind: 'radio', required: true, options: [{ value: 'complete', label: '通过' }, { value: 'incomplete', label: '不通过，补充材料' }] }, ta('note', '审核意见')] },
  { cmd: 'propose-topic', label: '提请会议审议', path: 'topic', fields: () => [{ name: 'meetingKind', label: '会议', kind: 'radio', required: true, options: [{ value: 'executive', label: '县政府常务会议' }, { value: 'plenary', label: '县政府全体会议' }] }, ta('summary', '议题内容'), ta('recommendation', '提请会议研究的意见')] },
  { cmd: 'record-deliberation', label: '登记集体讨论决定', path: 'deliberation', primary: true, fields: () => [] },
  { cmd: 'sign', label: '签发', path: 'sign', primary: true, fields: () => [] },
  { cmd: 'number', label: '统一编号', path: 'number', primary: true, fields: () => [] },
  { cmd: 'publish', label: '公开发布', path: 'publish', primary: true, fields: () => [{ name: 'channels', label: '公开方式', kind: 'checks', required: true, options: [{ value: 'gazette', label: '县政府公报' }, { value: 'website', label: '县政府网站' }] }, { name: 'effectiveDate', label: '施行日期（默认公布当日）', kind: 'date' }, { name: 'validUntil', label: '有效期至', kind: 'date' }] },
  { cmd: 'file', label: '报送备案', path: 'filings', primary: true, fields: (d) => [{ name: 'authority', label: '备案机关', kind: 'radio', required: true, options: d.filings.filter((f) => !f.filedDate).map((f) => ({ value: f.authority, label: f.authorityLabel })) }, { name: 'items', label: '备案材料', kind: 'checks', required: true, options: d.filingItems }, { name: 'receipt', label: '备案回执号', kind: 'text' }] },
  { cmd: 'cleanup', label: '登记清理结论', path: 'cleanup', fields: () => [{ name: 'campaign', label: '清理批次', kind: 'text', required: true }, { name: 'result', label: '清理结论', kind: 'radio', required: true, options: [{ value: 'retain', label: '继续有效' }, { value: 'amend', label: '拟修改' }, { value: 'repeal', label: '废止' }, { value: 'expire', label: '宣布失效' }] }, ta('note', '理由'), { name: 'decisionRef', label: '废止决定（废止时填写）', kind: 'text' }] },
  { cmd: 'repeal', label: '废止', path: 'repeal', fields: () => [ta('reason', '废止理由'), { name: 'decisionRef', label: '废止决定（文号或会议纪要）', kind: 'text', required: true }] },
  { cmd: 'expire', label: '宣布失效', path: 'expire', fields: () => [ta('reason', '失效理由')] },
];

function bodyOf(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '' && v !== null).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
}

function CommandForm({ doc, command, onDone }: { doc: NormativeDetail; command: Command; onDone: () => void }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>(`/api/normative/${doc.id}/${command.path}`, body),
    onSuccess: async (r) => {
      const warns = r.verdicts.filter((v) => v.outcome === 'warn');
      void (warns.length > 0 ? message.warning(warns.map((v) => v.message).join('；'), 8) : message.success(`已${command.label}`));
      await Promise.all([client.invalidateQueries({ queryKey: NORMATIVE_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]);
      onDone();
    },
  });
  const fields = command.fields(doc);
  return (
    <Form form={form} layout="vertical" name={`normative-${command.cmd}`} onFinish={(v) => submit.mutate(bodyOf(v))}>
      {fields.map((f) => (
        <Form.Item key={f.name} label={f.label} name={f.name} extra={f.extra} rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : []}>
          {f.kind === 'textarea' ? <Input.TextArea rows={f.name === 'text' ? 6 : 3} />
            : f.kind === 'date' ? <Input type="date" />
            : f.kind === 'radio' ? <Radio.Group options={[...(f.options ?? [])]} />
            : f.kind === 'select' ? <Select showSearch={{ optionFilterProp: 'label' }} options={[...(f.options ?? [])]} />
            : f.kind === 'checks' ? <Checkbox.Group options={[...(f.options ?? [])]} />
            : <Input />}
        </Form.Item>
      ))}
      {submit.isError && <ErrorAlert error={submit.error} title={`未能${command.label}`} />}
      <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
        <Button onClick={onDone}>取消</Button>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {command.label}
        </Button>
      </Flex>
    </Form>
  );
}

/** The buttons of the commands the actor may give now (the server's abilities). */
export function NormativeActions({ doc }: { doc: NormativeDetail }) {
  const [open, setOpen] = useState<Command | null>(null);
  const available = COMMANDS.filter((c) => doc.abilities[c.cmd]);
  if (available.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="normative-actions">
      {available.map((c) => (
        <Button key={c.cmd} type={c.primary ? 'primary' : 'default'} onClick={() => setOpen(c)}>
          {c.label}
        </Button>
      ))}
      <Modal open={open !== null} title={open?.label} footer={null} width={680} onCancel={() => setOpen(null)} destroyOnHidden>
        {open && <CommandForm doc={doc} command={open} onDone={() => setOpen(null)} />}
      </Modal>
    </Flex>
  );
}
