import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import { AGENCY_TYPE_LABELS, BODY_KIND_LABELS } from '../../core/org/structure.ts';
import type { OrgBody, OrgChart, OrgPositionView } from '../api-types.ts';

/** GET /api/org on a date (the server's today when none is given). */
export function useOrgChart(on?: string) {
  return useQuery({
    queryKey: ['org', 'chart', on ?? 'today'],
    queryFn: async () => (await apiGet<OrgChart>(on ? `/api/org?on=${on}` : '/api/org')).data,
    staleTime: 60_000,
  });
}

/** The server's today (Beijing), from the chart it dates; the browser's clock is not trusted for it. */
export function useServerToday(): string | undefined {
  return useOrgChart().data?.date;
}

export interface OrgGroup {
  readonly key: string;
  readonly label: string;
  readonly kinds: readonly string[];
}

/** How bodies are grouped on the chart, in this order. */
export const ORG_GROUPS: readonly OrgGroup[] = [
  { key: 'government', label: '县政府', kinds: ['government'] },
  { key: 'office', label: '办公室', kinds: ['office'] },
  { key: 'department', label: '部门', kinds: ['department'] },
  { key: 'street', label: '街道', kinds: ['street'] },
  { key: 'town', label: '镇', kinds: ['town'] },
  { key: 'agency', label: '直属及派出机构（第六十九条）', kinds: ['agency'] },
  { key: 'outside', label: '外部', kinds: ['outside', 'upper'] },
];

/** The chart's group of a body; a 科室 (kind `unit`) is shown with the body it sits in. */
export function groupOf(body: OrgBody, bodies?: ReadonlyMap<string, OrgBody>): OrgGroup {
  const top = body.kind === 'unit' ? (bodies?.get(body.topBodyId) ?? body) : body;
  return ORG_GROUPS.find((g) => g.kinds.includes(top.kind)) ?? ORG_GROUPS[ORG_GROUPS.length - 1]!;
}

/** County leaders (art. 5): their 分管 and AB角 are shown. */
export const LEADER_KINDS: ReadonlySet<string> = new Set(['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member']);

export function holderNames(p: OrgPositionView | undefined): string {
  return p ? p.holders.map((h) => h.name).join('、') : '';
}

/** `副县长（分管司法、市场监管） 王晓梅`, or the title with 空缺. */
export function positionWithHolder(p: OrgPositionView | undefined): string {
  if (!p) return '';
  const names = holderNames(p);
  return `${p.title} ${names === '' ? '（空缺）' : names}`;
}

export interface OrgIndex {
  readonly bodies: ReadonlyMap<string, OrgBody>;
  readonly positions: ReadonlyMap<string, OrgPositionView>;
}

export function indexChart(chart: OrgChart | undefined): OrgIndex {
  return {
    bodies: new Map((chart?.bodies ?? []).map((b) => [b.id, b])),
    positions: new Map((chart?.positions ?? []).map((p) => [p.id, p])),
  };
}

/** 分管: the bodies' names and the policy areas, each list joined with 、. */
export function portfolioText(p: OrgPositionView, index: OrgIndex): { bodies: string; areas: string } {
  const bodies = p.portfolio.flatMap((x) => (x.bodyId ? [index.bodies.get(x.bodyId)?.name ?? ''] : [])).filter((s) => s !== '');
  const areas = p.portfolio.flatMap((x) => (x.area ? [x.area] : []));
  return { bodies: bodies.join('、'), areas: areas.join('、') };
}

export interface PersonOption {
  readonly value: string;
  readonly label: string;
}

/** Everyone holding a post on the chart's date, once, as `蒋涛（县发展改革委副主任）`. */
export function personOptions(chart: OrgChart | undefined): PersonOption[] {
  const titles = new Map<string, { name: string; titles: string[] }>();
  for (const p of chart?.positions ?? []) {
    for (const h of p.holders) {
      const entry = titles.get(h.personId) ?? { name: h.name, titles: [] };
      entry.titles.push(p.title);
      titles.set(h.personId, entry);
    }
  }
  return [...titles.entries()].map(([value, e]) => ({ value, label: `${e.name}（${e.titles.join('、')}）` }));
}

/** 机构类别 in Chinese; an art. 69 body by its category (派出机构 …). */
export function bodyKindLabel(body: OrgBody): string {
  if (body.kind === 'agency') return (AGENCY_TYPE_LABELS as Readonly<Record<string, string>>)[body.agencyType ?? ''] ?? '第六十九条机构';
  return (BODY_KIND_LABELS as Readonly<Record<string, string>>)[body.kind] ?? body.kind;
}

/**
 * The order of bodies on the chart: each body by its place, its 科室 right after it (a 科室 added
 * later still shows under its body).
 */
export function bodyOrder(bodies: readonly OrgBody[]): (b: OrgBody) => [number, number, number] {
  const place = new Map(bodies.map((b, i) => [b.id, i]));
  return (b) => [place.get(b.topBodyId) ?? 0, b.kind === 'unit' ? 1 : 0, place.get(b.id) ?? 0];
}
