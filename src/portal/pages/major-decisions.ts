import { formatChineseDate } from '../../core/kernel/time.ts';
import type { PublicMajorDecisions } from '../../services/major-decisions/view.ts';
import { html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

const instantDate = (iso: string | null): string => (iso ? formatChineseDate(new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10)) : '—');
const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * /portal/major-decisions — 重大行政决策 (art. 23; 条例第三条、第三十二条): each year's catalogue as last
 * published, with the county party committee's consent and every adjustment's reason; and the
 * decisions published, with how public and expert opinions were adopted and their current state.
 * Only what was published is stored for it: no unconsented item, no withheld decision, no person.
 */
export function majorDecisionsPage(ctx: PageContext, data: PublicMajorDecisions): string {
  const { prefs } = ctx;
  const main = html`<h1>重大行政决策</h1>
<p class="lead">依<a href="${href('/portal/rules/23', prefs)}">《云阳县人民政府工作规则》第二十三条</a>和《重大行政决策程序暂行条例》第三条，县政府实行重大行政决策目录化管理，决策事项目录经县委同意后向社会公布；重大行政决策经县政府常务会议或全体会议讨论决定后及时公布（条例第三十二条）。</p>
<section aria-labelledby="cat-h">
<h2 id="cat-h">年度决策事项目录</h2>
${data.catalogues.length === 0 ? html`<p class="meta">尚未公布决策事项目录。</p>` : data.catalogues.map((c) => html`<section class="panel" aria-labelledby="cat-${c.year}">
<h3 id="cat-${c.year}">${c.year}年度重大行政决策事项目录</h3>
<dl class="facts">
${c.editions.map((e) => html`<dt>${e.number === 1 ? '年度目录' : `第${e.number - 1}次调整`}</dt><dd>${e.consentDate ? html`${formatChineseDate(e.consentDate)}经县委同意（${e.consentDocument ?? ''}），` : ''}${instantDate(e.publishedAt)}公布${e.reason ? html`；调整理由：${e.reason}` : ''}</dd>`)}
</dl>
<div class="table-wrap"><table>
<caption>${c.year}年度重大行政决策事项目录（共${c.items.length}项）</caption>
<thead><tr><th scope="col">序号</th><th scope="col">决策事项</th><th scope="col">主要内容</th><th scope="col">类别</th><th scope="col">承办单位</th><th scope="col">计划时间</th></tr></thead>
<tbody>${c.items.map((i) => html`<tr><td>${i.seq}</td><td>${i.title}</td><td>${i.summary}</td><td>${i.matterKindLabel}</td><td>${i.leadBodyName}</td><td>${i.plannedQuarter ? QUARTERS[i.plannedQuarter] ?? '' : '—'}</td></tr>`)}</tbody>
</table></div>
</section>`)}
</section>
<section aria-labelledby="dec-h">
<h2 id="dec-h">重大行政决策公布</h2>
<p class="meta" role="status">${data.decisions.length === 0 ? '尚未公布重大行政决策。' : `共${data.decisions.length}项。`}</p>
${data.decisions.map((d, n) => html`<section class="panel decision" aria-labelledby="d-${n}">
<h3 id="d-${n}">${d.title}</h3>
<dl class="facts">
  <dt>决定</dt><dd>${formatChineseDate(d.decidedDate)}经${d.meetingKindLabel}讨论决定</dd>
  <dt>承办单位</dt><dd>${d.leadBodyName}</dd>
  <dt>公布日期</dt><dd>${instantDate(d.publishedAt)}</dd>
  <dt>执行状态</dt><dd>${d.status}${d.statusNote ? html`（${d.statusNote}）` : ''}</dd>
</dl>
<h4>决策内容</h4>
<p>${d.decisionText}</p>
<h4>公众意见、专家论证意见的采纳情况</h4>
<p>${d.adoptionExplanation}</p>
</section>`)}
</section>
<section class="note" aria-labelledby="about-h">
<h2 id="about-h">说明</h2>
<p>依法不予公开的决策事项不予公布。对重大行政决策及其实施有意见建议的，可以信件、电话、电子邮件等方式向县人民政府或决策执行单位提出（条例第三十五条）。正在公开征求意见的决策草案见<a href="${href('/portal/consultations', prefs)}">征求意见</a>栏目。</p>
</section>`;
  return renderPage(ctx, { title: '重大行政决策', section: 'major-decisions', crumbs: [{ label: '重大行政决策' }], main });
}
