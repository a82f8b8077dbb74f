import { Flex, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { OrgChart } from '../api-types.ts';
import { DateField } from '../components/date-field.tsx';
import { chineseDate } from '../format.ts';
import { EditModal } from './edit-modal.tsx';
import { personOptions } from './org-data.ts';
import { isoDay, personName, positionOptions, SEARCHABLE, titleOf } from './org-edit-data.ts';

interface AppointValues {
  personId: string;
  positionId: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

interface AppointBody {
  readonly personId: string;
  readonly positionId: string;
  readonly validFrom: string;
  readonly validTo?: string;
}

/** 任职 (POST /api/org/appointments): an existing person to a post from a date (兼任 allowed). */
export function AppointModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  const people = personOptions(chart);
  const posts = positionOptions(chart);
  return (
    <EditModal<AppointValues, AppointBody>
      open={open}
      onClose={onClose}
      title="任职"
      okText="保存任职"
      url="/api/org/appointments"
      fields={['personId', 'positionId', 'validFrom', 'validTo']}
      initialValues={{ validFrom: dayjs(chart.date) }}
      toBody={(v) => ({ personId: v.personId, positionId: v.positionId, validFrom: isoDay(v.validFrom), ...(v.validTo ? { validTo: isoDay(v.validTo) } : {}) })}
      done={(b) => `已任职：${personName(chart, b.personId)}任${titleOf(chart, b.positionId)}，自${chineseDate(b.validFrom)}起`}
      testId="appoint-form"
    >
      <Form.Item
        label="人员"
        name="personId"
        rules={[{ required: true, message: '请选择人员' }]}
        extra={`可选${chineseDate(chart.date)}在任的人员；新人员请用“导入任职”添加。`}
      >
        <Select {...SEARCHABLE} options={people} />
      </Form.Item>
      <Form.Item label="岗位" name="positionId" rules={[{ required: true, message: '请选择岗位' }]} extra="可以兼任；县长、常务副县长、办公室主任同一时间只能一人担任。">
        <Select {...SEARCHABLE} options={posts} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item label="起始日" name="validFrom" rules={[{ required: true, message: '请选择起始日' }]}>
          <DateField />
        </Form.Item>
        <Form.Item label="截止日" name="validTo" extra="不填表示长期">
          <DateField />
        </Form.Item>
      </Flex>
    </EditModal>
  );
}
