import { buildCoverageReport, COVERAGE_STATUS_LABELS, type CoverageReport } from '../../core/law/coverage.ts';
import { articleLabel, formatCitation, formatCitationId, formatCitations } from '../../core/law/citation.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { citationId } from '../../core/rules/rule.ts';
import { PACKS } from '../../packs/registry.ts';

function current(packId?: string) {
  const entry = packId ? PACKS.find((p) => p.pack.id === packId) : PACKS[PACKS.length - 1];
  if (!entry) throw new DomainError('NOT_FOUND', `规则包 ${packId ?? ''} 不存在`);
  return entry;
}

function rulesView(rules: (typeof PACKS)[number]['rules'], catalogue: (typeof PACKS)[number]['pack']['catalogue']) {
  return rules.map((r) => ({
    id: r.id, summary: r.summary, appliesTo: r.appliesTo,
    cites: r.cites.map((c) => ({ id: citationId(c), label: formatCitation(c, catalogue) })),
  }));
}

/** The coverage of the pack: every article exactly once with its status and rules. */
export function coverageReport(packId?: string): CoverageReport {
  const { pack, rules } = current(packId);
  return buildCoverageReport(pack, rules);
}

/** The article list of 条文库: chapter, label, first words, coverage status. */
export function listArticles(packId?: string) {
  const { pack, rules } = current(packId);
  const report = buildCoverageReport(pack, rules);
  return {
    pack: { id: pack.id, title: pack.title, promulgatedBy: pack.promulgatedBy, effectiveFrom: pack.effectiveFrom, interpretedBy: pack.interpretedBy ?? null },
    counts: report.counts,
    chapters: pack.catalogue.chapters,
    articles: report.articles.map((row) => {
      const a = pack.catalogue.article(pack.id, row.article)!;
      return {
        number: row.article, label: row.label, chapter: row.chapter, status: row.status, statusLabel: COVERAGE_STATUS_LABELS[row.status],
        rules: row.rules, excerpt: (a.paragraphs[0] ?? '').slice(0, 60), text: a.paragraphs,
      };
    }),
    restorations: pack.catalogue.text.restorations,
  };
}

/** One article with its text, its coverage, and the rules that enforce it. */
export function getArticle(n: number, packId?: string) {
  const { pack, rules } = current(packId);
  const a = pack.catalogue.article(pack.id, n);
  if (!a) throw new DomainError('ARTICLE_NOT_FOUND', `${pack.title}没有第${n}条`);
  const row = buildCoverageReport(pack, rules).articles.find((r) => r.article === n)!;
  const citing = rules.filter((r) => r.cites.some((c) => c.source === pack.id && c.article === n));
  return {
    number: n, label: articleLabel(n), chapter: a.chapter, paragraphs: a.paragraphs,
    coverage: { status: row.status, statusLabel: COVERAGE_STATUS_LABELS[row.status], missing: row.missing ?? null, reason: row.reason ?? null, carriedBy: row.carriedBy ?? null },
    rules: rulesView(citing, pack.catalogue),
    restorations: pack.catalogue.text.restorations.filter((r) => r.article === n),
  };
}

/** The pack's parameters with their sources and verification status. */
export function listParameters(packId?: string) {
  const { pack } = current(packId);
  return pack.parameters;
}

/** Every rule with its citations (for the rule list and for the coverage test). */
export function listRules(packId?: string) {
  const { pack, rules } = current(packId);
  return rulesView(rules, pack.catalogue);
}

/**
 * Citation ids as a clerk reads them, formatted by the catalogue of the pack in force:
 * `yunyang-2025:53(2)` → 第五十三条第（二）项, `civil-code:203(2)` → 《民法典》第二百零三条第二款.
 */
export function citationLabels(ids: readonly string[], packId?: string): string[] {
  const { pack } = current(packId);
  return ids.map((id) => {
    try {
      return formatCitationId(id, pack.catalogue);
    } catch {
      return id;
    }
  });
}

/** A verdict with the Chinese labels of its citations beside their ids. */
export function labelVerdict<V extends { readonly cites: readonly string[] }>(v: V): V & { readonly citeLabels: string[] } {
  return { ...v, citeLabels: citationLabels(v.cites) };
}

/** Several citations as one Chinese phrase, a source's title written once: 《民法典》第二百零一条、第二百零三条第二款. */
export function citationPhrase(ids: readonly string[], packId?: string): string {
  const { pack } = current(packId);
  return formatCitations(ids, pack.catalogue);
}
