import { Flex, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { PackParameter, ParameterStatus } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { PARAMETER_STATUS_LABELS, ParameterStatusTag } from '../components/status-tags.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';

function valueText(p: PackParameter): string {
  const v = typeof p.value === 'boolean' ? (p.value ? '是' : '否') : String(p.value);
  return p.unit ? `${v} ${p.unit}` : v;
}

const CSV: readonly CsvColumn<PackParameter>[] = [
  { header: '参数', value: (p) => p.key },
  { header: '取值', value: valueText },
  { header: '来源', value: (p) => p.source },
  { header: '核实情况', value: (p) => PARAMETER_STATUS_LABELS[p.status] },
  { header: '说明', value: (p) => p.note },
];

/** The pack's parameters with their sources and verification status. */
export function ParameterTable({ parameters }: { parameters: readonly PackParameter[] }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ParameterStatus | 'all'>('all');
  const term = search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      parameters.filter(
        (p) =>
          (status === 'all' || p.status === status) &&
          (term === '' || [p.key, String(p.value), p.source, p.note].some((s) => s.toLowerCase().includes(term))),
      ),
    [parameters, status, term],
  );
  return (
    <Flex vertical gap={12}>
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="搜索参数、来源或说明"
        onExport={() => downloadCsv('规则包参数', shown, CSV)}
        exportDisabled={shown.length === 0}
      >
        <Select
          aria-label="按核实情况筛选"
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          options={[
            { value: 'all' as const, label: '全部核实情况' },
            ...(Object.keys(PARAMETER_STATUS_LABELS) as ParameterStatus[]).map((s) => ({ value: s, label: PARAMETER_STATUS_LABELS[s] })),
          ]}
        />
      </ListToolbar>
      <Table<PackParameter>
        rowKey="key"
        size="middle"
        dataSource={shown}
        data-testid="parameter-table"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '没有符合条件的参数' }}
        columns={[
          {
            title: '参数',
            dataIndex: 'key',
            width: 290,
            render: (k: string) => (
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {k}
              </Typography.Text>
            ),
          },
          { title: '取值', key: 'value', width: 120, render: (_: unknown, p) => valueText(p) },
          { title: '来源', dataIndex: 'source', width: 240, render: (src: string) => <Citation id={src} /> },
          { title: '核实情况', dataIndex: 'status', width: 110, render: (s: ParameterStatus) => <ParameterStatusTag status={s} /> },
          { title: '说明', dataIndex: 'note', render: (n: string) => <Typography.Text type="secondary">{n}</Typography.Text> },
        ]}
      />
    </Flex>
  );
}
