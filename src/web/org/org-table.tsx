import { Button, Flex, Table, Typography } from 'antd';
import type { OrgBody, OrgPositionView } from '../api-types.ts';
import { ToneTag } from '../components/tone-tag.tsx';
import type { CsvColumn } from '../csv.ts';
import { chineseDate } from '../format.ts';
import { bodyKindLabel, groupOf, holderNames, LEADER_KINDS, portfolioText, positionWithHolder, type OrgIndex } from './org-data.ts';

/** A row of the chart: a position with its body. */
export interface OrgRow {
  readonly body: OrgBody;
  readonly position: OrgPositionView;
}

function Holders({ p }: { p: OrgPositionView }) {
  if (p.holders.length === 0) return <ToneTag tone="red">空缺</ToneTag>;
  return (
    <Flex gap={8} wrap>
      {p.holders.map((h) => (
        <span key={h.personId} title={`${chineseDate(h.validFrom)}起任职${h.validTo ? `，至${chineseDate(h.validTo)}` : ''}`}>
          {h.name}
        </span>
      ))}
    </Flex>
  );
}

function Line({ label, children }: { label: string; children: string }) {
  if (children === '') return null;
  return (
    <div>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {children}
    </div>
  );
}

/** 分管 and AB角 for county leaders (art. 5); the leaders an office member assists (art. 7). */
function Duties({ p, index }: { p: OrgPositionView; index: OrgIndex }) {
  const leader = LEADER_KINDS.has(p.kind);
  const { bodies, areas } = portfolioText(p, index);
  const b = p.bPositionIds.map((id) => positionWithHolder(index.positions.get(id))).join('；');
  const assists = p.assists.map((id) => positionWithHolder(index.positions.get(id))).join('；');
  return (
    <Flex vertical gap={2}>
      {leader && <Line label="分管机构">{bodies}</Line>}
      {leader && <Line label="分管领域">{areas}</Line>}
      {leader && <Line label="AB角（B角）">{b}</Line>}
      <Line label="协助县领导">{assists}</Line>
    </Flex>
  );
}

export const ORG_CSV = (index: OrgIndex, date: string): readonly CsvColumn<OrgRow>[] => [
  { header: '分组', value: (r) => groupOf(r.body, index.bodies).label },
  { header: '机构', value: (r) => r.body.path },
  { header: '机构类别', value: (r) => bodyKindLabel(r.body) },
  { header: '岗位', value: (r) => r.position.title },
  { header: '任职人员', value: (r) => holderNames(r.position) || '空缺' },
  { header: '分管机构', value: (r) => portfolioText(r.position, index).bodies },
  { header: '分管领域', value: (r) => portfolioText(r.position, index).areas },
  { header: 'AB角（B角）', value: (r) => r.position.bPositionIds.map((id) => positionWithHolder(index.positions.get(id))).join('；') },
  { header: '协助县领导', value: (r) => r.position.assists.map((id) => positionWithHolder(index.positions.get(id))).join('；') },
  { header: '日期', value: () => chineseDate(date) },
];

/** The positions of one group, the body named once for its rows; a title opens 由谁履职. */
export function OrgTable({ rows, index, onOpen }: { rows: readonly OrgRow[]; index: OrgIndex; onOpen: (p: OrgPositionView) => void }) {
  const span = (i: number): number => {
    const r = rows[i];
    if (!r) return 1;
    if (i > 0 && rows[i - 1]?.body.id === r.body.id) return 0;
    let n = 1;
    while (rows[i + n]?.body.id === r.body.id) n++;
    return n;
  };
  return (
    <Table<OrgRow>
      size="small"
      rowKey={(r) => r.position.id}
      dataSource={[...rows]}
      pagination={false}
      bordered
      columns={[
        {
          title: '机构',
          key: 'body',
          width: 180,
          onCell: (_r, i) => ({ rowSpan: span(i ?? 0) }),
          render: (_: unknown, r) => (
            <Flex vertical gap={2} align="start">
              <Typography.Text strong>{r.body.path}</Typography.Text>
              {r.body.kind === 'agency' && <ToneTag tone="blue">{bodyKindLabel(r.body)}</ToneTag>}
            </Flex>
          ),
        },
        {
          title: '岗位',
          key: 'position',
          width: 280,
          render: (_: unknown, r) => (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(r.position)}>
              {r.position.title}
            </Button>
          ),
        },
        { title: '任职人员', key: 'holders', width: 140, render: (_: unknown, r) => <Holders p={r.position} /> },
        { title: '分工与协作', key: 'duties', render: (_: unknown, r) => <Duties p={r.position} index={index} /> },
      ]}
    />
  );
}
