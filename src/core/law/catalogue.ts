/**
 * The article catalogue: the rule pack's own articles (full text, by chapter) and the other
 * sources it rests on (national and municipal law, by title and the article numbers the system
 * cites). Every citation a rule makes must be found here.
 */

import { isIsoDate, type IsoDate } from '../kernel/time.ts';
import { citationId, parseCitationId, type Citation } from '../rules/rule.ts';
import type { CitationContext } from './citation.ts';
import { parseChineseNumeral } from './numerals.ts';

export type SourceKind = 'pack' | 'national' | 'municipal';

/** A body of rules that can be cited. */
export interface Source {
  /** Short id used in citation ids (`ogi-2019:33`): lower-case letters, digits and dashes. */
  readonly id: string;
  /** Full title in Chinese, without 《》: 中华人民共和国政府信息公开条例. */
  readonly title: string;
  /** The name used in citations when shorter: 政府信息公开条例. */
  readonly shortTitle?: string;
  /** What clause numbers in citations of this source count: items 项 (default) or paragraphs 款. */
  readonly clauseKind?: 'item' | 'paragraph';
  readonly kind: SourceKind;
  /** How and when it was made, as written in the source: 2019年4月3日国务院令第711号修订. */
  readonly promulgation?: string;
  readonly effectiveFrom?: IsoDate;
  /**
   * For sources whose text is not stored (national, municipal): the article numbers the system
   * cites. A citation of any other article of such a source is an error.
   */
  readonly citedArticles?: readonly number[];
  /** Where the facts come from and how sure they are. */
  readonly note?: string;
}

export interface Chapter {
  readonly number: number;
  readonly title: string;
  /** True when the published page lacked the title and it was restored. */
  readonly titleRestored?: boolean;
}

/** One article of the rule pack, with its text. */
export interface Article {
  readonly source: string;
  readonly number: number;
  readonly chapter: Chapter;
  readonly paragraphs: readonly string[];
  /** The numbers of the items (一)(二)… that begin paragraphs of the article, in order. */
  readonly clauses: readonly number[];
}

/** The rule pack's text as stored in its JSON file. */
export interface PackText {
  readonly title: string;
  readonly jurisdiction?: string;
  readonly issuer: string;
  readonly promulgatedBy: string;
  readonly issuedOn: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly replaces?: { readonly title: string; readonly issuedOn: IsoDate };
  readonly interpretedBy?: string;
  readonly restorations: readonly {
    readonly article: number;
    readonly asPublished: string;
    readonly restored: string;
    readonly why: string;
  }[];
  readonly chapters: readonly (Chapter & {
    readonly articles: readonly { readonly number: number; readonly paragraphs: readonly string[] }[];
  })[];
}

/** The catalogue of one rule pack. It is also the context for formatting citations. */
export interface Catalogue extends CitationContext {
  /** The rule pack's id: its own articles are cited without a title. */
  readonly packId: string;
  readonly text: PackText;
  /** The pack itself first, then the other sources in the order given. */
  readonly sources: readonly Source[];
  readonly chapters: readonly Chapter[];
  /** The pack's articles in order. */
  readonly articles: readonly Article[];
  source(id: string): Source | undefined;
  /** An article with its text; only the pack's own articles have one. */
  article(source: string, n: number): Article | undefined;
  /**
   * True when the citation (or citation id) names a provision in the catalogue: an existing article
   * (and numbered item) of the pack, or one of the `citedArticles` of another source, whose items
   * are not checked since their text is not stored.
   */
  hasCitation(c: Citation | string): boolean;
  /** Why a citation is not in the catalogue (in English, for developers), or undefined when it is. */
  citationProblem(c: Citation | string): string | undefined;
}

/** The pack JSON or a source list does not have the expected shape. */
export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

// ---- reading the pack JSON -------------------------------------------------------------------

type Json = Readonly<Record<string, unknown>>;

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : (JSON.stringify(got) ?? typeof got).slice(0, 60);
  throw new CatalogueError(`rule pack text: ${path} must be ${expected}, got ${shown}`);
}

function object(v: unknown, path: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Json;
}

function array(v: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, 'a non-empty array', v);
  return v as readonly unknown[];
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(path, 'a non-empty string', v);
  return v;
}

function optionalText(v: unknown, path: string): string | undefined {
  return v === undefined ? undefined : text(v, path);
}

function date(v: unknown, path: string): IsoDate {
  if (typeof v !== 'string' || !isIsoDate(v)) fail(path, 'a date as YYYY-MM-DD', v);
  return v;
}

function positiveInteger(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(path, 'a positive integer', v);
  return v;
}

/**
 * Reads and checks the pack's JSON text: required fields, chapters numbered 1, 2, 3 … and
 * articles numbered 1, 2, 3 … across chapters, each with non-empty paragraphs. Throws a
 * CatalogueError naming the offending field.
 */
export function parsePackText(json: unknown): PackText {
  const root = object(json, '(root)');
  const replaces = root['replaces'] === undefined ? undefined : object(root['replaces'], 'replaces');
  const restorations = root['restorations'] === undefined ? [] : (root['restorations'] as unknown);
  if (!Array.isArray(restorations)) fail('restorations', 'an array', restorations);

  let expectedArticle = 1;
  const chapters = array(root['chapters'], 'chapters').map((raw, ci) => {
    const path = `chapters[${ci}]`;
    const c = object(raw, path);
    const number = positiveInteger(c['number'], `${path}.number`);
    if (number !== ci + 1) fail(`${path}.number`, `${ci + 1} (chapters are numbered in order)`, number);
    const titleRestored = c['titleRestored'];
    if (titleRestored !== undefined && typeof titleRestored !== 'boolean') fail(`${path}.titleRestored`, 'a boolean', titleRestored);
    const articles = array(c['articles'], `${path}.articles`).map((rawArticle, ai) => {
      const apath = `${path}.articles[${ai}]`;
      const a = object(rawArticle, apath);
      const n = positiveInteger(a['number'], `${apath}.number`);
      if (n !== expectedArticle) fail(`${apath}.number`, `${expectedArticle} (articles are numbered in order)`, n);
      expectedArticle += 1;
      const paragraphs = array(a['paragraphs'], `${apath}.paragraphs`).map((p, pi) => text(p, `${apath}.paragraphs[${pi}]`));
      return { number: n, paragraphs };
    });
    return {
      number,
      title: text(c['title'], `${path}.title`),
      ...(titleRestored === true ? { titleRestored } : {}),
      articles,
    };
  });

  const effectiveFrom = date(root['effectiveFrom'], 'effectiveFrom');
  const issuedOn = date(root['issuedOn'], 'issuedOn');
  const jurisdiction = optionalText(root['jurisdiction'], 'jurisdiction');
  const interpretedBy = optionalText(root['interpretedBy'], 'interpretedBy');
  return {
    title: text(root['title'], 'title'),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    issuer: text(root['issuer'], 'issuer'),
    promulgatedBy: text(root['promulgatedBy'], 'promulgatedBy'),
    issuedOn,
    effectiveFrom,
    ...(replaces === undefined
      ? {}
      : { replaces: { title: text(replaces['title'], 'replaces.title'), issuedOn: date(replaces['issuedOn'], 'replaces.issuedOn') } }),
    ...(interpretedBy === undefined ? {} : { interpretedBy }),
    restorations: restorations.map((raw, i) => {
      const r = object(raw, `restorations[${i}]`);
      return {
        article: positiveInteger(r['article'], `restorations[${i}].article`),
        asPublished: text(r['asPublished'], `restorations[${i}].asPublished`),
        restored: text(r['restored'], `restorations[${i}].restored`),
        why: text(r['why'], `restorations[${i}].why`),
      };
    }),
    chapters,
  };
}

// ---- items inside an article ----------------------------------------------------------------

const CLAUSE_MARK = /^[(（]([一二三四五六七八九十]+)[)）]/;

/** The item numbers (一)(二)… that begin the given paragraphs, in order. */
export function clausesOf(paragraphs: readonly string[]): number[] {
  return paragraphs.flatMap((p) => {
    const m = CLAUSE_MARK.exec(p);
    const n = m?.[1] === undefined ? undefined : parseChineseNumeral(m[1]);
    return n === undefined ? [] : [n];
  });
}

// ---- the catalogue ---------------------------------------------------------------------------

const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkSource(s: Source, index: number): void {
  const at = `sources[${index}] (${s.id})`;
  if (!SOURCE_ID.test(s.id)) throw new CatalogueError(`${at}: id must be lower-case letters, digits and dashes`);
  if (s.title.trim() === '' || /[《》]/.test(s.title)) throw new CatalogueError(`${at}: title must be non-empty and without 《》`);
  if (s.shortTitle !== undefined && (s.shortTitle.trim() === '' || /[《》]/.test(s.shortTitle))) {
    throw new CatalogueError(`${at}: shortTitle must be non-empty and without 《》`);
  }
  if (s.effectiveFrom !== undefined && !isIsoDate(s.effectiveFrom)) throw new CatalogueError(`${at}: effectiveFrom must be YYYY-MM-DD`);
  if (s.kind === 'pack') throw new CatalogueError(`${at}: only the catalogue's own pack may be of kind "pack"`);
  const cited = s.citedArticles ?? [];
  if (cited.some((n) => !Number.isInteger(n) || n < 1)) throw new CatalogueError(`${at}: citedArticles must be positive integers`);
  if (new Set(cited).size !== cited.length) throw new CatalogueError(`${at}: citedArticles has duplicates`);
}

/**
 * Builds the catalogue of a rule pack from its JSON text and the other sources it cites.
 * Throws a CatalogueError when the text is malformed, a source is malformed, or two sources share
 * an id.
 */
export function buildCatalogue(packJson: unknown, otherSources: readonly Source[], options: { readonly id: string }): Catalogue {
  if (!SOURCE_ID.test(options.id)) throw new CatalogueError(`pack id "${options.id}" must be lower-case letters, digits and dashes`);
  const packText = parsePackText(packJson);
  const packSource: Source = {
    id: options.id,
    title: packText.title,
    kind: 'pack',
    promulgation: packText.promulgatedBy,
    effectiveFrom: packText.effectiveFrom,
  };
  otherSources.forEach(checkSource);
  const sources: readonly Source[] = [packSource, ...otherSources];
  const byId = new Map<string, Source>();
  for (const s of sources) {
    if (byId.has(s.id)) throw new CatalogueError(`source id "${s.id}" is used twice`);
    byId.set(s.id, s);
  }

  const chapters: Chapter[] = [];
  const articles: Article[] = [];
  for (const c of packText.chapters) {
    const chapter: Chapter = { number: c.number, title: c.title, ...(c.titleRestored === true ? { titleRestored: true } : {}) };
    chapters.push(chapter);
    for (const a of c.articles) {
      articles.push({ source: options.id, number: a.number, chapter, paragraphs: a.paragraphs, clauses: clausesOf(a.paragraphs) });
    }
  }
  for (const r of packText.restorations) {
    if (r.article > articles.length) throw new CatalogueError(`rule pack text: restorations name article ${r.article}, which does not exist`);
  }

  const citationProblem = (raw: Citation | string): string | undefined => {
    const c = typeof raw === 'string' ? parseCitationId(raw) : raw;
    if (c === undefined) return `malformed citation id "${typeof raw === 'string' ? raw : citationId(raw)}"`;
    const source = byId.get(c.source);
    const shown = citationId(c);
    if (source === undefined) return `${shown}: unknown source "${c.source}"`;
    if (source.id === options.id) {
      const article = articles[c.article - 1];
      if (article === undefined) return `${shown}: ${options.id} has articles 1–${articles.length}`;
      if (c.clause !== undefined && !article.clauses.includes(c.clause)) {
        return `${shown}: article ${c.article} has ${article.clauses.length === 0 ? 'no numbered items' : `items ${article.clauses.join(', ')}`}`;
      }
      return undefined;
    }
    // Other sources' text is not stored: only the articles the system declares it cites are valid.
    if (!(source.citedArticles ?? []).includes(c.article)) return `${shown}: article ${c.article} is not among the cited articles of ${source.id}`;
    return undefined;
  };

  return {
    packId: options.id,
    text: packText,
    sources,
    chapters,
    articles,
    source: (id) => byId.get(id),
    article: (source, n) => (source === options.id ? articles[n - 1] : undefined),
    hasCitation: (c) => citationProblem(c) === undefined,
    citationProblem,
  };
}
