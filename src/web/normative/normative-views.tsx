import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Flex, Form, Input, Radio, Select, Switch, Table, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { apiPost } from '../api.ts';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { NormativeActions } from './normative-actions.tsx';
import { NORMATIVE_KEY, STEP_STATE_LABELS, STEP_TONES, useNormative, type NormativeList } from './normative-data.ts';

const TABS = [
  { path: '/normative', label: '文件办理' },
  { path: '/normative/filings', label: '备案登记' },
  { path: '/normative/report', label: '部门文件备案审查年度报告' },
];

/** The three screens of 规范性文件 as links (each its own address). */
export function NormativeTabs() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="规范性文件">
      <Flex gap={16} wrap>
        {TABS.map((t) => (pathname === t.path ? <Typography.Text key={t.path} strong aria-current="page">{t.label}</Typography.Text> : <Link key={t.path} to={t.path}>{t.label}</Link>))}
      </Flex>
    </nav>
  );
}

/** One document's lifecycle: each step with its state and evidence, the next required step and what blocks it, the actions open to the reader. */
export function NormativeDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const q = useNormative(id);
  const d = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={d ? `《${d.title}》` : '规范性文件'} destroyOnHidden>
      {q.isError && <ErrorAlert error={q.error} title="无法读取规范性文件" />}
      {d && (
        <Flex vertical gap={16} data-testid="normative-detail">
          <Descriptions size="small" column={1} bordered items={[
            { key: 's', label: '状态', children: <Flex gap={8}>{d.statusLabel}{d.publicStatusLabel && <ToneTag tone="green">{d.publicStatusLabel}</ToneTag>}</Flex> },
            { key: 'n', label: '发文字号', children: d.docNumber ?? '尚未编号' },
            { key: 'i', label: '印发机关', children: d.issuerLabel },
            { key: 'l', label: '起草部门', children: `${d.leadBodyName}（主办）${d.coBodyNames.length > 0 ? `；协办：${d.coBodyNames.join('、')}` : ''}` },
            { key: 'm', label: '涉及市场主体', children: d.affectsMarket ? '是（须公平竞争审查）' : '否' },
            ...(d.topic ? [{ key: 't', label: '会议议题', children: `${d.topic.title}（${d.topic.statusLabel}）` }] : []),
          ]} />
          {d.next && (
            <Alert type="info" showIcon data-testid="normative-next" title={`下一步：${d.next.label}`} description={
              <Flex vertical gap={4}>
                {d.next.blockers.map((b) => <span key={b}>{b}</span>)}
                <Flex gap={6} wrap><span>依据：</span>{d.next.cites.map((c, i) => <Citation key={c} id={c} label={d.next?.citeLabels?.[i]} />)}</Flex>
              </Flex>
            } />
          )}
          {!d.readiness.ready && d.next && ['legality', 'completeness', 'deliberation'].includes(d.next.step) && (
            <Typography.Text type="secondary">提请会议审议前尚缺：{d.readiness.missing.join('；')}（第二十条）</Typography.Text>
          )}
          <NormativeActions doc={d} />
          <Table
            size="small"
            rowKey="step"
            pagination={false}
            dataSource={[...d.steps]}
            aria-label="办理环节"
            columns={[
              { title: '环节', key: 'label', width: 200, render: (_: unknown, s) => s.label },
              { title: '状态', key: 'state', width: 90, render: (_: unknown, s) => <ToneTag tone={STEP_TONES[s.state]}>{STEP_STATE_LABELS[s.state]}</ToneTag> },
              { title: '证据', key: 'e', render: (_: unknown, s) => (s.evidence ? <span>{s.evidence.summary}{s.evidence.by ? ` — ${s.evidence.by}` : ''}{s.evidence.at ? `，${beijingMinute(s.evidence.at)}` : ''}</span> : '—') },
              { title: '依据', key: 'c', width: 150, render: (_: unknown, s) => <Flex gap={4} wrap>{s.cites.map((c, i) => <Citation key={c} id={c} label={s.citeLabels?.[i]} />)}</Flex> },
            ]}
          />
          {d.flags.length > 0 && (
            <section aria-label="内容检查" data-testid="normative-flags">
              <Typography.Title level={4}>内容检查（第十九条）</Typography.Title>
              <ul>
                {d.flags.map((f) => (
                  <li key={f.id}>{f.id}“{f.matched}”（{f.categoryLabel}）：{f.excerpt} — {f.resolution ? `已由${f.resolution.byName}确认：${f.resolution.reason}` : <Typography.Text type="danger">未确认</Typography.Text>}</li>
                ))}
              </ul>
            </section>
          )}
          {d.filings.length > 0 && (
            <section aria-label="备案">
              <Typography.Title level={4}>备案</Typography.Title>
              <ul>
                {d.filings.map((f) => (
                  <li key={f.id}>报{f.authorityLabel}：期限至{chineseDate(f.dueDate)}（{f.dueSummary}）— {f.stateLabel}{f.filedDate ? `，${chineseDate(f.filedDate)}报送` : ''}{(f.lateDays ?? 0) > 0 ? `，逾期${f.lateDays}日` : ''}</li>
                ))}
              </ul>
            </section>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

interface InitiateValues {
  title?: string;
  issuer?: 'government' | 'office';
  leadBodyId?: string;
  coBodyIds?: string[];
  affectsMarket?: boolean;
  basis?: string;
  note?: string;
}

/** 立项 (art. 19): the office records the county government's designation of the drafting department. */
export function InitiateForm({ list, onDone }: { list: NormativeList; onDone: () => void }) {
  const [form] = Form.useForm<InitiateValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>('/api/normative', body),
    onSuccess: async () => {
      void message.success('已立项');
      await client.invalidateQueries({ queryKey: NORMATIVE_KEY });
      onDone();
    },
  });
  const bodies = list.draftingBodies.map((b) => ({ value: b.id, label: b.name }));
  return (
    <Form<InitiateValues> form={form} layout="vertical" name="normative-initiate" initialValues={{ issuer: 'government', affectsMarket: false, coBodyIds: [] }}
      onFinish={(v) => submit.mutate({ title: (v.title ?? '').trim(), issuer: v.issuer, leadBodyId: v.leadBodyId ?? '', coBodyIds: v.coBodyIds ?? [], affectsMarket: v.affectsMarket ?? false, basis: (v.basis ?? '').trim(), note: (v.note ?? '').trim() })}>
      <Form.Item label="文件名称" name="title" rules={[{ required: true, message: '请填写文件名称' }]}><Input /></Form.Item>
      <Form.Item label="印发机关" name="issuer"><Radio.Group options={[{ value: 'government', label: '县政府（云阳府规）' }, { value: 'office', label: '县政府办公室（云阳府办规）' }]} /></Form.Item>
      <Form.Item label="起草（主办）部门" name="leadBodyId" rules={[{ required: true, message: '请选择起草部门' }]} extra="由县政府指定一个部门起草；涉及两个及以上部门职权的，指定一个部门主办、其他部门协办（第十九条）。">
        <Select showSearch={{ optionFilterProp: 'label' }} options={bodies} />
      </Form.Item>
      <Form.Item label="协办部门" name="coBodyIds"><Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={bodies} /></Form.Item>
      <Form.Item label="涉及市场主体经济活动" name="affectsMarket" valuePropName="checked" extra="涉及的，征求意见不少于30日，并须经公平竞争审查。"><Switch /></Form.Item>
      <Form.Item label="立项依据" name="basis" rules={[{ required: true, message: '请填写立项依据' }]}><Input.TextArea rows={2} /></Form.Item>
      <Form.Item label="说明" name="note"><Input.TextArea rows={2} /></Form.Item>
      {submit.isError && <ErrorAlert error={submit.error} title="未能立项" />}
      <Flex justify="end" gap={8}><Button onClick={onDone}>取消</Button><Button type="primary" htmlType="submit" loading={submit.isPending}>立项</Button></Flex>
    </Form>
  );
}

interface DeptValues {
  title?: string;
  docNumber?: string;
  publishedDate?: string;
  items?: string[];
}

/** A department files its own normative document with the county government (art. 19). */
export function DepartmentFilingForm({ items, onDone }: { items: readonly { value: string; label: string }[]; onDone: () => void }) {
  const [form] = Form.useForm<DeptValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>('/api/normative/department-filings', body),
    onSuccess: async (r) => {
      const warn = r.verdicts.find((v) => v.outcome === 'warn');
      void (warn ? message.warning(warn.message, 8) : message.success('已报县政府备案'));
      await client.invalidateQueries({ queryKey: NORMATIVE_KEY });
      onDone();
    },
  });
  return (
    <Form<DeptValues> form={form} layout="vertical" name="department-filing" onFinish={(v) => submit.mutate({ title: (v.title ?? '').trim(), docNumber: (v.docNumber ?? '').trim(), publishedDate: v.publishedDate ?? '', items: v.items ?? [] })}>
      <Form.Item label="文件名称" name="title" rules={[{ required: true, message: '请填写文件名称' }]}><Input /></Form.Item>
      <Form.Item label="发文字号" name="docNumber" rules={[{ required: true, message: '请填写发文字号' }]}><Input /></Form.Item>
      <Form.Item label="公布日期" name="publishedDate" rules={[{ required: true, message: '请填写公布日期' }]}><Input type="date" /></Form.Item>
      <Form.Item label="备案材料" name="items"><Checkbox.Group options={[...items]} /></Form.Item>
      {submit.isError && <ErrorAlert error={submit.error} title="未能报送备案" />}
      <Flex justify="end" gap={8}><Button onClick={onDone}>取消</Button><Button type="primary" htmlType="submit" loading={submit.isPending}>报送备案</Button></Flex>
    </Form>
  );
}

/** The 县司法局's review of a department's filing (art. 19). */
export function ReviewForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [form] = Form.useForm<{ outcome?: string; opinion?: string }>();
  const client = useQueryClient();
  const submit = useMutation({
    mutationFn: async (body: unknown) => apiPost<unknown>(`/api/normative/department-filings/${id}/review`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: NORMATIVE_KEY });
      onDone();
    },
  });
  return (
    <Form form={form} layout="vertical" name="department-review" initialValues={{ outcome: 'accepted' }} onFinish={(v) => submit.mutate({ outcome: v.outcome, opinion: (v.opinion ?? '').trim() })}>
      <Form.Item label="审查结论" name="outcome"><Radio.Group options={[{ value: 'accepted', label: '准予备案' }, { value: 'correction', label: '发现问题，通知纠正' }]} /></Form.Item>
      <Form.Item label="审查意见" name="opinion" rules={[{ required: true, message: '请填写审查意见' }]}><Input.TextArea rows={3} /></Form.Item>
      {submit.isError && <ErrorAlert error={submit.error} title="未能登记审查结论" />}
      <Flex justify="end" gap={8}><Button onClick={onDone}>取消</Button><Button type="primary" htmlType="submit" loading={submit.isPending}>登记审查结论</Button></Flex>
    </Form>
  );
}
