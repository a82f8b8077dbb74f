import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DeadlineRequest } from '../api-types.ts';

export interface DeadlineFormValues {
  start?: Dayjs | null;
  period?: number | null;
  unit: DeadlineRequest['unit'];
  clockStops?: { range?: [Dayjs | null, Dayjs | null] | null; reason?: string }[];
}

const DATE = 'YYYY-MM-DD';

/**
 * The request as typed. Range checks (period ≥ 1, real dates, stops in order) are the server's:
 * its messages name the field and are shown under it.
 */
export function toRequest(v: DeadlineFormValues): DeadlineRequest {
  const stops = (v.clockStops ?? []).map((s) => ({
    from: s.range?.[0]?.format(DATE) ?? '',
    to: s.range?.[1]?.format(DATE) ?? '',
    reason: s.reason ?? '',
  }));
  return {
    start: v.start?.format(DATE) ?? '',
    period: v.period ?? 0,
    unit: v.unit,
    ...(stops.length > 0 ? { clockStops: stops } : {}),
  };
}

/** Server field path → form field: `period`, `clockStops.0.to` → ['clockStops', 0, 'range']. */
export function deadlineField(segments: readonly string[]): (string | number)[] | undefined {
  const [head, index, leaf] = segments;
  if (head === 'start' || head === 'period' || head === 'unit') return [head];
  if (head === 'clockStops') {
    if (index === undefined) return ['clockStops'];
    const i = Number(index);
    if (!Number.isInteger(i)) return undefined;
    return leaf === 'reason' ? ['clockStops', i, 'reason'] : ['clockStops', i, 'range'];
  }
  return undefined;
}

export function DeadlineForm({
  form,
  busy,
  onSubmit,
}: {
  form: FormInstance<DeadlineFormValues>;
  busy: boolean;
  onSubmit: (v: DeadlineFormValues) => void;
}) {
  return (
    <Form<DeadlineFormValues>
      form={form}
      layout="vertical"
      initialValues={{ unit: 'workday', clockStops: [] }}
      onFinish={onSubmit}
      data-testid="deadline-form"
    >
      <Flex gap={16} wrap align="start">
        <Form.Item label="起算日" name="start" extra="当日不计，自次日起算" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker format={DATE} placeholder="YYYY-MM-DD" style={{ width: 170 }} />
        </Form.Item>
        <Form.Item label="期间" name="period" rules={[{ required: true, message: '请输入期间' }]}>
          <InputNumber precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="单位" name="unit">
          <Select
            style={{ width: 120 }}
            options={[
              { value: 'workday', label: '工作日' },
              { value: 'day', label: '日' },
              { value: 'month', label: '月' },
            ]}
          />
        </Form.Item>
      </Flex>
      <Form.List name="clockStops">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="start" wrap>
                <Form.Item
                  label={i === 0 ? '中止期间' : undefined}
                  name={[f.name, 'range']}
                  rules={[{ required: true, message: '请选择中止的起止日期' }]}
                >
                  <DatePicker.RangePicker format={DATE} placeholder={['中止开始日', '中止结束日']} />
                </Form.Item>
                <Form.Item
                  label={i === 0 ? '事由' : undefined}
                  name={[f.name, 'reason']}
                  rules={[{ required: true, whitespace: true, message: '请填写中止事由' }]}
                >
                  <Input placeholder="如：征求第三方意见" style={{ width: 240 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label="删除此中止期间"
                  onClick={() => remove(f.name)}
                  style={i === 0 ? { marginTop: 30 } : undefined}
                />
              </Flex>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reason: '' })}>
                添加中止期间
              </Button>
            </Form.Item>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={busy}>
        计算
      </Button>
    </Form>
  );
}
