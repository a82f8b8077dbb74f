import { Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleList, ArticleRow, CoverageStatus } from '../api-types.ts';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { CoverageTag } from '../components/status-tags.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { chapterLabel } from '../format.ts';

const STATUS_ORDER: readonly CoverageStatus[] = ['enforced', 'partial', 'declarative', 'planned'];

const CSV: readonly CsvColumn<ArticleRow>[] = [
  { header: '条号', value: (a) => a.label },
  { header: '章', value: (a) => chapterLabel(a.chapter) },
  { header: '执行情况', value: (a) => a.statusLabel },
  { header: '规则', value: (a) => a.rules.join(' ') },
  { header: '条文', value: (a) => a.text.join('\n') },
];

/** A line of text around the first hit of the search term, so the reader sees why it matched. */
function snippet(a: ArticleRow, term: string): string {
  if (term === '') return a.excerpt;
  const all = a.text.join('');
  const i = all.indexOf(term);
  if (i < 0) return a.excerpt;
  const from = Math.max(0, i - 20);
  return `${from > 0 ? '…' : ''}${all.slice(from, i + term.length + 40)}…`;
}

/** 条文: every article by chapter, with coverage status and the rules enforcing it; filter, search, export. */
export function ArticleListView({ list }: { list: ArticleList }) {
  const [search, setSearch] = useState('');
  const [chapter, setChapter] = useState<number | 'all'>('all');
  const [status, setStatus] = useState<CoverageStatus | 'all'>('all');
  const labels = useMemo(() => new Map(list.articles.map((a) => [a.status, a.statusLabel])), [list]);
  const term = search.trim();
  const shown = useMemo(
    () =>
      list.articles.filter(
        (a) =>
          (chapter === 'all' || a.chapter.number === chapter) &&
          (status === 'all' || a.status === status) &&
          (term === '' || a.label.includes(term) || a.text.some((p) => p.includes(term)) || a.rules.some((r) => r.includes(term))),
      ),
    [list, chapter, status, term],
  );

  return (
    <Flex vertical gap={12}>
      <Space wrap size={[16, 8]} data-testid="coverage-counts">
        <Typography.Text>共 {list.articles.length} 条：</Typography.Text>
        {STATUS_ORDER.map((s) => (
          <span key={s}>
            <CoverageTag status={s} label={labels.get(s) ?? s} /> {list.counts[s]} 条
          </span>
        ))}
      </Space>
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="搜索条文内容、条号或规则"
        onExport={() => downloadCsv('条文库', shown, CSV)}
        exportDisabled={shown.length === 0}
      >
        <Select
          aria-label="按章筛选"
          value={chapter}
          onChange={setChapter}
          style={{ width: 220 }}
          options={[{ value: 'all' as const, label: '全部章节' }, ...list.chapters.map((c) => ({ value: c.number, label: chapterLabel(c) }))]}
        />
        <Select
          aria-label="按执行情况筛选"
          value={status}
          onChange={setStatus}
          style={{ width: 150 }}
          options={[{ value: 'all' as const, label: '全部执行情况' }, ...STATUS_ORDER.map((s) => ({ value: s, label: labels.get(s) ?? s }))]}
        />
      </ListToolbar>
      <Table<ArticleRow>
        rowKey="number"
        size="middle"
        dataSource={shown}
        data-testid="article-table"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: term ? `没有包含“${term}”的条文` : '没有符合条件的条文' }}
        columns={[
          { title: '条号', dataIndex: 'label', width: 110, render: (label: string, a) => <Link to={`/law/${a.number}`}>{label}</Link> },
          { title: '章', key: 'chapter', width: 230, render: (_: unknown, a) => chapterLabel(a.chapter) },
          { title: '内容', key: 'text', render: (_: unknown, a) => <Typography.Text>{snippet(a, term)}</Typography.Text> },
          { title: '执行情况', key: 'status', width: 110, render: (_: unknown, a) => <CoverageTag status={a.status} label={a.statusLabel} /> },
          {
            title: '执行规则',
            key: 'rules',
            width: 200,
            render: (_: unknown, a) => (
              <Flex gap={4} wrap>
                {a.rules.map((r) => (
                  <Tag key={r} style={{ fontFamily: 'monospace' }}>
                    {r}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
