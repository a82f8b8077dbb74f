import { Empty, Flex, Table, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { CatalogueTab } from '../major-decisions/catalogue-tab.tsx';
import { STATUS_TONES, useDossiers, type DossierSummary } from '../major-decisions/decision-data.ts';

/** 决策卷宗: every dossier with its stage, its next required step and the statutory steps still missing. */
function DossierList() {
  const q = useDossiers();
  return (
    <Flex vertical gap={12}>
      {q.isError && <ErrorAlert error={q.error} title="无法读取决策卷宗" />}
      <Table<DossierSummary>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={[...(q.data?.dossiers ?? [])]}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="dossier-list"
        locale={{ emptyText: <Empty description="尚无决策卷宗：在决策事项目录中由承办单位启动决策程序" /> }}
        columns={[
          { title: '决策事项', key: 'title', render: (_: unknown, d) => <Flex vertical><Link to={`/major-decisions/${d.id}`}>{d.title}</Link><Typography.Text type="secondary">{d.year ? `${d.year}年度目录：` : ''}{d.itemTitle}{d.round > 0 ? `（重大调整第${d.round}次）` : ''}</Typography.Text></Flex> },
          { title: '承办单位', dataIndex: 'leadBodyName', width: 140 },
          { title: '所处环节', key: 'status', width: 170, render: (_: unknown, d) => <ToneTag tone={STATUS_TONES[d.status] ?? 'default'}>{d.statusLabel}</ToneTag> },
          { title: '下一步', key: 'next', render: (_: unknown, d) => d.next ?? '—' },
          { title: '尚未完成的法定程序', key: 'missing', render: (_: unknown, d) => (d.status === 'preparing' ? d.missing.join('、') || '无' : '—') },
        ]}
      />
    </Flex>
  );
}

/**
 * 重大行政决策 (arts. 23–28): the year's catalogue (决策事项目录) and the dossiers (决策卷宗) of the
 * matters on it, each going through its statutory steps to the 常务会议 or 全体会议.
 */
export function MajorDecisionsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'dossiers' ? 'dossiers' : 'catalogue';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        重大行政决策
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'catalogue' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'catalogue', label: '决策事项目录', children: <CatalogueTab /> },
          { key: 'dossiers', label: '决策卷宗', children: <DossierList /> },
        ]}
      />
    </Flex>
  );
}
