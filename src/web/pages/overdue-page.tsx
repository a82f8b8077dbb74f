import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { apiGet } from '../api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { beijingMinute, chineseDate } from '../format.ts';
import { sourceHref } from '../workbench/task-table.tsx';

interface OverdueItem {
  readonly id: string;
  readonly title: string;
  readonly sourceType: string;
  readonly sourceId: string | null;
  readonly dueDate: string | null;
  readonly ownerTitle: string;
  readonly actingDisplay: string;
  readonly leaderTitle: string | null;
  readonly workingDaysLate: number;
  readonly escalated: boolean;
  readonly escalatedAt: string | null;
}

const CSV: readonly CsvColumn<OverdueItem>[] = [
  { header: '事项', value: (t) => t.title },
  { header: '承办岗位', value: (t) => t.ownerTitle },
  { header: '现由谁办理', value: (t) => t.actingDisplay },
  { header: '到期日', value: (t) => t.dueDate ?? '' },
  { header: '逾期工作日', value: (t) => String(t.workingDaysLate) },
  { header: '承办人的领导', value: (t) => t.leaderTitle ?? '' },
  { header: '督办时间（北京时间）', value: (t) => (t.escalatedAt ? beijingMinute(t.escalatedAt) : '') },
];

/** 逾期事项: every open 待办 past its due date (第四十条“文不过夜、事不过周”，第五十二条限时办结). */
export function OverduePage() {
  const q = useQuery({ queryKey: ['tasks', 'overdue'], queryFn: async () => (await apiGet<OverdueItem[]>('/api/tasks/overdue')).data });
  const [search, setSearch] = useState('');
  const term = search.trim();
  const rows = (q.data ?? []).filter((t) => term === '' || [t.title, t.ownerTitle, t.actingDisplay].some((s) => s.includes(term)));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        逾期事项
      </Typography.Title>
      <Typography.Text type="secondary">按“文不过夜、事不过周”（第四十条）和限时办结（第五十二条），到期未办结的事项列于此处，并已通知承办人、其领导和县政府办公室。</Typography.Text>
      <ListToolbar search={search} onSearch={setSearch} placeholder="按事项、岗位或办理人搜索" onExport={() => downloadCsv('逾期事项', rows, CSV)} exportDisabled={rows.length === 0} />
      {q.isError && <ErrorAlert error={q.error} title="无法读取逾期事项" />}
      <Table
        rowKey="id"
        size="middle"
        loading={q.isPending}
        dataSource={rows}
        locale={{ emptyText: '没有逾期事项' }}
        columns={[
          { title: '事项', dataIndex: 'title', render: (t: string, r) => {
            const href = sourceHref(r);
            return href ? <Link to={href}>{t}</Link> : t;
          } },
          { title: '承办岗位', dataIndex: 'ownerTitle', width: 220 },
          { title: '现由谁办理', dataIndex: 'actingDisplay', width: 150, render: (v: string) => v || <Typography.Text className="yz-danger-text">无人履职</Typography.Text> },
          { title: '到期日', dataIndex: 'dueDate', width: 130, render: (v: string | null) => (v ? chineseDate(v) : '—') },
          { title: '逾期', dataIndex: 'workingDaysLate', width: 110, render: (n: number) => <ToneTag tone="red">{n > 0 ? `${n} 个工作日` : '今日到期已过'}</ToneTag> },
          { title: '承办人的领导', dataIndex: 'leaderTitle', width: 200, render: (v: string | null) => v ?? '—' },
          { title: '督办', dataIndex: 'escalated', width: 90, render: (v: boolean) => (v ? '已督办' : '待巡检') },
        ]}
      />
    </Flex>
  );
}
