import type { Dayjs } from 'dayjs';
import type { DelegationScope, OrgChart, OrgPositionView } from '../api-types.ts';
import { DATE_ONLY } from '../components/date-field.tsx';
import { positionWithHolder } from './org-data.ts';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Kinds the server accepts for 分管 (art. 5): 县长, 常务副县长, 副县长, 县政府党组成员. */
export const PORTFOLIO_KINDS: ReadonlySet<string> = new Set(['county-head', 'executive-deputy', 'deputy', 'party-member']);

/** Bodies a county leader may lead: the office, departments, streets, towns and art. 69 bodies. */
const LED_BODY_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'street', 'town', 'agency']);

export const SCOPE_LABELS: Readonly<Record<DelegationScope, string>> = { presiding: '主持工作', 'assigned-work': '交办事项' };

/** Posts as `副县长（分管司法、市场监管） 王晓梅` (the holder tells apart posts of one title). */
export function positionOptions(chart: OrgChart | undefined, keep: (p: OrgPositionView) => boolean = () => true): Option[] {
  return (chart?.positions ?? []).filter(keep).map((p) => ({ value: p.id, label: positionWithHolder(p) }));
}

/** Bodies that can be led, each with the leader who leads it on the chart's date. */
export function bodyOptions(chart: OrgChart | undefined): Option[] {
  const leader = new Map<string, string>();
  for (const p of chart?.positions ?? []) for (const x of p.portfolio) if (x.bodyId) leader.set(x.bodyId, p.title);
  return (chart?.bodies ?? [])
    .filter((b) => LED_BODY_KINDS.has(b.kind))
    .map((b) => {
      const by = leader.get(b.id);
      return { value: b.id, label: by ? `${b.name}（现由${by}分管）` : b.name };
    });
}

export function isoDay(d: Dayjs | null | undefined): string {
  return d ? d.format(DATE_ONLY) : '';
}

/** A select with search over the labels. */
export const SEARCHABLE = { showSearch: { optionFilterProp: 'label' }, allowClear: true } as const;

export function titleOf(chart: OrgChart, positionId: string): string {
  return chart.positions.find((p) => p.id === positionId)?.title ?? positionId;
}

export function personName(chart: OrgChart, personId: string): string {
  return chart.positions.flatMap((p) => p.holders).find((h) => h.personId === personId)?.name ?? personId;
}
