import { Flex, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DelegationScope, OrgChart } from '../api-types.ts';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { beijingIso, beijingPeriod } from '../format.ts';
import { EditModal } from './edit-modal.tsx';
import { positionOptions, SCOPE_LABELS, SEARCHABLE, titleOf } from './org-edit-data.ts';

interface DelegationValues {
  fromPositionId: string;
  toPositionId: string;
  scope: DelegationScope;
  fromAt: Dayjs;
  toAt: Dayjs;
  reason: string;
}

interface DelegationBody {
  readonly fromPositionId: string;
  readonly toPositionId: string;
  readonly scope: DelegationScope;
  readonly fromAt: string;
  readonly toAt: string;
  readonly reason: string;
}

const SCOPES = (Object.keys(SCOPE_LABELS) as DelegationScope[]).map((value) => ({ value, label: SCOPE_LABELS[value] }));

/** 记录委托 (art. 5, POST /api/org/delegations): a post entrusts another for a period, in Beijing time. */
export function DelegationModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  const posts = positionOptions(chart);
  return (
    <EditModal<DelegationValues, DelegationBody>
      open={open}
      onClose={onClose}
      title="记录委托"
      okText="保存委托"
      url="/api/org/delegations"
      fields={['fromPositionId', 'toPositionId', 'scope', 'fromAt', 'toAt', 'reason']}
      initialValues={{ scope: 'presiding' }}
      toBody={(v) => ({
        fromPositionId: v.fromPositionId,
        toPositionId: v.toPositionId,
        scope: v.scope,
        fromAt: beijingIso(v.fromAt),
        toAt: beijingIso(v.toAt),
        reason: v.reason.trim(),
      })}
      done={(b) => `已记录委托：${titleOf(chart, b.fromPositionId)}委托${titleOf(chart, b.toPositionId)}${SCOPE_LABELS[b.scope]}，${beijingPeriod(b.fromAt, b.toAt)}`}
      testId="delegation-form"
    >
      <Form.Item label="委托人岗位" name="fromPositionId" rules={[{ required: true, message: '请选择委托人岗位' }]}>
        <Select {...SEARCHABLE} options={posts} />
      </Form.Item>
      <Form.Item label="受委托岗位" name="toPositionId" rules={[{ required: true, message: '请选择受委托岗位' }]}>
        <Select {...SEARCHABLE} options={posts} />
      </Form.Item>
      <Form.Item label="委托范围" name="scope" rules={[{ required: true, message: '请选择委托范围' }]}>
        <Radio.Group options={SCOPES} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item label="起始时间" name="fromAt" rules={[{ required: true, message: '请选择起始时间' }]} extra="北京时间">
          <DateTimePicker />
        </Form.Item>
        <Form.Item label="截止时间" name="toAt" rules={[{ required: true, message: '请选择截止时间' }]} extra="北京时间">
          <DateTimePicker />
        </Form.Item>
      </Flex>
      <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }, { min: 2, message: '事由至少 2 字' }, { max: 500, message: '事由不超过 500 字' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </EditModal>
  );
}
