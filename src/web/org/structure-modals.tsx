import { Form, Input, Radio, Select } from 'antd';
import { AGENCY_TYPE_LABELS, BODY_DUTY_LABELS, POSITION_KIND_LABELS } from '../../core/org/structure.ts';
import type { OrgChart } from '../api-types.ts';
import { EditModal } from './edit-modal.tsx';
import { SEARCHABLE, type Option } from './org-edit-data.ts';

const CODE_RULES = [
  { required: true, message: '请填写代码' },
  { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/, message: '代码由小写字母、数字和连字符组成（至多40个字符）' },
];

/** Kinds a new body can be given here (the government itself and outside bodies are not added from this screen). */
const NEW_BODY_KINDS: readonly Option[] = [
  { value: 'unit', label: '科室（内设机构）' },
  { value: 'agency', label: '第六十九条机构（派出机构、直属事业单位等）' },
  { value: 'department', label: '县政府工作部门' },
  { value: 'town', label: '镇人民政府' },
  { value: 'street', label: '街道办事处' },
];

const AGENCY_OPTIONS: readonly Option[] = Object.entries(AGENCY_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const DUTY_OPTIONS: readonly Option[] = Object.entries(BODY_DUTY_LABELS).map(([value, label]) => ({ value, label }));
const POSITION_KIND_OPTIONS: readonly Option[] = Object.entries(POSITION_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** Bodies of this government (not outside or upper ones), named with their path (`县政府办公室 · 秘书科`). */
function ownBodies(chart: OrgChart): Option[] {
  return chart.bodies.filter((b) => b.kind !== 'outside' && b.kind !== 'upper').map((b) => ({ value: b.id, label: b.path }));
}

interface BodyValues {
  kind: string;
  parentId?: string;
  code: string;
  name: string;
  agencyType?: string;
  duty?: string;
}

type BodyBody = Omit<BodyValues, 'parentId' | 'agencyType' | 'duty'> & { parentId?: string; agencyType?: string; duty?: string };

function AgencyField() {
  const kind = Form.useWatch<string | undefined>('kind');
  if (kind !== 'agency') return null;
  return (
    <Form.Item label="机构类别" name="agencyType" rules={[{ required: true, message: '请选择第六十九条所列的机构类别' }]} extra="第六十九条：县政府派出机构、县政府直属事业单位、部门管理机构、其他机构适用本规则。">
      <Radio.Group options={[...AGENCY_OPTIONS]} />
    </Form.Item>
  );
}

/** 新增机构 (POST /api/org/bodies): a 科室 inside a body, an art. 69 body with its category, or a department, town or street. */
export function BodyModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  const gov = chart.bodies.find((b) => b.kind === 'government');
  return (
    <EditModal<BodyValues, BodyBody>
      open={open}
      onClose={onClose}
      title="新增机构"
      okText="保存机构"
      url="/api/org/bodies"
      fields={['kind', 'parentId', 'code', 'name', 'agencyType', 'duty']}
      initialValues={{ kind: 'unit' }}
      toBody={(v) => ({
        kind: v.kind, code: v.code.trim(), name: v.name.trim(),
        ...(v.parentId ? { parentId: v.parentId } : v.kind !== 'unit' && gov ? { parentId: gov.id } : {}),
        ...(v.kind === 'agency' && v.agencyType ? { agencyType: v.agencyType } : {}),
        ...(v.duty ? { duty: v.duty } : {}),
      })}
      done={(b) => `已新增机构：${b.parentId && b.kind === 'unit' ? `${chart.bodies.find((x) => x.id === b.parentId)?.path ?? ''} · ` : ''}${b.name}`}
      testId="body-form"
    >
      <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={[...NEW_BODY_KINDS]} />
      </Form.Item>
      <AgencyField />
      <Form.Item label="所在机构" name="parentId" extra="科室必须选择所在机构；其他机构不选时隶属县人民政府。">
        <Select {...SEARCHABLE} options={ownBodies(chart)} />
      </Form.Item>
      <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { min: 2, message: '至少 2 个字' }, { max: 100, message: '不超过 100 字' }]} extra="科室只填科室名称，如“督查科”；显示为“所在机构 · 科室”。">
        <Input />
      </Form.Item>
      <Form.Item label="代码" name="code" rules={CODE_RULES} extra="唯一，如 office-dck">
        <Input />
      </Form.Item>
      <Form.Item label="承担的法定职能" name="duty" extra="可不填；每项职能只由一个机构承担。">
        <Select allowClear options={[...DUTY_OPTIONS]} />
      </Form.Item>
    </EditModal>
  );
}

interface PositionValues {
  bodyId: string;
  code: string;
  title: string;
  kind: string;
}

/** 新增岗位 (POST /api/org/positions): a post in a body or 科室, its kind from the fixed list. */
export function PositionModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  return (
    <EditModal<PositionValues, PositionValues>
      open={open}
      onClose={onClose}
      title="新增岗位"
      okText="保存岗位"
      url="/api/org/positions"
      fields={['bodyId', 'code', 'title', 'kind']}
      initialValues={{ kind: 'staff' }}
      toBody={(v) => ({ bodyId: v.bodyId, code: v.code.trim(), title: v.title.trim(), kind: v.kind })}
      done={(b) => `已新增岗位：${b.title}`}
      testId="position-form"
    >
      <Form.Item label="所在机构或科室" name="bodyId" rules={[{ required: true, message: '请选择所在机构或科室' }]}>
        <Select {...SEARCHABLE} options={ownBodies(chart)} />
      </Form.Item>
      <Form.Item label="岗位名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }, { min: 2, message: '至少 2 个字' }, { max: 100, message: '不超过 100 字' }]}>
        <Input placeholder="如：县政府办公室秘书科科长（核稿人）" />
      </Form.Item>
      <Form.Item label="岗位类别" name="kind" rules={[{ required: true, message: '请选择岗位类别' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={[...POSITION_KIND_OPTIONS]} />
      </Form.Item>
      <Form.Item label="代码" name="code" rules={CODE_RULES} extra="唯一，如 office-msk-clerk">
        <Input />
      </Form.Item>
    </EditModal>
  );
}

interface RenameValues {
  what: 'body' | 'position';
  bodyId?: string;
  positionId?: string;
  name: string;
}

interface RenameBody {
  readonly what: 'body' | 'position';
  readonly id: string;
  readonly name: string;
}

function RenameTarget({ chart }: { chart: OrgChart }) {
  const what = Form.useWatch<'body' | 'position' | undefined>('what');
  return what === 'position' ? (
    <Form.Item label="岗位" name="positionId" rules={[{ required: true, message: '请选择岗位' }]}>
      <Select {...SEARCHABLE} options={chart.positions.map((p) => ({ value: p.id, label: p.title }))} />
    </Form.Item>
  ) : (
    <Form.Item label="机构" name="bodyId" rules={[{ required: true, message: '请选择机构' }]}>
      <Select {...SEARCHABLE} options={ownBodies(chart)} />
    </Form.Item>
  );
}

/** 更名: a body or a post gets a new name; the code and place stay, the old name is in the audit record. */
export function RenameModal({ open, onClose, chart }: { open: boolean; onClose: () => void; chart: OrgChart }) {
  return (
    <EditModal<RenameValues, RenameBody>
      open={open}
      onClose={onClose}
      title="更名"
      okText="保存名称"
      url={(b) => `/api/org/${b.what === 'body' ? 'bodies' : 'positions'}/${encodeURIComponent(b.id)}/rename`}
      payload={(b) => ({ name: b.name })}
      fields={['name']}
      initialValues={{ what: 'body' }}
      toBody={(v) => ({ what: v.what, id: (v.what === 'body' ? v.bodyId : v.positionId) ?? '', name: v.name.trim() })}
      done={(b) => `已更名为“${b.name}”`}
      testId="rename-form"
    >
      <Form.Item label="对象" name="what">
        <Radio.Group options={[{ value: 'body', label: '机构' }, { value: 'position', label: '岗位' }]} />
      </Form.Item>
      <RenameTarget chart={chart} />
      <Form.Item label="新名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写新名称' }, { min: 2, message: '至少 2 个字' }, { max: 100, message: '不超过 100 字' }]}>
        <Input />
      </Form.Item>
    </EditModal>
  );
}
