import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { applyFieldErrors } from '../form-errors.ts';
import { isoDay, SEARCHABLE } from '../org/org-edit-data.ts';
import { invalidateDecisions } from './decision-data.ts';

/** One field of a step's form: what it asks, how, and whether it is needed. */
export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'textarea' | 'date' | 'select' | 'multiselect' | 'radio' | 'checkbox' | 'lines' | 'number';
  readonly options?: readonly { readonly value: string | number; readonly label: string }[];
  readonly required?: boolean;
  readonly extra?: ReactNode;
  readonly initial?: unknown;
  readonly rows?: number;
}

type Values = Record<string, unknown>;

/** The request body from the form's values: dates as YYYY-MM-DD, lines as a list, empty optional text left out. */
function bodyOf(fields: readonly FieldSpec[], v: Values): Values {
  const out: Values = {};
  for (const f of fields) {
    const x = v[f.name];
    if (f.kind === 'date') {
      const d = isoDay(x as Dayjs | null | undefined);
      if (d !== '') out[f.name] = d;
    } else if (f.kind === 'lines') {
      out[f.name] = String((x as string | undefined) ?? '').split('\n').map((s) => s.trim()).filter((s) => s !== '');
    } else if (f.kind === 'checkbox') {
      out[f.name] = x === true;
    } else if (f.kind === 'text' || f.kind === 'textarea') {
      const t = String((x as string | undefined) ?? '').trim();
      if (t !== '' || f.required) out[f.name] = t;
    } else if (x !== undefined && x !== null && x !== '') {
      out[f.name] = x;
    }
  }
  return out;
}

/**
 * A step of a dossier or of the catalogue as a form: posts to `url`; on success the lists and the
 * 待办 are refreshed and the verdicts shown (warnings stay visible); a refusal shows its field
 * errors under the fields, or the blocking verdicts with their articles.
 */
export function StepForm({ name, url, fields, submitLabel, fixed, onDone, intro }: {
  name: string; url: string; fields: readonly FieldSpec[]; submitLabel: string; fixed?: Values; intro?: ReactNode;
  onDone?: (data: unknown, verdicts: readonly Verdict[]) => void;
}) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: (body: Values) => apiPost<unknown>(url, { ...body, ...fixed }),
    onSuccess: async (r: Envelope<unknown>) => {
      void message.success(`${submitLabel}：已办理`);
      form.resetFields();
      await invalidateDecisions(client);
      onDone?.(r.data, r.verdicts);
    },
    onError: (e) => applyFieldErrors(form, e, (segments) => (segments[0] ? [segments[0]] : undefined)),
  });
  const initial = Object.fromEntries(fields.filter((f) => f.initial !== undefined).map((f) => [f.name, f.initial]));
  return (
    <Form<Values> form={form} layout="vertical" name={name} data-testid={`form-${name}`} initialValues={initial} onFinish={(v) => submit.mutate(bodyOf(fields, v))}>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          label={f.kind === 'checkbox' ? undefined : f.label}
          name={f.name}
          extra={f.extra}
          valuePropName={f.kind === 'checkbox' ? 'checked' : 'value'}
          rules={f.required ? [{ required: true, ...(f.kind === 'text' || f.kind === 'textarea' || f.kind === 'lines' ? { whitespace: true } : {}), message: `请填写${f.label}` }] : []}
        >
          {f.kind === 'text' ? <Input /> :
            f.kind === 'textarea' || f.kind === 'lines' ? <Input.TextArea rows={f.rows ?? 3} /> :
            f.kind === 'date' ? <DateField aria-label={f.label} /> :
            f.kind === 'number' ? <InputNumber aria-label={f.label} min={1} /> :
            f.kind === 'radio' ? <Radio.Group options={[...(f.options ?? [])]} /> :
            f.kind === 'checkbox' ? <Checkbox>{f.label}</Checkbox> :
            <Select {...SEARCHABLE} aria-label={f.label} mode={f.kind === 'multiselect' ? 'multiple' : undefined} options={[...(f.options ?? [])]} style={{ minWidth: 260 }} />}
        </Form.Item>
      ))}
      <Flex vertical gap={12} align="start">
        <ErrorAlert error={submit.error} />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
