/**
 * Coverage: how the system accounts for every article of a rule pack — enforced by rules, partly
 * enforced, declarative (with a reason), or planned — and the checks that keep the account
 * honest in both directions (every rule cites a real provision; every article is accounted for).
 */

import { formatChineseDate, type IsoDate } from '../kernel/time.ts';
import { citationId, type Citation } from '../rules/rule.ts';
import type { Article, Catalogue, Chapter } from './catalogue.ts';
import { articleLabel } from './citation.ts';
import { toChineseNumeral } from './numerals.ts';

export type CoverageStatus = 'enforced' | 'partial' | 'declarative' | 'planned';

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['enforced', 'partial', 'declarative', 'planned'];

/** How the coverage table names each status. */
export const COVERAGE_STATUS_LABELS: Readonly<Record<CoverageStatus, string>> = {
  enforced: '已执行',
  partial: '部分执行',
  declarative: '宣示性',
  planned: '待实现',
};

/** How the system accounts for one article. */
export interface CoverageEntry {
  readonly article: number;
  readonly status: CoverageStatus;
  /** Ids of the rules that enforce the article (enforced, partial). */
  readonly rules?: readonly string[];
  /** What is not enforced yet (partial; for planned, what will carry it). */
  readonly missing?: string;
  /** Why the article has no procedure of its own (declarative). */
  readonly reason?: string;
  /** The capability that carries the procedural part of a declarative article. */
  readonly carriedBy?: string;
}

/** What coverage needs to know about a rule: its id and what it cites. A `Rule` is one. */
export interface CitingRule {
  readonly id: string;
  readonly cites: readonly Citation[];
}

export type CoverageProblemCode =
  | 'article-missing'
  | 'article-duplicate'
  | 'article-unknown'
  | 'rule-duplicate'
  | 'rule-without-citation'
  | 'citation-unknown'
  | 'rule-unknown'
  | 'rule-does-not-cite'
  | 'rule-not-in-coverage'
  | 'rules-required'
  | 'rules-not-allowed'
  | 'missing-required'
  | 'reason-required';

export interface CoverageProblem {
  readonly code: CoverageProblemCode;
  readonly article?: number;
  readonly rule?: string;
  /** In English, for developers and CI. */
  readonly message: string;
}

/**
 * Checks coverage against the catalogue and the rules, both ways, and returns every problem
 * (empty when consistent):
 * - every article of the pack has exactly one entry, and no entry names an article that does not exist;
 * - every rule cites something, and everything it cites exists in the catalogue;
 * - every rule an entry names exists and cites that article;
 * - every rule citing a pack article is named in that article's entry;
 * - enforced and partial entries name rules, partial ones say what is missing; declarative
 *   entries give a reason; planned and declarative entries name no rules.
 */
export function checkCoverageConsistency(
  catalogue: Catalogue,
  coverage: readonly CoverageEntry[],
  rules: readonly CitingRule[],
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const packId = catalogue.packId;

  const entries = new Map<number, CoverageEntry>();
  for (const e of coverage) {
    if (catalogue.article(packId, e.article) === undefined) {
      problems.push({ code: 'article-unknown', article: e.article, message: `coverage names article ${e.article}, which ${packId} does not have` });
    } else if (entries.has(e.article)) {
      problems.push({ code: 'article-duplicate', article: e.article, message: `article ${e.article} has more than one coverage entry` });
    } else {
      entries.set(e.article, e);
    }
  }
  for (const a of catalogue.articles) {
    if (!entries.has(a.number)) problems.push({ code: 'article-missing', article: a.number, message: `article ${a.number} has no coverage entry` });
  }

  const ruleById = new Map<string, CitingRule>();
  for (const r of rules) {
    if (ruleById.has(r.id)) problems.push({ code: 'rule-duplicate', rule: r.id, message: `rule ${r.id} is listed twice` });
    ruleById.set(r.id, r);
    if (r.cites.length === 0) problems.push({ code: 'rule-without-citation', rule: r.id, message: `rule ${r.id} cites nothing` });
    for (const c of r.cites) {
      const problem = catalogue.citationProblem(c);
      if (problem !== undefined) {
        problems.push({ code: 'citation-unknown', rule: r.id, message: `rule ${r.id} cites ${citationId(c)}, which is not in the catalogue (${problem})` });
      } else if (c.source === packId) {
        const entry = entries.get(c.article);
        if (entry !== undefined && !(entry.rules ?? []).includes(r.id)) {
          problems.push({
            code: 'rule-not-in-coverage',
            article: c.article,
            rule: r.id,
            message: `rule ${r.id} cites article ${c.article}, but the article's coverage entry does not name it`,
          });
        }
      }
    }
  }

  for (const e of entries.values()) {
    const named = e.rules ?? [];
    for (const id of named) {
      const rule = ruleById.get(id);
      if (rule === undefined) {
        problems.push({ code: 'rule-unknown', article: e.article, rule: id, message: `article ${e.article} names rule ${id}, which does not exist` });
      } else if (!rule.cites.some((c) => c.source === packId && c.article === e.article)) {
        problems.push({ code: 'rule-does-not-cite', article: e.article, rule: id, message: `article ${e.article} names rule ${id}, which does not cite it` });
      }
    }
    const at = `article ${e.article} (${e.status})`;
    switch (e.status) {
      case 'enforced':
      case 'partial':
        if (named.length === 0) problems.push({ code: 'rules-required', article: e.article, message: `${at} names no rules` });
        if (e.status === 'partial' && (e.missing ?? '').trim() === '') {
          problems.push({ code: 'missing-required', article: e.article, message: `${at} does not say what is not yet enforced` });
        }
        break;
      case 'declarative':
      case 'planned':
        if (named.length > 0) problems.push({ code: 'rules-not-allowed', article: e.article, message: `${at} names rules; make it partial or enforced` });
        if (e.status === 'declarative' && (e.reason ?? '').trim() === '') {
          problems.push({ code: 'reason-required', article: e.article, message: `${at} gives no reason` });
        }
        break;
    }
  }
  return problems;
}

// ---- the report ----------------------------------------------------------------------------

/** What the report needs to know about a pack. A `RulePack` is one. */
export interface CoveragePack {
  readonly id: string;
  readonly title: string;
  readonly effectiveFrom: IsoDate;
  readonly catalogue: Catalogue;
  readonly coverage: readonly CoverageEntry[];
}

export interface CoverageRow {
  readonly article: number;
  /** 第二十条. */
  readonly label: string;
  readonly chapter: Chapter;
  readonly status: CoverageStatus;
  /** Rules the coverage entry names. */
  readonly rules: readonly string[];
  /** Rules that cite the article (normally the same as `rules`). */
  readonly citedBy: readonly string[];
  readonly missing?: string;
  readonly reason?: string;
  readonly carriedBy?: string;
}

export interface CoverageReport {
  readonly pack: { readonly id: string; readonly title: string; readonly effectiveFrom: IsoDate };
  readonly articles: readonly CoverageRow[];
  readonly counts: Readonly<Record<CoverageStatus, number>>;
  readonly total: number;
  /** Consistency problems; an article without an entry is shown as planned and listed here. */
  readonly problems: readonly CoverageProblem[];
}

function row(article: Article, entry: CoverageEntry | undefined, citedBy: readonly string[]): CoverageRow {
  return {
    article: article.number,
    label: articleLabel(article.number),
    chapter: article.chapter,
    status: entry?.status ?? 'planned',
    rules: entry?.rules ?? [],
    citedBy,
    ...(entry?.missing === undefined ? {} : { missing: entry.missing }),
    ...(entry?.reason === undefined ? {} : { reason: entry.reason }),
    ...(entry?.carriedBy === undefined ? {} : { carriedBy: entry.carriedBy }),
  };
}

/** The coverage of a pack, article by article, with counts per status and any problems. */
export function buildCoverageReport(pack: CoveragePack, rules: readonly CitingRule[]): CoverageReport {
  const { catalogue } = pack;
  const entries = new Map(pack.coverage.map((e) => [e.article, e]));
  const articles = catalogue.articles.map((a) => {
    const citedBy = rules.filter((r) => r.cites.some((c) => c.source === catalogue.packId && c.article === a.number)).map((r) => r.id);
    return row(a, entries.get(a.number), citedBy);
  });
  const counts: Record<CoverageStatus, number> = { enforced: 0, partial: 0, declarative: 0, planned: 0 };
  for (const r of articles) counts[r.status] += 1;
  return {
    pack: { id: pack.id, title: pack.title, effectiveFrom: pack.effectiveFrom },
    articles,
    counts,
    total: articles.length,
    problems: checkCoverageConsistency(catalogue, pack.coverage, rules),
  };
}

// ---- the plain-text table ----------------------------------------------------------------------

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function explanation(r: CoverageRow): string {
  switch (r.status) {
    case 'declarative':
      return r.carriedBy === undefined ? (r.reason ?? '') : `${r.reason ?? ''} → ${r.carriedBy}`;
    case 'enforced':
      return r.missing ?? '';
    case 'partial':
      return r.missing === undefined ? '' : `尚未执行：${r.missing}`;
    case 'planned':
      return r.missing ?? '';
  }
}

/**
 * The coverage report as a plain-text table for the CLI (`yunzheng rules coverage`): one line per
 * article with its Chinese number, chapter, status, rules and explanation; totals at the end,
 * then any consistency problems.
 */
export function formatCoverageTable(report: CoverageReport): string {
  const header = ['条款', '章', '状态', '规则', '说明'] as const;
  const lines = report.articles.map((r) => [
    r.label,
    `第${toChineseNumeral(r.chapter.number)}章`,
    COVERAGE_STATUS_LABELS[r.status],
    r.rules.join(', ') || '—',
    explanation(r),
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(displayWidth(header[i] ?? ''), ...lines.map((l) => displayWidth(l[i] ?? ''))));
  const render = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < widths.length ? pad(c, widths[i] ?? 0) : c))
      .join('  ')
      .trimEnd();

  const out = [
    `${report.pack.title}（${report.pack.id}，${formatChineseDate(report.pack.effectiveFrom)}起施行）条款覆盖情况`,
    '',
    render(header),
    render(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(4))),
    ...lines.map(render),
    '',
    `合计 ${report.total} 条：` +
      COVERAGE_STATUSES.map((s) => `${COVERAGE_STATUS_LABELS[s]} ${report.counts[s]} 条`).join('，'),
  ];
  if (report.problems.length > 0) {
    out.push('', `一致性问题 ${report.problems.length} 项：`, ...report.problems.map((p) => `- [${p.code}] ${p.message}`));
  }
  return out.join('\n') + '\n';
}
