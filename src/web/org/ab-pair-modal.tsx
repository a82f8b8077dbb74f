import { Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { OrgChart } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { chineseDate } from '../format.ts';
import { EditModal } from './edit-modal.tsx';
import { isoDay, positionOptions, SEARCHABLE, titleOf } from './org-edit-data.ts';

interface AbValues {
  aPositionId: string;
  bPositionId: string;
  validFrom: Dayjs;
}

interface AbBody {
  readonly aPositionId: string;
  readonly bPositionId: string;
  readonly validFrom: string;
}

/** The A post's pairs still running on or after the chart's date: the setting a new one ends. */
function CurrentB({ chart }: { chart: OrgChart }) {
  const a = Form.useWatch<string | undefined>('aPositionId');
  if (!a) return null;
  const open = chart.abPairs.filter((p) => p.aPositionId === a && (p.validTo === null || p.validTo >= chart.date));
  return (
    <Typography.Paragraph type="secondary" data-testid="ab-current">
      {open.length === 0
        ? '该岗位目前未设B角。'
        : `现设定：${open.map((p) => `B角${titleOf(chart, p.bPositionId)}，自${chineseDate(p.validFrom)}起${p.validTo ? `至${chineseDate(p.validTo)}` : ''}`).join('；')}。新设定生效后，原设定于前一日结束。`}
    </Typography.Paragraph>
  );
}

/** 设定AB角 (art. 5, POST /api/org/ab-pairs): who stands in for a post from a date. */
export function AbPairModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  const posts = positionOptions(chart);
  return (
    <EditModal<AbValues, AbBody>
      open={open}
      onClose={onClose}
      title="设定AB角"
      okText="保存AB角"
      url="/api/org/ab-pairs"
      fields={['aPositionId', 'bPositionId', 'validFrom']}
      initialValues={{ validFrom: dayjs(chart.date) }}
      toBody={(v) => ({ aPositionId: v.aPositionId, bPositionId: v.bPositionId, validFrom: isoDay(v.validFrom) })}
      done={(b) => `已设定AB角：${titleOf(chart, b.aPositionId)}的B角为${titleOf(chart, b.bPositionId)}，自${chineseDate(b.validFrom)}起`}
      testId="ab-pair-form"
    >
      <Form.Item label="A角岗位" name="aPositionId" rules={[{ required: true, message: '请选择A角岗位' }]}>
        <Select {...SEARCHABLE} options={posts} />
      </Form.Item>
      <CurrentB chart={chart} />
      <Form.Item
        label="B角岗位"
        name="bPositionId"
        rules={[{ required: true, message: '请选择B角岗位' }]}
        extra="A角不在岗时由B角代为履职（第五条）；B角不能与A角为同一人兼任。"
      >
        <Select {...SEARCHABLE} options={posts} />
      </Form.Item>
      <Form.Item label="起始日" name="validFrom" rules={[{ required: true, message: '请选择起始日' }]}>
        <DateField />
      </Form.Item>
    </EditModal>
  );
}
