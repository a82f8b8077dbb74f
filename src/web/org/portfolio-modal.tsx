import { Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { OrgChart } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { chineseDate } from '../format.ts';
import { EditModal } from './edit-modal.tsx';
import { bodyOptions, isoDay, PORTFOLIO_KINDS, positionOptions, SEARCHABLE, titleOf } from './org-edit-data.ts';

type Target = 'body' | 'area';

interface PortfolioValues {
  positionId: string;
  target: Target;
  bodyId?: string;
  area?: string;
  validFrom: Dayjs;
}

interface PortfolioBody {
  readonly positionId: string;
  readonly bodyId?: string;
  readonly area?: string;
  readonly validFrom: string;
}

const TARGETS = [
  { value: 'body', label: '机构' },
  { value: 'area', label: '工作领域' },
];

/** The body select or the area input, as the radio above asks. */
function TargetField({ chart }: { chart: OrgChart }) {
  const target = Form.useWatch<Target | undefined>('target');
  return target === 'area' ? (
    <Form.Item label="分管领域" name="area" rules={[{ required: true, whitespace: true, message: '请填写分管领域' }, { max: 100, message: '不超过 100 字' }]}>
      <Input placeholder="如：乡村振兴" />
    </Form.Item>
  ) : (
    <Form.Item label="分管机构" name="bodyId" rules={[{ required: true, message: '请选择分管机构' }]}>
      <Select {...SEARCHABLE} options={bodyOptions(chart)} />
    </Form.Item>
  );
}

/** 调整分管 (art. 5, POST /api/org/portfolios): a body or area to a county leader from a date. */
export function PortfolioModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  const leaders = positionOptions(chart, (p) => PORTFOLIO_KINDS.has(p.kind));
  const bodyName = (id: string) => chart.bodies.find((b) => b.id === id)?.name ?? id;
  return (
    <EditModal<PortfolioValues, PortfolioBody>
      open={open}
      onClose={onClose}
      title="调整分管"
      okText="保存分管"
      url="/api/org/portfolios"
      fields={['positionId', 'bodyId', 'area', 'validFrom']}
      initialValues={{ target: 'body', validFrom: dayjs(chart.date) }}
      toBody={(v) => ({
        positionId: v.positionId,
        ...(v.target === 'area' ? { area: (v.area ?? '').trim() } : { bodyId: v.bodyId ?? '' }),
        validFrom: isoDay(v.validFrom),
      })}
      done={(b) => `已调整分管：${titleOf(chart, b.positionId)}自${chineseDate(b.validFrom)}起分管${b.bodyId ? bodyName(b.bodyId) : `“${b.area ?? ''}”`}`}
      testId="portfolio-form"
    >
      <Form.Item
        label="县领导岗位"
        name="positionId"
        rules={[{ required: true, message: '请选择县领导岗位' }]}
        extra="同一机构或领域同一时间只由一位县领导分管（第五条）。"
      >
        <Select {...SEARCHABLE} options={leaders} />
      </Form.Item>
      <Form.Item label="分管对象" name="target">
        <Radio.Group options={TARGETS} />
      </Form.Item>
      <TargetField chart={chart} />
      <Form.Item label="起始日" name="validFrom" rules={[{ required: true, message: '请选择起始日' }]}>
        <DateField />
      </Form.Item>
    </EditModal>
  );
}
