/**
 * Art. 19: a normative document may not set 行政许可, 行政处罚 or 行政强制, nor reduce the lawful
 * rights of citizens and organisations or add to their obligations. Wording that appears to do so
 * is flagged for a person to confirm or correct; the phrase lists are pack data. Pure.
 */
import type { ContentFlag, FlagCategory } from './normative.ts';

/** One suspicious pattern: a regular expression (Unicode) and what it suggests. */
export interface Phrase {
  readonly pattern: string;
  readonly label: string;
}

export type PhraseLists = Readonly<Record<FlagCategory, readonly Phrase[]>>;

const CONTEXT = 12;

/** Every place the text matches a phrase, one flag per category and wording (in text order). */
export function checkContent(text: string, lists: PhraseLists): ContentFlag[] {
  const found: { at: number; flag: ContentFlag }[] = [];
  const seen = new Set<string>();
  for (const category of Object.keys(lists) as FlagCategory[]) {
    for (const phrase of lists[category]) {
      const re = new RegExp(phrase.pattern, 'gu');
      for (const m of text.matchAll(re)) {
        const matched = m[0];
        const key = `${category}:${matched}`;
        if (matched === '' || seen.has(key)) continue;
        seen.add(key);
        const at = m.index;
        const excerpt = `${at > CONTEXT ? '…' : ''}${text.slice(Math.max(0, at - CONTEXT), at + matched.length + CONTEXT)}${at + matched.length + CONTEXT < text.length ? '…' : ''}`.replace(/\s+/gu, ' ');
        found.push({ at, flag: { id: '', category, matched, excerpt, resolution: null } });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f, i) => ({ ...f.flag, id: `F${i + 1}` }));
}

/** Keeps the resolutions of flags whose category and wording are unchanged after a redraft. */
export function carryResolutions(fresh: readonly ContentFlag[], before: readonly ContentFlag[]): ContentFlag[] {
  return fresh.map((f) => {
    const old = before.find((b) => b.category === f.category && b.matched === f.matched && b.resolution);
    return old ? { ...f, resolution: old.resolution } : f;
  });
}
