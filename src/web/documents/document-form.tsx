import { Alert, Flex, Form, Input, Radio, Select, Switch } from 'antd';
import { useMemo } from 'react';
import type { FormInstance } from 'antd';
import { useOrgChart } from '../org/org-data.ts';
import { DOCUMENT_KINDS, IMPORTANCE_OPTIONS, MATTER_OPTIONS } from './document-data.ts';
import type { DocumentElements } from './document-types.ts';

export type DocumentFormValues = Partial<Omit<DocumentElements, 'mainRecipients' | 'ccRecipients' | 'attachmentNames' | 'subjectBodyIds' | 'subjectAreas'>> & {
  mainRecipients?: string[];
  ccRecipients?: string[];
  attachmentNames?: string[];
  subjectBodyIds?: string[];
  subjectAreas?: string[];
};

export const EMPTY_DOCUMENT: DocumentFormValues = {
  kind: '通知', issuer: 'government', urgency: '普通', mainRecipients: [], ccRecipients: [], attachmentNames: [], disclosure: '主动公开',
  disclosureReason: '', isPolicy: false, interpretation: '', matter: 'general', importanceProposed: 'ordinary', subjectBodyIds: [], subjectAreas: [], body: '', annotation: '', assignedBy: '',
};

/** The values as the API takes them. */
export function toElements(v: DocumentFormValues): DocumentElements {
  return {
    kind: v.kind ?? '通知', issuer: v.issuer ?? 'government', title: (v.title ?? '').trim(), mainRecipients: v.mainRecipients ?? [], ccRecipients: v.ccRecipients ?? [],
    urgency: v.urgency ?? '普通', body: v.body ?? '', annotation: v.annotation ?? '', attachmentNames: v.attachmentNames ?? [], disclosure: v.disclosure ?? null,
    disclosureReason: v.disclosureReason ?? '', isPolicy: v.isPolicy ?? false, interpretation: v.interpretation ?? '', matter: v.matter ?? 'general',
    importanceProposed: v.importanceProposed ?? 'ordinary', subjectBodyIds: v.subjectBodyIds ?? [], subjectAreas: v.subjectAreas ?? [],
    assignedBy: v.assignedBy ?? '',
  };
}

export const DOCUMENT_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  ['kind', 'issuer', 'title', 'mainRecipients', 'ccRecipients', 'urgency', 'body', 'annotation', 'attachmentNames', 'disclosure', 'disclosureReason', 'isPolicy', 'interpretation', 'matter', 'importanceProposed', 'subjectBodyIds', 'subjectAreas', 'assignedBy'].map((k) => [k, k]),
);

const COMMON_RECIPIENTS = ['各乡镇人民政府、街道办事处，县政府各部门，有关单位', '重庆市人民政府', '重庆市人民政府办公厅', '县人大常委会', '县政协'];

/** The elements of an outgoing document (GB/T 9704-2012), with the art. 32 and art. 53 choices. */
export function DocumentForm({ form, initial, onFinish }: { form: FormInstance<DocumentFormValues>; initial: DocumentFormValues; onFinish: (v: DocumentFormValues) => void }) {
  const chart = useOrgChart();
  const issuer = Form.useWatch('issuer', form) ?? initial.issuer;
  const disclosure = Form.useWatch('disclosure', form) ?? initial.disclosure;
  const isPolicy = Form.useWatch('isPolicy', form) ?? initial.isPolicy;
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const bodies = useMemo(
    () => (chart.data?.bodies ?? []).filter((b) => ['department', 'town', 'street', 'office', 'agency', 'unit'].includes(b.kind)).map((b) => ({ value: b.id, label: b.name })),
    [chart.data],
  );
  const areas = useMemo(() => [...new Set((chart.data?.positions ?? []).flatMap((p) => p.portfolio.flatMap((x) => (x.area ? [x.area] : []))))].map((a) => ({ value: a, label: a })), [chart.data]);
  const matters = MATTER_OPTIONS.filter((m) => m.issuer === 'both' || m.issuer === issuer).map((m) => ({ value: m.value, label: m.label }));

  return (
    <Form<DocumentFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="document-form" style={{ maxWidth: 960 }}>
      <Flex gap={16} wrap>
        <Form.Item label="文种" name="kind" rules={[{ required: true, message: '请选择文种' }]} style={{ minWidth: 160 }}>
          <Select options={DOCUMENT_KINDS.map((k) => ({ value: k, label: k }))} aria-label="文种" />
        </Form.Item>
        <Form.Item label="发文机关" name="issuer" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'government', label: '县政府' }, { value: 'office', label: '县政府办公室' }, { value: 'department', label: '本单位报送县政府' }]} />
        </Form.Item>
        <Form.Item label="紧急程度" name="urgency">
          <Radio.Group options={['普通', '加急', '特急'].map((u) => ({ value: u, label: u }))} />
        </Form.Item>
      </Flex>
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }, { min: 4, message: '标题至少 4 个字' }, { max: 200, message: '标题不超过 200 字' }]} extra="发文机关名称 + 事由 + 文种，如：云阳县人民政府关于……的通知">
        <Input />
      </Form.Item>
      <Form.Item label="主送机关" name="mainRecipients" rules={[{ required: true, type: 'array', min: 1, message: '至少填写一个主送机关' }]} extra={kind === '请示' ? '请示原则上主送一个上级机关，其他机关可以抄送。' : '可从常用项中选择，也可直接输入后回车。'}>
        <Select mode="tags" options={COMMON_RECIPIENTS.map((r) => ({ value: r, label: r }))} aria-label="主送机关" />
      </Form.Item>
      <Form.Item label="抄送机关" name="ccRecipients">
        <Select mode="tags" options={COMMON_RECIPIENTS.map((r) => ({ value: r, label: r }))} aria-label="抄送机关" />
      </Form.Item>
      <Form.Item label="正文" name="body" extra="本系统为非涉密系统：带有“绝密”“机密”“秘密”密级标志的公文不得在此拟制（第六十一条）。">
        <Input.TextArea rows={10} />
      </Form.Item>
      <Form.Item label="附件说明" name="attachmentNames" extra="依次输入附件名称，回车分隔。">
        <Select mode="tags" open={false} aria-label="附件说明" />
      </Form.Item>
      <Form.Item label="附注" name="annotation">
        <Input placeholder="如：联系人及电话" />
      </Form.Item>
      <Flex gap={16} wrap align="start">
        <Form.Item label="公开属性（第三十二条）" name="disclosure" rules={[{ required: true, message: '请选择公开属性' }]}>
          <Radio.Group options={['主动公开', '依申请公开', '不予公开'].map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        {disclosure && disclosure !== '主动公开' && (
          <Form.Item label="理由" name="disclosureReason" rules={[{ required: true, whitespace: true, message: '依申请公开、不予公开须说明理由' }, { min: 4, message: '理由至少 4 个字' }]} style={{ flex: 1, minWidth: 280 }}>
            <Input />
          </Form.Item>
        )}
      </Flex>
      <Form.Item label="涉及重大政策制定" name="isPolicy" valuePropName="checked" extra="谁起草、谁解读：政策文件须与解读材料同步审签（第三十二条）。">
        <Switch />
      </Form.Item>
      {isPolicy && (
        <Form.Item label="政策解读" name="interpretation" rules={[{ required: true, message: '请填写政策解读' }, { min: 20, message: '解读不少于 20 字' }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      )}
      {issuer === 'department' ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="报送县政府（第五十四条、第五十五条）"
            description="主送县政府或县政府办公室，通过系统报送，由本单位主要负责人审签；涉及其他部门职责的，列为涉及的部门，由其主要负责人会签。"
          />
          <Form.Item label="涉及其他部门职责的，列出相关部门" name="subjectBodyIds" style={{ minWidth: 320 }}>
            <Select mode="multiple" options={bodies} optionFilterProp="label" loading={chart.isPending} aria-label="会签部门" />
          </Form.Item>
          <Form.Item label="县政府领导同志交办情况" name="assignedBy" extra="仅在主送县政府领导同志个人时填写：写明交办的领导和时间（第五十四条）。">
            <Input />
          </Form.Item>
        </>
      ) : (
        <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="审签依据（第五十三条）"
        description="事项类别、重要程度和涉及的部门、领域决定由谁会签、审签。重要程度由拟稿人提出，县政府办公室核稿时确认；审签路线在核稿时按当时的分管分工和代为履职情况计算。"
      />
      <Flex gap={16} wrap>
        <Form.Item label="事项类别" name="matter" rules={[{ required: true }]} style={{ minWidth: 360 }}>
          <Select options={matters} aria-label="事项类别" />
        </Form.Item>
        <Form.Item label="重要程度（拟稿人提出）" name="importanceProposed">
          <Radio.Group options={IMPORTANCE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item label="涉及的部门、乡镇（街道）" name="subjectBodyIds" extra="不填则按拟稿单位确定分管领导。" style={{ flex: 1, minWidth: 320 }}>
          <Select mode="multiple" options={bodies} optionFilterProp="label" loading={chart.isPending} aria-label="涉及的部门" />
        </Form.Item>
        <Form.Item label="涉及的分管领域" name="subjectAreas" style={{ flex: 1, minWidth: 240 }}>
          <Select mode="multiple" options={areas} aria-label="涉及的分管领域" />
        </Form.Item>
      </Flex>
        </>
      )}
    </Form>
  );
}
