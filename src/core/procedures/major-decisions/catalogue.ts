/**
 * The yearly catalogue of major decisions (决策事项目录, art. 23; 条例第三条第三款). Editions follow one
 * another: the first list of the year, then each adjustment. Only the latest may be a draft; an item
 * is in the catalogue once the edition that added it has the party committee's consent, and out of
 * it once the edition that withdrew it has. Pure.
 */
import type { EditionStatus, ItemStanding } from './major-decisions.ts';

export interface EditionFacts {
  readonly number: number;
  readonly status: EditionStatus;
}

export interface ItemEditions {
  readonly addedInEdition: number;
  readonly withdrawnInEdition: number | null;
}

/** The highest edition number with the given statuses, or 0. */
function highest(editions: readonly EditionFacts[], statuses: readonly EditionStatus[]): number {
  return Math.max(0, ...editions.filter((e) => statuses.includes(e.status)).map((e) => e.number));
}

/** Where an item stands: proposed (its edition awaits consent), listed, its withdrawal proposed, withdrawn, or dropped before it ever took effect. */
export function itemStanding(item: ItemEditions, editions: readonly EditionFacts[]): ItemStanding {
  const effective = highest(editions, ['consented', 'published']);
  const added = item.addedInEdition <= effective;
  if (item.withdrawnInEdition === null) return added ? 'listed' : 'proposed';
  if (!added) return 'dropped';
  return item.withdrawnInEdition <= effective ? 'withdrawn' : 'withdrawal-proposed';
}

/** Whether the public sees an item: it is in the catalogue as last published. */
export function publiclyListed(item: ItemEditions, editions: readonly EditionFacts[]): boolean {
  const published = highest(editions, ['published']);
  return item.addedInEdition <= published && (item.withdrawnInEdition === null || item.withdrawnInEdition > published);
}

/** 2026年度重大行政决策事项目录, or its Nth adjustment. */
export function editionLabel(year: number, number: number): string {
  return number <= 1 ? `${year}年度重大行政决策事项目录` : `${year}年度重大行政决策事项目录（第${number - 1}次调整）`;
}

export const ITEM_STANDING_LABELS: Readonly<Record<ItemStanding, string>> = {
  proposed: '拟列入（待县委同意）',
  listed: '已列入',
  'withdrawal-proposed': '拟调出（待县委同意）',
  withdrawn: '已调出',
  dropped: '未列入（编制中撤回）',
};
