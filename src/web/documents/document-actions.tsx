import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Radio } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { apiPost, type Envelope } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { IMPORTANCE_OPTIONS, invalidateAfterDocument } from './document-data.ts';
import type { DocumentDetail, DocumentView, Verdict } from './document-types.ts';

type Prompted = 'return' | 'withdraw' | 'void-number' | 'sign' | 'review';

const PROMPTS: Readonly<Record<Exclude<Prompted, 'review'>, { title: string; field: 'reason' | 'opinion'; label: string; ok: string }>> = {
  return: { title: '退回修改', field: 'reason', label: '退回理由', ok: '退回' },
  withdraw: { title: '撤销公文', field: 'reason', label: '撤销理由', ok: '撤销' },
  'void-number': { title: '作废文号', field: 'reason', label: '作废理由（文号保留在登记簿，不再使用）', ok: '作废' },
  sign: { title: '审签', field: 'opinion', label: '审签意见', ok: '提交' },
};

/** The actions the server's abilities allow, each with the form it needs; results show their verdicts. */
export function DocumentActions({ detail, onDone }: { detail: DocumentDetail; onDone: (title: string, verdicts: readonly Verdict[]) => void }) {
  const d = detail.document;
  const a = detail.abilities;
  const client = useQueryClient();
  const { message } = App.useApp();
  const [prompted, setPrompted] = useState<Prompted | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const act = useMutation({
    mutationFn: ({ cmd, body }: { cmd: string; body: unknown }) => apiPost<DocumentView>(`/api/documents/${d.id}/${cmd}`, body),
    onSuccess: (r: Envelope<DocumentView>, v) => {
      setPrompted(null);
      form.resetFields();
      void message.success('已办理');
      onDone(`${LABELS[v.cmd] ?? '已办理'}${r.data.docNumber && v.cmd === 'register' ? `：${r.data.docNumber}` : `，当前环节：${r.data.statusLabel}`}`, r.verdicts);
    },
    onSettled: () => invalidateAfterDocument(client),
  });
  const run = (cmd: string, body: unknown = {}) => act.mutate({ cmd, body });
  const open = (p: Prompted) => {
    act.reset();
    form.resetFields();
    setPrompted(p);
  };
  const waitingStep = d.route.find((s) => s.done === null);
  const lastStep = d.route.filter((s) => s.done === null).length === 1;
  const disagreements = d.route.filter((s) => s.done !== null && !s.done.agreed).map((s) => s.title);
  const signLabel = detail.waiting ? `${detail.document.route.find((s) => s.seq === detail.waiting?.seq)?.action === 'sign' ? '签发' : detail.document.route.find((s) => s.seq === detail.waiting?.seq)?.action === 'countersign' ? '会签' : '合法性审查'}` : '审签';

  return (
    <Flex gap={8} wrap data-testid="document-actions">
      {(d.status === 'drafting' && a['submit']) || (d.status === 'reviewing' && a['review']) ? (
        <Link to={`/documents/${d.id}/edit`}>
          <Button>修改</Button>
        </Link>
      ) : null}
      {a['submit'] && (
        <Button type="primary" loading={act.isPending} onClick={() => run('submit')}>
          送核稿
        </Button>
      )}
      {a['route'] && (
        <Button type="primary" loading={act.isPending} onClick={() => run('route')}>
          送会签、审签
        </Button>
      )}
      {a['review'] && (
        <Button type="primary" onClick={() => open('review')}>
          核稿
        </Button>
      )}
      {a['sign'] && (
        <Button type="primary" onClick={() => open('sign')}>
          {signLabel}
        </Button>
      )}
      {a['register'] && (
        <Popconfirm title="复核无误，登记并编号？" okText="登记编号" cancelText="取消" onConfirm={() => run('register')}>
          <Button type="primary">复核并登记编号</Button>
        </Popconfirm>
      )}
      {a['issue'] && (
        <Button type="primary" loading={act.isPending} onClick={() => run('issue')}>
          印发
        </Button>
      )}
      {a['archive'] && (
        <Button loading={act.isPending} onClick={() => run('archive')}>
          归档
        </Button>
      )}
      {a['return'] && <Button onClick={() => open('return')}>退回修改</Button>}
      {a['void-number'] && (
        <Button danger onClick={() => open('void-number')}>
          作废文号
        </Button>
      )}
      {a['withdraw'] && (
        <Button danger onClick={() => open('withdraw')}>
          撤销
        </Button>
      )}
      {!prompted && <ErrorAlert error={act.error} />}
      <Modal
        open={prompted !== null}
        title={prompted === 'review' ? '核稿' : prompted ? PROMPTS[prompted].title : ''}
        okText={prompted === 'review' ? '核稿通过，确定审签路线' : prompted ? PROMPTS[prompted].ok : ''}
        cancelText="取消"
        confirmLoading={act.isPending}
        onCancel={() => setPrompted(null)}
        onOk={() => form.submit()}
        destroyOnHidden
        width={640}
      >
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          initialValues={{ importance: d.elements.importanceProposed, oneMatterConfirmed: false, withinDepartmentPowers: false, officeSendsToDeputy: false, agreed: true }}
          onFinish={(v) => {
            if (prompted === 'review') run('review', { importance: v['importance'], oneMatterConfirmed: v['oneMatterConfirmed'] === true, consultedConfirmed: v['consultedConfirmed'] === true, withinDepartmentPowers: v['withinDepartmentPowers'] === true, officeSendsToDeputy: v['officeSendsToDeputy'] === true, note: v['note'] ?? '' });
            else if (prompted === 'sign') run('sign', { opinion: v['text'], agreed: v['agreed'] !== false, proposal: v['proposal'] ?? '' });
            else if (prompted) run(prompted, { [PROMPTS[prompted].field]: v['text'] });
          }}
        >
          {prompted === 'review' ? (
            <>
              <Form.Item label="重要程度（核稿确认）" name="importance" extra="确认后作为审签路线的依据之一，并留痕；“重大”由县长审签（第五十三条第一项）。">
                <Radio.Group options={IMPORTANCE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))} />
              </Form.Item>
              {d.elements.kind === '请示' && (
                <Form.Item name="oneMatterConfirmed" valuePropName="checked">
                  <Checkbox>已阅，本请示一文一事</Checkbox>
                </Form.Item>
              )}
              {d.elements.subjectBodyIds.length > 1 && (
                <Form.Item name="consultedConfirmed" valuePropName="checked" extra="涉及其他部门职权的，起草单位须征求意见并力求一致（《党政机关公文处理工作条例》第十九条、第二十条）。">
                  <Checkbox>已征求涉及部门意见并协商一致</Checkbox>
                </Form.Item>
              )}
              <Form.Item name="withinDepartmentPowers" valuePropName="checked" extra="属于部门职权范围的，原则上由部门自行发文（第五十六条）。">
                <Checkbox>本件事项属于单一部门职权范围</Checkbox>
              </Form.Item>
              {d.elements.issuer === 'office' && (
                <Form.Item name="officeSendsToDeputy" valuePropName="checked">
                  <Checkbox>报分管副县长审签（第五十三条第三项）</Checkbox>
                </Form.Item>
              )}
              <Form.Item label="核稿意见" name="note">
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          ) : (
            prompted && (
              <>
              {prompted === 'sign' && waitingStep?.cite === 'yunyang-2025:55' && (
                <Form.Item label="会签意见（第五十五条）" name="agreed">
                  <Radio.Group options={[{ value: true, label: '同意' }, { value: false, label: '不同意（须写明理由）' }]} />
                </Form.Item>
              )}
              {prompted === 'sign' && lastStep && disagreements.length > 0 && (
                <Form.Item
                  label="各方理据和办理意见（第五十五条）"
                  name="proposal"
                  extra={`${disagreements.join('、')}不同意。请列出各方理据，提出办理意见，报请县政府决定。`}
                  rules={[{ required: true, whitespace: true, message: '请列出各方理据并提出办理意见' }, { min: 10, message: '不少于10字' }]}
                >
                  <Input.TextArea rows={4} />
                </Form.Item>
              )}
              <Form.Item label={PROMPTS[prompted].label} name="text" rules={[{ required: true, whitespace: true, message: `请填写${PROMPTS[prompted].label.replace(/（.*）/, '')}` }, { max: 1000 }]}>
                <Input.TextArea rows={3} placeholder={prompted === 'sign' ? '如：同意' : ''} />
              </Form.Item>
              </>
            )
          )}
        </Form>
        <ErrorAlert error={act.error} />
      </Modal>
    </Flex>
  );
}

const LABELS: Readonly<Record<string, string>> = {
  submit: '已送核稿', route: '已送会签、审签', review: '核稿通过', sign: '已审签', register: '已登记编号', issue: '已印发', archive: '已归档', return: '已退回', withdraw: '已撤销', 'void-number': '文号已作废',
};
