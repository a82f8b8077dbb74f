import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { apiPost } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { invalidateAfterDocument, useNumberRegister } from '../documents/document-data.ts';
import type { NumberRegister } from '../documents/document-types.ts';
import { beijingMinute } from '../format.ts';

type NumberRow = NumberRegister['numbers'][number];

const CSV: readonly CsvColumn<NumberRow>[] = [
  { header: '发文字号', value: (n) => n.docNumber },
  { header: '标题', value: (n) => n.title },
  { header: '状态', value: (n) => (n.status === 'void' ? '作废' : '已使用') },
  { header: '登记时间（北京时间）', value: (n) => beijingMinute(n.assignedAt) },
  { header: '登记人', value: (n) => n.assignedByName },
  { header: '作废理由', value: (n) => n.voidReason ?? '' },
];

/**
 * 发文字号登记簿: every number taken, 作废 included (never reused), and each 代字's next number; a
 * deployment going live mid-year sets a sequence's start once (audited).
 */
export function NumberRegisterPage() {
  const reg = useNumberRegister(true);
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [form] = Form.useForm<{ prefix: string; year: number; nextSeq: number; reason: string }>();
  const preset = useMutation({
    mutationFn: (v: { prefix: string; year: number; nextSeq: number; reason: string }) => apiPost('/api/document-numbers/sequences', v),
    onSuccess: () => form.resetFields(),
    onSettled: () => invalidateAfterDocument(client),
  });
  const term = search.trim();
  const numbers = (reg.data?.numbers ?? []).filter((n) => term === '' || n.docNumber.includes(term) || n.title.includes(term));

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        发文字号登记簿
      </Typography.Title>
      <Typography.Text type="secondary">发文字号由机关代字、年份和顺序号组成，每个代字每年一个序列，顺序号不编虚位；作废的文号保留在登记簿中，不再使用。</Typography.Text>
      {reg.isError && <ErrorAlert error={reg.error} title="无法读取登记簿" />}
      <Card size="small" title="各代字的下一个文号">
        <Table
          size="small"
          rowKey={(s) => `${s.prefix}-${s.year}`}
          pagination={false}
          loading={reg.isPending}
          dataSource={[...(reg.data?.sequences ?? [])]}
          locale={{ emptyText: '尚未使用任何文号' }}
          columns={[
            { title: '代字', dataIndex: 'prefix' },
            { title: '年份', dataIndex: 'year' },
            { title: '下一个文号', dataIndex: 'nextNumber' },
            { title: '起始号设定', render: (_, s) => (s.presetAt ? `${s.presetByName ?? ''}于${beijingMinute(s.presetAt)}设定` : '—') },
          ]}
        />
        <Form form={form} layout="inline" style={{ marginTop: 12, rowGap: 8 }} onFinish={(v) => preset.mutate(v)} data-testid="preset-form">
          <Form.Item name="prefix" rules={[{ required: true, message: '请填写代字' }]}>
            <Input placeholder="代字，如 云阳府发" aria-label="代字" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="year" rules={[{ required: true, message: '请填写年份' }]}>
            <InputNumber placeholder="年份" aria-label="年份" min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="nextSeq" rules={[{ required: true, message: '请填写起始顺序号' }]}>
            <InputNumber placeholder="起始顺序号" aria-label="起始顺序号" min={1} />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input placeholder="理由，如：上线前已用至86号" aria-label="理由" style={{ width: 240 }} />
          </Form.Item>
          <Button htmlType="submit" loading={preset.isPending}>
            设定起始号
          </Button>
        </Form>
        <ErrorAlert error={preset.error} />
      </Card>
      <Card size="small" title="年度发文数量（第五十六条：从严控制发文数量）">
        <Table
          size="small"
          rowKey={(c) => `${c.prefix}-${c.year}`}
          pagination={false}
          loading={reg.isPending}
          dataSource={[...(reg.data?.counts ?? [])]}
          locale={{ emptyText: '尚无发文' }}
          columns={[
            { title: '代字', dataIndex: 'prefix' },
            { title: '年份', dataIndex: 'year' },
            { title: '发文数', dataIndex: 'issued' },
            { title: '作废文号', dataIndex: 'voided' },
          ]}
        />
      </Card>
      <ListToolbar search={search} onSearch={setSearch} placeholder="按文号或标题搜索" onExport={() => downloadCsv('发文字号登记簿', numbers, CSV)} exportDisabled={numbers.length === 0} />
      <Table
        size="middle"
        rowKey="id"
        loading={reg.isPending}
        dataSource={numbers}
        columns={[
          { title: '发文字号', dataIndex: 'docNumber', width: 200 },
          { title: '标题', dataIndex: 'title', render: (t: string, n) => <Link to={`/documents/${n.documentId}`}>{t}</Link> },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => (s === 'void' ? <ToneTag tone="red">作废</ToneTag> : <ToneTag tone="green">已使用</ToneTag>) },
          { title: '登记', width: 220, render: (_, n) => `${n.assignedByName} ${beijingMinute(n.assignedAt)}` },
          { title: '作废理由', dataIndex: 'voidReason', render: (v: string | null) => v ?? '' },
        ]}
      />
    </Flex>
  );
}
