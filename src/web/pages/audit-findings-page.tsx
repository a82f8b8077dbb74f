import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Modal, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { downloadCsv } from '../csv.ts';
import { chineseDate } from '../format.ts';
import { FindingDrawer } from '../audit-findings/finding-drawer.tsx';
import { RecordFindingForm } from '../audit-findings/finding-forms.tsx';
import { FINDINGS_CSV, STATUS_OPTIONS, STATUS_TONES, useFindings, type FindingItem, type FindingStatus } from '../audit-findings/findings-data.ts';
import { useServerToday } from '../org/org-data.ts';

const SCOPE_TEXT = { all: '显示全部审计发现。', own: '显示对本单位的审计发现。', none: '您所在单位没有审计发现。' } as const;

/**
 * 审计整改 (arts. 9, 35): the audit bureau records findings; the audited body reports its
 * rectification; the bureau concludes. The list is filtered by post on the server.
 */
export function AuditFindingsPage() {
  const [status, setStatus] = useState<FindingStatus | undefined>(undefined);
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const list = useFindings({ status, auditedBodyId: bodyId });
  const today = useServerToday() ?? '';
  const term = search.trim();
  const rows = useMemo(
    () => (list.data?.items ?? []).filter((f) => term === '' || [f.title, f.auditedBodyName, f.finding, f.requirement].some((s) => s.includes(term))),
    [list.data, term],
  );
  const bureau = list.data?.bureau.name ?? '县审计局';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          审计整改
        </Typography.Title>
        {list.data?.canRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            记录审计发现
          </Button>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links" data-testid="audit-findings-intro">
        {bureau}在县长和市审计局的双重领导下，依照法律法规独立行使审计监督职能，不受其他行政机关、社会团体和个人的干涉；审计发现和整改结论只能由{bureau}（含其科室）人员记录和修改。依据：
        <Citation id="yunyang-2025:9" />。各部门自觉接受审计监督，对发现的问题认真整改并向县政府报告；整改情况由被审计单位在此报送，县政府领导和办公室可查阅。依据：
        <Citation id="yunyang-2025:35" />。
      </Typography.Paragraph>
      {list.data && <Typography.Text type="secondary">{SCOPE_TEXT[list.data.scope]}</Typography.Text>}
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="按问题、单位或内容搜索"
        onExport={() => downloadCsv('审计整改台账', rows, FINDINGS_CSV)}
        exportDisabled={rows.length === 0}
      >
        <Select
          aria-label="状态"
          style={{ width: 160 }}
          value={status ?? ''}
          onChange={(v: FindingStatus | '') => setStatus(v === '' ? undefined : v)}
          options={[{ value: '', label: '全部状态' }, ...STATUS_OPTIONS]}
        />
        {list.data?.scope === 'all' && (
          <Select
            aria-label="被审计单位"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            value={bodyId ?? ''}
            onChange={(v: string) => setBodyId(v === '' ? undefined : v)}
            options={[{ value: '', label: '全部被审计单位' }, ...list.data.auditableBodies.map((b) => ({ value: b.id, label: b.name }))]}
          />
        )}
      </ListToolbar>
      {list.isError && <ErrorAlert error={list.error} title="无法读取审计整改台账" />}
      <Table<FindingItem>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={term ? `没有与“${term}”相符的审计发现` : '暂无审计发现'} /> }}
        data-testid="findings-table"
        columns={[
          {
            title: '问题',
            key: 'title',
            render: (_: unknown, f) => (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(f.id)}>
                {f.title}
              </Button>
            ),
          },
          { title: '被审计单位', key: 'body', width: 200, render: (_: unknown, f) => f.auditedBodyName },
          {
            title: '整改期限',
            key: 'due',
            width: 170,
            render: (_: unknown, f) => (
              <Flex gap={6} wrap>
                {chineseDate(f.dueDate)}
                {f.overdue && <ToneTag tone="red">已逾期</ToneTag>}
              </Flex>
            ),
          },
          { title: '状态', key: 'status', width: 140, render: (_: unknown, f) => <ToneTag tone={STATUS_TONES[f.status]}>{f.statusLabel}</ToneTag> },
        ]}
      />
      <FindingDrawer id={open} today={today} onClose={() => setOpen(null)} />
      <Modal open={recording} title="记录审计发现" footer={null} width={680} onCancel={() => setRecording(false)} destroyOnHidden>
        {list.data && <RecordFindingForm list={list.data} today={today} onDone={() => setRecording(false)} />}
      </Modal>
    </Flex>
  );
}
