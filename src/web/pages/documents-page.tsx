import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { ACTION_LABELS, ISSUER_LABELS, STATUS_TONES, useDocumentList } from '../documents/document-data.ts';
import type { DocumentListItem } from '../documents/document-types.ts';
import { beijingMinute } from '../format.ts';
import { can, type Session } from '../session.ts';

type TabKey = 'todo' | 'mine' | 'all';
const OFFICE_QUEUE = new Set(['reviewing', 'rechecking', 'registered', 'issued']);

const CSV: readonly CsvColumn<DocumentListItem>[] = [
  { header: '标题', value: (d) => d.title },
  { header: '文种', value: (d) => d.kind },
  { header: '发文机关', value: (d) => ISSUER_LABELS[d.issuer] },
  { header: '状态', value: (d) => d.statusLabel },
  { header: '发文字号', value: (d) => d.docNumber ?? '' },
  { header: '拟稿人', value: (d) => d.drafterName },
  { header: '更新时间（北京时间）', value: (d) => beijingMinute(d.updatedAt) },
];

/** 发文: what waits for me (my step of a route, or the office's queue), my drafts, and — for the office — all. */
export function DocumentsPage({ session }: { session: Session }) {
  const list = useDocumentList();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const office = can(session, 'document:review');
  const all = useMemo(() => list.data ?? [], [list.data]);
  const todo = all.filter((d) => d.awaitingMe || (office && OFFICE_QUEUE.has(d.status)));
  const mine = all.filter((d) => d.mine);
  const tabs: { key: TabKey; label: string; rows: readonly DocumentListItem[] }[] = [
    { key: 'todo', label: '待我办理', rows: todo },
    { key: 'mine', label: '我拟的稿', rows: mine },
    ...(office ? [{ key: 'all' as const, label: '全部', rows: all }] : []),
  ];
  const current = tabs.find((t) => t.key === params.get('tab')) ?? tabs[0]!;
  const term = search.trim();
  const shown = current.rows.filter((d) => term === '' || [d.title, d.docNumber ?? '', d.drafterName, d.kind].some((s) => s.includes(term)));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          发文
        </Typography.Title>
        <Flex gap={8}>
          {office && (
            <Link to="/document-numbers">
              <Button>发文字号登记簿</Button>
            </Link>
          )}
          {can(session, 'document:draft') && (
            <Link to="/documents/new">
              <Button type="primary" icon={<PlusOutlined />}>
                拟稿
              </Button>
            </Link>
          )}
        </Flex>
      </Flex>
      <Tabs
        activeKey={current.key}
        onChange={(k) => setParams({ tab: k })}
        items={tabs.map((t) => ({
          key: t.key,
          label: t.key === 'todo' && t.rows.length > 0 ? <Flex gap={6} align="center">{t.label}<Badge count={t.rows.length} color="#a8071a" /></Flex> : t.label,
        }))}
      />
      <ListToolbar search={search} onSearch={setSearch} placeholder="按标题、文号或拟稿人搜索" onExport={() => downloadCsv(`发文-${current.label}`, shown, CSV)} exportDisabled={shown.length === 0} />
      {list.isError && <ErrorAlert error={list.error} title="无法读取发文列表" />}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={shown}
        locale={{ emptyText: term ? `没有与“${term}”相符的公文` : '暂无公文' }}
        columns={[
          { title: '标题', dataIndex: 'title', render: (t: string, d) => <Link to={`/documents/${d.id}`}>{t}</Link> },
          { title: '文种', dataIndex: 'kind', width: 80 },
          { title: '发文机关', dataIndex: 'issuer', width: 130, render: (v: 'government' | 'office') => ISSUER_LABELS[v] },
          {
            title: '状态', key: 'status', width: 200,
            render: (_, d) => (
              <Flex gap={4} wrap>
                <ToneTag tone={STATUS_TONES[d.status]}>{d.statusLabel}</ToneTag>
                {d.currentStep && <Typography.Text type="secondary">{d.currentStep.title}{ACTION_LABELS[d.currentStep.action]}</Typography.Text>}
              </Flex>
            ),
          },
          { title: '发文字号', dataIndex: 'docNumber', width: 190, render: (v: string | null) => v ?? '—' },
          { title: '拟稿人', dataIndex: 'drafterName', width: 90 },
          { title: '更新时间', dataIndex: 'updatedAt', width: 160, render: (v: string) => beijingMinute(v) },
        ]}
      />
    </Flex>
  );
}
