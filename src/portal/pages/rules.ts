import { formatChineseDate } from '../../core/kernel/time.ts';
import { toChineseNumeral } from '../../core/law/numerals.ts';
import { getArticle, listArticles } from '../../services/law/law-catalogue.ts';
import { html, type Html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

type Catalogue = ReturnType<typeof listArticles>;
type Restoration = Catalogue['restorations'][number];
interface ChapterRef { readonly number: number; readonly title: string; readonly titleRestored?: boolean | undefined }

const chapterLabel = (c: ChapterRef) => `第${toChineseNumeral(c.number)}章 ${c.title}`;

function restorationItem(r: Restoration, withArticle: boolean): Html {
  return html`<li>${withArticle ? `第${toChineseNumeral(r.article)}条：` : ''}公布文本作“${r.asPublished}”，本站读作“${r.restored}”。</li>`;
}

function chapterTitleNote(chapters: readonly ChapterRef[]): Html | '' {
  const restored = chapters.filter((c) => c.titleRestored === true);
  if (restored.length === 0) return '';
  const names = restored.map((c) => `第${toChineseNumeral(c.number)}章`).join('、');
  const titles = restored.map((c) => `“${c.title}”`).join('');
  return html`<li>${names}的章名在公布网页上缺失，按通例补作${titles}。</li>`;
}

function title(cat: Catalogue): string {
  return `《${cat.pack.title}》`;
}

/** /portal/rules: the Working Rules as a table of contents by chapter. */
export function rulesPage(ctx: PageContext): string {
  const cat = listArticles();
  const { pack } = cat;
  const main = html`<h1>${title(cat)}</h1>
<p class="meta">${pack.promulgatedBy} · 自${formatChineseDate(pack.effectiveFrom)}起施行${pack.interpretedBy ? ` · 由${pack.interpretedBy}负责解释` : ''}</p>
<p>全文共${toChineseNumeral(cat.chapters.length)}章${toChineseNumeral(cat.articles.length)}条。点击条目查看全文。</p>
<nav aria-labelledby="toc-h" class="panel">
<h2 id="toc-h">目录</h2>
${cat.chapters.map((c) => {
  const arts = cat.articles.filter((a) => a.chapter.number === c.number);
  return html`<section aria-labelledby="ch-${c.number}">
<h3 id="ch-${c.number}">${chapterLabel(c)}${c.titleRestored ? '（章名系补正）' : ''}</h3>
<ol class="toc">${arts.map(
    (a) => html`<li><a href="${href(`/portal/rules/${a.number}`, ctx.prefs)}">${a.label}</a> <span class="excerpt">${a.excerpt}${(a.text[0] ?? '').length > a.excerpt.length || a.text.length > 1 ? '……' : ''}</span></li>`,
  )}</ol>
</section>`;
})}
</nav>
<section aria-labelledby="restore-h" class="note">
<h2 id="restore-h">文本说明</h2>
<p>本站所据的公布网页个别处有脱字。以下各处已按上下文补正，逐一列明，供核对：</p>
<ul class="plain">${cat.restorations.map((r) => restorationItem(r, true))}${chapterTitleNote(cat.chapters)}</ul>
</section>`;
  return renderPage(ctx, { title: title(cat), section: 'rules', crumbs: [{ label: '县政府工作规则' }], main });
}

/** /portal/rules/:n — one article; undefined when the rules have no such article. */
export function articlePage(ctx: PageContext, n: number): string | undefined {
  const cat = listArticles();
  const index = cat.articles.findIndex((a) => a.number === n);
  if (index < 0) return undefined;
  const a = getArticle(n);
  const prev = cat.articles[index - 1];
  const next = cat.articles[index + 1];
  const main = html`<p class="meta">${title(cat)} · ${chapterLabel(a.chapter)}</p>
<h1>${a.label}</h1>
<div class="panel article-text">${a.paragraphs.map((p) => html`<p>${p}</p>`)}</div>
${a.restorations.length > 0 || a.chapter.titleRestored
    ? html`<section aria-labelledby="restore-h" class="note">
<h2 id="restore-h">文本补正说明</h2>
<ul class="plain">${a.restorations.map((r) => restorationItem(r, false))}${chapterTitleNote([a.chapter])}</ul>
<p><a href="${href('/portal/rules', ctx.prefs)}#restore-h">全部补正说明</a></p>
</section>`
    : ''}
<nav class="pager" aria-label="条文翻页">
  <span>${prev ? html`<a href="${href(`/portal/rules/${prev.number}`, ctx.prefs)}" rel="prev">上一条：${prev.label}</a>` : '已是第一条'}</span>
  <span><a href="${href('/portal/rules', ctx.prefs)}">返回目录</a></span>
  <span>${next ? html`<a href="${href(`/portal/rules/${next.number}`, ctx.prefs)}" rel="next">下一条：${next.label}</a>` : '已是最后一条'}</span>
</nav>`;
  return renderPage(ctx, {
    title: `${a.label} - ${title(cat)}`,
    section: 'rules',
    crumbs: [{ label: '县政府工作规则', path: '/portal/rules' }, { label: a.label }],
    main,
  });
}
