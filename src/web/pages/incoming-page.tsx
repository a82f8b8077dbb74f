import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Form, Input, Modal, Radio, Select, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { DOCUMENT_KINDS } from '../documents/document-data.ts';
import { applyFieldErrors } from '../form-errors.ts';
import { beijingMinute } from '../format.ts';
import { INCOMING_KEY, INCOMING_TONES, useIncomingList, type IncomingView } from '../incoming/incoming-data.ts';
import { can, type Session } from '../session.ts';

const CSV: readonly CsvColumn<IncomingView>[] = [
  { header: '收文号', value: (r) => r.registerNo ?? '' },
  { header: '来文单位', value: (r) => r.fromName },
  { header: '来文字号', value: (r) => r.theirNumber },
  { header: '标题', value: (r) => r.title },
  { header: '紧急程度', value: (r) => r.urgency },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '主办单位', value: (r) => r.leadBodyName ?? '' },
  { header: '办理时限', value: (r) => r.dueDate ?? '' },
  { header: '签收时间（北京时间）', value: (r) => beijingMinute(r.receivedAt) },
];

/** 收文: what waits for me (批办, 承办, 传阅) and — for the office — every letter, with 签收. */
export function IncomingPage({ session }: { session: Session }) {
  const list = useIncomingList();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [receiving, setReceiving] = useState(false);
  const office = can(session, 'incoming:handle');
  const all = list.data ?? [];
  const OFFICE_STEPS = new Set(['received', 'registered', 'accepted']);
  const todo = all.filter((r) => r.awaitingMe === true || (office && OFFICE_STEPS.has(r.status)));
  const tabs = [{ key: 'todo', label: '待我办理', rows: todo }, { key: 'all', label: '全部', rows: all }];
  const current = tabs.find((t) => t.key === params.get('tab')) ?? tabs[0]!;
  const term = search.trim();
  const shown = current.rows.filter((r) => term === '' || [r.title, r.fromName, r.registerNo ?? '', r.theirNumber].some((s) => s.includes(term)));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          收文
        </Typography.Title>
        {office && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReceiving(true)}>
            签收来文
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={current.key}
        onChange={(k) => setParams({ tab: k })}
        items={tabs.map((t) => ({ key: t.key, label: t.key === 'todo' && t.rows.length > 0 ? <Flex gap={6} align="center">{t.label}<Badge count={t.rows.length} color="#a8071a" /></Flex> : t.label }))}
      />
      <ListToolbar search={search} onSearch={setSearch} placeholder="按标题、来文单位或文号搜索" onExport={() => downloadCsv(`收文-${current.label}`, shown, CSV)} exportDisabled={shown.length === 0} />
      {list.isError && <ErrorAlert error={list.error} title="无法读取收文" />}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={shown}
        locale={{ emptyText: term ? `没有与“${term}”相符的来文` : '暂无来文' }}
        columns={[
          { title: '收文号', dataIndex: 'registerNo', width: 150, render: (v: string | null) => v ?? '待登记' },
          { title: '标题', dataIndex: 'title', render: (t: string, r) => <Link to={`/incoming/${r.id}`}>{t}</Link> },
          { title: '来文单位', dataIndex: 'fromName', width: 200 },
          { title: '紧急程度', dataIndex: 'urgency', width: 90, render: (u: string) => (u === '普通' ? '—' : <ToneTag tone="red">{u}</ToneTag>) },
          { title: '状态', dataIndex: 'status', width: 130, render: (_: string, r) => <ToneTag tone={INCOMING_TONES[r.status]}>{r.statusLabel}</ToneTag> },
          { title: '签收时间', dataIndex: 'receivedAt', width: 160, render: (v: string) => beijingMinute(v) },
        ]}
      />
      <ReceiveModal open={receiving} onClose={() => setReceiving(false)} />
    </Flex>
  );
}

/** 签收 (the office): a letter from outside the system; one with a 密级 marking is refused (第六十一条). */
function ReceiveModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Record<string, string>>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const receive = useMutation({
    mutationFn: (v: Record<string, string>) => apiPost<IncomingView>('/api/incoming', { ...v, theirNumber: v['theirNumber'] ?? '', body: v['body'] ?? '' }),
    onSuccess: (r) => {
      form.resetFields();
      onClose();
      void navigate(`/incoming/${r.data.id}`);
    },
    onError: (e) => applyFieldErrors(form, e, { fromName: 'fromName', theirNumber: 'theirNumber', kind: 'kind', title: 'title', urgency: 'urgency', body: 'body' }),
    onSettled: () => client.invalidateQueries({ queryKey: INCOMING_KEY }),
  });
  return (
    <Modal open={open} title="签收来文" okText="签收" cancelText="取消" width={640} confirmLoading={receive.isPending} onCancel={() => { receive.reset(); onClose(); }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" style={{ marginTop: 16 }} initialValues={{ kind: '通知', urgency: '普通' }} onFinish={(v) => receive.mutate(v)} data-testid="receive-form">
        <Form.Item label="来文单位" name="fromName" rules={[{ required: true, whitespace: true, message: '请填写来文单位' }]}>
          <Input />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="来文字号" name="theirNumber" style={{ flex: 1, minWidth: 220 }}>
            <Input placeholder="如：渝府办发〔2025〕12号" />
          </Form.Item>
          <Form.Item label="文种" name="kind" style={{ minWidth: 140 }}>
            <Select options={DOCUMENT_KINDS.map((k) => ({ value: k, label: k }))} aria-label="文种" />
          </Form.Item>
        </Flex>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }, { min: 4, message: '标题至少 4 个字' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="紧急程度" name="urgency">
          <Radio.Group options={['普通', '加急', '特急'].map((u) => ({ value: u, label: u }))} />
        </Form.Item>
        <Form.Item label="正文或摘要" name="body" extra="本系统为非涉密系统：标有密级的来文不予签收，请通过涉密渠道办理（第六十一条）。">
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
      <ErrorAlert error={receive.error} />
    </Modal>
  );
}
