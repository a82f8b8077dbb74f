/**
 * Citations as a clerk reads them: 第二十条 for the rule pack's own articles, 第五十三条第（二）项
 * for a numbered clause, 《政府信息公开条例》第三十三条 for another source.
 */

import { parseCitationId, type Citation } from '../rules/rule.ts';
import { toChineseNumeral } from './numerals.ts';

/** What formatting needs to know about a source: its title (without 《》). */
export interface SourceTitle {
  readonly title: string;
  /** The name used in citations when shorter than the title, e.g. 政府信息公开条例. */
  readonly shortTitle?: string;
  /**
   * What a citation's clause number counts in this source: numbered items (项, the default, as
   * the Yunyang rules' (一)(二)…) or paragraphs (款, as 民法典 art. 203's two paragraphs).
   */
  readonly clauseKind?: 'item' | 'paragraph';
}

/**
 * Where citations are formatted: the home pack (cited without a title) and the titles of every
 * other source. A `Catalogue` is one.
 */
export interface CitationContext {
  readonly packId: string;
  source(id: string): SourceTitle | undefined;
}

/** 第二十条. */
export function articleLabel(article: number): string {
  return `第${toChineseNumeral(article)}条`;
}

/**
 * 第（二）项. The Yunyang rules number the items inside an article (一)(二)…; a citation's clause
 * is that number. (款, unnumbered paragraphs, are not cited separately.)
 */
export function clauseLabel(clause: number, kind: 'item' | 'paragraph' = 'item'): string {
  return kind === 'paragraph' ? `第${toChineseNumeral(clause)}款` : `第（${toChineseNumeral(clause)}）项`;
}

/** 《政府信息公开条例》: the short title when there is one. */
export function sourceLabel(source: SourceTitle): string {
  return `《${source.shortTitle ?? source.title}》`;
}

function provisionLabel(c: Citation, context: CitationContext | undefined): string {
  if (c.clause === undefined) return articleLabel(c.article);
  return articleLabel(c.article) + clauseLabel(c.clause, context?.source(c.source)?.clauseKind);
}

function titleOf(c: Citation, context: CitationContext | undefined): string {
  if (context === undefined || c.source === context.packId) return '';
  const source = context.source(c.source);
  // An unknown source is a bug the coverage check catches; show its id rather than fail a message.
  return source === undefined ? `《${c.source}》` : sourceLabel(source);
}

function toCitation(c: Citation | string): Citation {
  if (typeof c !== 'string') return c;
  const parsed = parseCitationId(c);
  if (parsed === undefined) throw new Error(`malformed citation id "${c}" (expected source:article or source:article(clause))`);
  return parsed;
}

/**
 * Formats one citation: `第二十条`, `第五十三条第（二）项`, `《政府信息公开条例》第三十三条`.
 * Citations of the context's own pack carry no title. Without a context no citation carries a
 * title, which is right only for the home pack's own articles: pass the catalogue whenever a
 * citation may point elsewhere.
 */
export function formatCitation(citation: Citation, context?: CitationContext): string {
  return titleOf(citation, context) + provisionLabel(citation, context);
}

/** Formats a citation id (`yunyang-2025:53(2)` → `第五十三条第（二）项`). Throws on a malformed id. */
export function formatCitationId(id: string, context?: CitationContext): string {
  return formatCitation(toCitation(id), context);
}

/**
 * Formats several citations joined by 、, writing a source's title once for consecutive
 * citations of it: `第四十条、第五十二条`, `《政府信息公开条例》第三十三条、第三十六条`.
 * Accepts citations or citation ids; throws on a malformed id.
 */
export function formatCitations(citations: readonly (Citation | string)[], context?: CitationContext): string {
  let previousSource: string | undefined;
  return citations
    .map((raw) => {
      const c = toCitation(raw);
      const label = c.source === previousSource ? provisionLabel(c, context) : formatCitation(c, context);
      previousSource = c.source;
      return label;
    })
    .join('、');
}

/**
 * A message that begins with what it cites: `第二十条：规范性文件须经……`. With no citations the
 * text is returned as is.
 */
export function citeMessage(
  citations: readonly (Citation | string)[],
  text: string,
  context?: CitationContext,
): string {
  return citations.length === 0 ? text : `${formatCitations(citations, context)}：${text}`;
}
