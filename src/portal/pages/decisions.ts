import { formatChineseDate } from '../../core/kernel/time.ts';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../core/procedures/meetings/meetings.ts';
import type { listPublishedDecisions } from '../../services/meetings/decision-publication.ts';
import { html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href, prefInputs } from '../prefs.ts';

export type PublishedDecisions = Awaited<ReturnType<typeof listPublishedDecisions>>;

export interface DecisionFilter {
  readonly year?: number | undefined;
  readonly kind?: MeetingKind | undefined;
}

/** Reads the filter from the query; anything not a year or a meeting kind is ignored. */
export function readDecisionFilter(year: string | undefined, kind: string | undefined): DecisionFilter {
  return {
    year: year !== undefined && /^\d{4}$/.test(year) ? Number(year) : undefined,
    kind: (MEETING_KINDS as readonly string[]).includes(kind ?? '') ? (kind as MeetingKind) : undefined,
  };
}

/**
 * /portal/decisions — 会议决定公开 (art. 30): the decisions the office has published, by meeting,
 * newest first: meeting, date, decision and lead unit. Nothing else is ever stored for this page,
 * so no person and no withheld or unpublished decision can appear on it.
 */
export function decisionsPage(ctx: PageContext, data: PublishedDecisions, filter: DecisionFilter): string {
  const { prefs } = ctx;
  const filtered = filter.year !== undefined || filter.kind !== undefined;
  const main = html`<h1>会议决定公开</h1>
<p class="lead">依<a href="${href('/portal/rules/30', prefs)}">《云阳县人民政府工作规则》第三十条</a>，县政府全体会议和县政府常务会议讨论决定的事项，除依法需要保密的外，及时公布。本栏目公布会议纪要签发后确定公开的议定事项。</p>
<form method="get" action="/portal/decisions" class="panel filters" aria-labelledby="filter-h">
<h2 id="filter-h">筛选</h2>
<div class="field-row">
  <div class="field">
    <label for="year">年度</label>
    <select id="year" name="year">
      <option value=""${filter.year === undefined ? html` selected` : ''}>全部年度</option>
      ${data.years.map((y) => html`<option value="${y}"${filter.year === y ? html` selected` : ''}>${y}年</option>`)}
    </select>
  </div>
  <div class="field">
    <label for="kind">会议类别</label>
    <select id="kind" name="kind">
      <option value=""${filter.kind === undefined ? html` selected` : ''}>全部会议</option>
      ${MEETING_KINDS.map((k) => html`<option value="${k}"${filter.kind === k ? html` selected` : ''}>${MEETING_KIND_LABELS[k]}</option>`)}
    </select>
  </div>
</div>
${prefInputs(prefs)}
<button type="submit">筛选</button>
</form>
<p class="meta" id="count" role="status">${data.meetings.length === 0
    ? (filtered ? '没有符合条件的会议决定。' : '尚未公布会议决定。')
    : `共${data.meetings.length}次会议、${data.total}项决定事项。`}</p>
${data.meetings.map((m, i) => html`<section class="panel decision" aria-labelledby="m-${i}">
<h2 id="m-${i}">${formatChineseDate(m.date)}${m.title}</h2>
<dl class="facts">
  <dt>会议类别</dt><dd>${m.kindLabel}</dd>
  <dt>会议日期</dt><dd>${formatChineseDate(m.date)}</dd>
  <dt>公布日期</dt><dd>${formatChineseDate(m.publishedDate)}</dd>
</dl>
<div class="table-wrap"><table>
<caption>${m.title}（${formatChineseDate(m.date)}）议定事项</caption>
<thead><tr><th scope="col">序号</th><th scope="col">决定事项</th><th scope="col">主办单位</th></tr></thead>
<tbody>${m.decisions.map((d, j) => html`<tr><td>${j + 1}</td><td>${d.text}</td><td>${d.leadBodyName}</td></tr>`)}</tbody>
</table></div>
</section>`)}
<section class="note" aria-labelledby="about-h">
<h2 id="about-h">说明</h2>
<p>依法需要保密的事项不予公布。公布的内容不含个人信息；如需了解会议纪要全文，可依《中华人民共和国政府信息公开条例》申请公开。</p>
</section>`;
  return renderPage(ctx, { title: '会议决定公开', section: 'decisions', crumbs: [{ label: '会议决定公开' }], main });
}
