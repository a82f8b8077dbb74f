import { Empty, Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrgAbPair, OrgChart, OrgDelegation } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';
import { beijingDate, beijingMinute, beijingPeriod, chineseDate } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { useOrgChart } from './org-data.ts';
import { SCOPE_LABELS, titleOf } from './org-edit-data.ts';

type Standing = 'past' | 'current' | 'future';
const STANDING: Readonly<Record<Standing, { label: string; tone: Tone }>> = {
  past: { label: '已结束', tone: 'default' },
  current: { label: '当日有效', tone: 'green' },
  future: { label: '尚未开始', tone: 'blue' },
};

/** Where a period stands against the date viewed (calendar dates, Beijing). */
function standing(from: string, to: string | null, date: string): Standing {
  if (from > date) return 'future';
  if (to !== null && to < date) return 'past';
  return 'current';
}

function StandingTag({ s }: { s: Standing }) {
  return <ToneTag tone={STANDING[s].tone}>{STANDING[s].label}</ToneTag>;
}

const days = (from: string, to: string | null) => `${chineseDate(from)}起${to ? `至${chineseDate(to)}` : '，未定截止日'}`;

function AbPairs({ chart, positionId }: { chart: OrgChart; positionId: string }) {
  const pairs = chart.abPairs.filter((p) => p.aPositionId === positionId || p.bPositionId === positionId).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (pairs.length === 0) return <Typography.Text type="secondary">无AB角设定。</Typography.Text>;
  return (
    <Table<OrgAbPair>
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={pairs}
      columns={[
        {
          title: 'AB角',
          key: 'pair',
          render: (_: unknown, p) => (p.aPositionId === positionId ? `本岗位为A角，B角：${titleOf(chart, p.bPositionId)}` : `本岗位为B角，替${titleOf(chart, p.aPositionId)}`),
        },
        { title: '期间', key: 'period', width: 260, render: (_: unknown, p) => days(p.validFrom, p.validTo) },
        { title: '状态', key: 'standing', width: 90, render: (_: unknown, p) => <StandingTag s={standing(p.validFrom, p.validTo, chart.date)} /> },
      ]}
    />
  );
}

function Delegations({ chart, positionId }: { chart: OrgChart; positionId: string }) {
  const list = chart.delegations.filter((d) => d.fromPositionId === positionId || d.toPositionId === positionId).sort((a, b) => a.fromAt.localeCompare(b.fromAt));
  if (list.length === 0) return <Typography.Text type="secondary">无委托记录。</Typography.Text>;
  return (
    <Table<OrgDelegation>
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={list}
      columns={[
        {
          title: '委托',
          key: 'who',
          render: (_: unknown, d) =>
            `${d.fromPositionId === positionId ? `委托${titleOf(chart, d.toPositionId)}` : `受${titleOf(chart, d.fromPositionId)}委托`}（${SCOPE_LABELS[d.scope]}）`,
        },
        { title: '期间（北京时间）', key: 'period', width: 200, render: (_: unknown, d) => (d.toAt ? beijingPeriod(d.fromAt, d.toAt) : `自${beijingMinute(d.fromAt)}起`) },
        { title: '事由', dataIndex: 'reason', width: 140 },
        {
          title: '状态',
          key: 'standing',
          width: 90,
          render: (_: unknown, d) => <StandingTag s={standing(beijingDate(d.fromAt), d.toAt ? beijingDate(d.toAt) : null, chart.date)} />,
        },
      ]}
    />
  );
}

/** Entries grouped by the day they start, in order of the first. */
function byStart<T extends { validFrom: string }>(list: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const x of list) groups.set(x.validFrom, [...(groups.get(x.validFrom) ?? []), x]);
  return [...groups];
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={6}>
      <Typography.Title level={4} style={{ margin: 0, fontSize: 15 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/**
 * 历史 of a post, honestly bounded: holders and 分管 as of the date viewed (the chart holds only
 * those), and every AB角 and 委托 with its period.
 */
export function PositionHistory({ positionId, on }: { positionId: string; on: string | undefined }) {
  const chart = useOrgChart(on);
  if (chart.isPending) return <PageLoading />;
  if (chart.isError) return <ErrorAlert error={chart.error} title="无法读取组织机构" />;
  const data = chart.data;
  const position = data.positions.find((p) => p.id === positionId);
  if (!position) return <Empty description="岗位不存在" />;
  const date = chineseDate(data.date);
  return (
    <Flex vertical gap={16} data-testid="position-history">
      <Part title={`任职（${date}在任）`}>
        {position.holders.length === 0 ? (
          <Typography.Text>空缺</Typography.Text>
        ) : (
          position.holders.map((h) => <Typography.Text key={h.personId}>{`${h.name}：${days(h.validFrom, h.validTo)}`}</Typography.Text>)
        )}
        <Typography.Text type="secondary">此处只列出该日在任的人员；更早的任免可在上方“查看某日”选择日期查看。</Typography.Text>
      </Part>
      {position.portfolio.length > 0 && (
        <Part title={`分管（${date}）`}>
          {byStart(position.portfolio).map(([from, entries]) => (
            <Typography.Text key={from}>
              {`${chineseDate(from)}起：${entries.map((x) => (x.bodyId ? (data.bodies.find((b) => b.id === x.bodyId)?.name ?? '') : `“${x.area ?? ''}”`)).join('、')}`}
            </Typography.Text>
          ))}
        </Part>
      )}
      <Part title="AB角（全部设定）">
        <AbPairs chart={data} positionId={positionId} />
      </Part>
      <Part title="委托（全部记录）">
        <Delegations chart={data} positionId={positionId} />
      </Part>
    </Flex>
  );
}
