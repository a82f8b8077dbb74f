/**
 * 规范性文件 on the portal (art. 21): only published documents are shown — a document not published
 * binds no one — each with its number, dates and status (现行有效 / 已修改 / 已废止 / 已失效), and
 * its text. Works without script.
 */
import { formatChineseDate } from '../../core/kernel/time.ts';
import type { publishedNormative } from '../../services/normative/view-normative.ts';
import { html, type Html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

export const NORMATIVE_PATH = '/portal/normative';

export type PublishedNormative = Awaited<ReturnType<typeof publishedNormative>>[number];

const stateClass = (s: PublishedNormative['status']) => (s === 'in-force' ? 'state state-open' : 'state state-closed');

function item(ctx: PageContext, d: PublishedNormative): Html {
  return html`<li class="consultation">
<h3><a href="${href(`${NORMATIVE_PATH}/${d.id}`, ctx.prefs)}">${d.title}</a></h3>
<p class="meta">${d.docNumber} · ${d.issuerLabel} · <span class="${stateClass(d.status)}">${d.statusLabel}</span></p>
<p>${formatChineseDate(d.publishedDate)}公布，自${formatChineseDate(d.effectiveDate)}起施行${d.validUntil ? `，有效期至${formatChineseDate(d.validUntil)}` : ''}</p>
${d.endingNote ? html`<p class="meta">${d.endingNote}</p>` : ''}
</li>`;
}

/** /portal/normative: the published normative documents, newest first, with their status. */
export function normativeListPage(ctx: PageContext, docs: readonly PublishedNormative[]): string {
  const inForce = docs.filter((d) => d.status === 'in-force');
  const ended = docs.filter((d) => d.status !== 'in-force');
  const main = html`<h1>规范性文件</h1>
<p class="lead">以县政府和县政府办公室名义印发的行政规范性文件（“云阳府规”“云阳府办规”）。依《云阳县人民政府工作规则》第二十一条，规范性文件印发后通过政府公报、政府网站向社会公开；未经公开发布的，不得作为实施行政管理的依据。</p>
<section aria-labelledby="in-force-h">
<h2 id="in-force-h">现行有效</h2>
${inForce.length === 0 ? html`<p>暂无现行有效的规范性文件。</p>` : html`<ul class="plain list">${inForce.map((d) => item(ctx, d))}</ul>`}
</section>
<section aria-labelledby="ended-h">
<h2 id="ended-h">已修改、已废止或已失效</h2>
${ended.length === 0 ? html`<p>暂无。</p>` : html`<ul class="plain list">${ended.map((d) => item(ctx, d))}</ul>`}
</section>`;
  return renderPage(ctx, { title: '规范性文件', section: 'normative', crumbs: [{ label: '规范性文件' }], main });
}

/** /portal/normative/:id: one published document with its text. */
export function normativePage(ctx: PageContext, d: PublishedNormative): string {
  const main = html`<h1>${d.title}</h1>
<p class="meta">${d.docNumber} · ${d.issuerLabel} · <span class="${stateClass(d.status)}">${d.statusLabel}</span></p>
<p>${formatChineseDate(d.publishedDate)}公布，自${formatChineseDate(d.effectiveDate)}起施行${d.validUntil ? `，有效期至${formatChineseDate(d.validUntil)}` : ''}。</p>
${d.endingNote ? html`<div class="note"><p>${d.statusLabel}：${d.endingNote}</p></div>` : ''}
<section aria-labelledby="text-h" class="panel">
<h2 id="text-h">正文</h2>
${d.text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '').map((p) => html`<p>${p}</p>`)}
</section>`;
  return renderPage(ctx, { title: d.title, section: 'normative', crumbs: [{ label: '规范性文件', path: NORMATIVE_PATH }, { label: d.title }], main });
}
