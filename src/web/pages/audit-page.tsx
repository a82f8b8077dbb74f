import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { apiGet, apiPost } from '../api.ts';
import type { AuditEvent, AuditVerifyReport, Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { beijingDateTime, citationLabel } from '../format.ts';
import { usePackIds } from '../components/citation.tsx';
import { can, type Session } from '../session.ts';

const SUBJECT_LABELS: Readonly<Record<string, string>> = {
  account: '账号',
  task: '待办',
  tenant: '租户',
  calendar: '节假日安排',
  person: '人员',
  position: '岗位',
  body: '机构',
};

function subjectText(e: AuditEvent): string {
  if (!e.subjectType) return '';
  const id = e.subjectId ? ` ${e.subjectId.length > 12 ? `${e.subjectId.slice(0, 8)}…` : e.subjectId}` : '';
  return `${SUBJECT_LABELS[e.subjectType] ?? e.subjectType}${id}`;
}

const OUTCOME_COLORS: Readonly<Record<Verdict['outcome'], Tone>> = { allow: 'default', warn: 'orange', block: 'red' };
const OUTCOME_LABELS: Readonly<Record<Verdict['outcome'], string>> = { allow: '允许', warn: '提示', block: '阻止' };

function VerdictCites({ verdicts }: { verdicts: readonly Verdict[] | null }) {
  const packIds = usePackIds();
  return (
    <Flex gap={4} wrap>
      {(verdicts ?? []).map((v, i) => (
        <ToneTag key={`${v.rule}-${i}`} tone={OUTCOME_COLORS[v.outcome]} title={v.message}>
          {OUTCOME_LABELS[v.outcome]} {v.cites.map((c, j) => v.citeLabels?.[j] ?? citationLabel(c, packIds)).join('、')}
        </ToneTag>
      ))}
    </Flex>
  );
}

const CSV: readonly CsvColumn<AuditEvent>[] = [
  { header: '序号', value: (e) => e.seq },
  { header: '时间（北京时间）', value: (e) => beijingDateTime(e.at) },
  { header: '类型', value: (e) => e.typeLabel },
  { header: '对象', value: (e) => (e.subjectType ? `${e.subjectType}:${e.subjectId ?? ''}` : '') },
  { header: '依据', value: (e) => (e.verdicts ?? []).map((v) => `${v.outcome} ${v.cites.join(' ')}`).join('；') },
  { header: '哈希', value: (e) => e.hash },
];

function VerifyResult({ report }: { report: AuditVerifyReport }) {
  if (report.ok) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-verify-result"
        title="审计链完整"
        description={`共校验 ${report.events} 条记录（至第 ${report.lastSeq} 条），核对密钥检查点 ${report.checkpointsChecked} 个，未发现篡改、删除、插入或截断。`}
      />
    );
  }
  const p = report.firstProblem;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      title="审计链校验未通过"
      description={p ? `首个问题${p.seq === null ? '' : `（第 ${p.seq} 条）`}：${p.message}` : '未给出具体问题'}
    />
  );
}

/** 审计: the audit log (read only), searchable and exportable, and the chain check. */
export function AuditPage({ session }: { session: Session }) {
  const [search, setSearch] = useState('');
  const [type, setType] = useState<string>('all');
  const events = useQuery({ queryKey: ['audit', 'events'], queryFn: async () => (await apiGet<AuditEvent[]>('/api/audit/events?limit=500')).data });
  const verify = useMutation({ mutationFn: async () => (await apiPost<AuditVerifyReport>('/api/audit/verify')).data });
  const types = useMemo(() => [...new Map((events.data ?? []).map((e) => [e.type, e.typeLabel])).entries()], [events.data]);
  const term = search.trim();
  const shown = useMemo(
    () =>
      (events.data ?? []).filter(
        (e) =>
          (type === 'all' || e.type === type) &&
          (term === '' ||
            [e.typeLabel, e.type, e.subjectId ?? '', ...(e.verdicts ?? []).flatMap((v) => [...v.cites, v.message])].some((s) => s.includes(term))),
      ),
    [events.data, type, term],
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          审计
        </Typography.Title>
        {can(session, 'audit:verify') && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
            校验审计链
          </Button>
        )}
      </Flex>
      {verify.data && <VerifyResult report={verify.data} />}
      <ErrorAlert error={verify.error} />
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="搜索类型、对象或条文依据"
        onExport={() => downloadCsv('审计记录', shown, CSV)}
        exportDisabled={shown.length === 0}
      >
        <Select
          aria-label="按类型筛选"
          value={type}
          onChange={setType}
          style={{ width: 180 }}
          options={[{ value: 'all', label: '全部类型' }, ...types.map(([value, label]) => ({ value, label }))]}
        />
      </ListToolbar>
      {events.isError && <ErrorAlert error={events.error} title="无法读取审计记录" />}
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={events.isPending}
        dataSource={shown}
        data-testid="audit-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '没有符合条件的审计记录' }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 70 },
          { title: '时间（北京时间）', dataIndex: 'at', width: 190, render: (t: string) => beijingDateTime(t) },
          { title: '类型', dataIndex: 'typeLabel', width: 150 },
          { title: '对象', key: 'subject', width: 170, render: (_: unknown, e) => <span title={e.subjectId ?? ''}>{subjectText(e)}</span> },
          { title: '依据', key: 'verdicts', render: (_: unknown, e) => <VerdictCites verdicts={e.verdicts} /> },
        ]}
      />
      <Typography.Text type="secondary">显示最近 500 条记录；审计记录只读，任何修改都会在校验审计链时被发现。</Typography.Text>
    </Flex>
  );
}
