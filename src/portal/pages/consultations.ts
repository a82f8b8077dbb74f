/**
 * 征求意见 on the portal: the open consultations and the latest closed ones, each consultation's
 * draft, explanation and closing time with the comment form (a plain POST, no script), the
 * confirmation after a comment, and the published feedback. No commenter's name or contact is
 * ever shown here.
 */
import { daysBetween } from '../../core/calendar/index.ts';
import type { CommentField } from '../../core/procedures/consultations/comment-input.ts';
import { CONTACT_MAX_CHARS, NAME_MAX_CHARS } from '../../core/procedures/consultations/comment-input.ts';
import { formatChineseDate, localDate } from '../../core/kernel/time.ts';
import { offsetOf } from '../../services/consultations/consultations.ts';
import type { PublicConsultation, PublicConsultationSummary } from '../../services/consultations/view-consultations.ts';
import { html, keepScript, type Html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

export const CONSULTATIONS_PATH = '/portal/consultations';

/** What the reader typed, echoed back as typed. */
export interface CommentForm {
  readonly content: string;
  readonly name: string;
  readonly contact: string;
}

export const EMPTY_FORM: CommentForm = { content: '', name: '', contact: '' };

export interface FormOutcome {
  readonly values?: CommentForm;
  readonly errors?: Partial<Record<CommentField, string>>;
  /** A refusal of the whole submission (outside the window, too many submissions). */
  readonly refusal?: string;
}

const FIELD_ORDER: readonly CommentField[] = ['content', 'name', 'contact'];

/** `2025年11月3日 09:00` in the government's local time. */
function localMinute(iso: string, offset: number): string {
  const at = new Date(iso);
  const shifted = new Date(at.getTime() + offset * 60_000);
  return `${formatChineseDate(localDate(at, offset))} ${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

const closing = (lastDay: string) => `${formatChineseDate(lastDay)}24时`;

function paragraphs(text: string): Html {
  return html`${text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '').map((p) => html`<p>${p}</p>`)}`;
}

function remaining(c: { lastDay: string; closesAt: string }, now: Date): string {
  const today = localDate(now, offsetOf(c));
  const days = daysBetween(today, c.lastDay);
  return days <= 0 ? '今日24时截止' : `距截止还有${days}天`;
}

function item(ctx: PageContext, c: PublicConsultationSummary, now: Date): Html {
  const offset = offsetOf(c);
  return html`<li class="consultation">
<h3><a href="${href(`${CONSULTATIONS_PATH}/${c.id}`, ctx.prefs)}">${c.title}</a></h3>
<p class="meta">${c.subjectTypeLabel} · 起草单位：${c.draftingBodyName} · <span class="state state-${c.state}">${c.stateLabel}</span></p>
<p>征求意见时间：${localMinute(c.opensAt, offset)}至${closing(c.lastDay)}${c.state === 'open' ? `（${remaining(c, now)}）` : ''}</p>
${c.shortenedReason ? html`<p class="meta">已缩短征求意见期限，理由：${c.shortenedReason}</p>` : ''}
</li>`;
}

/** /portal/consultations: open consultations first (soonest closing first), then the latest closed ones. */
export function consultationsPage(ctx: PageContext, data: { open: readonly PublicConsultationSummary[]; closed: readonly PublicConsultationSummary[] }, now: Date): string {
  const main = html`<h1>征求意见</h1>
<p class="lead">县政府及其部门就规范性文件、重大行政决策草案向社会公开征求意见。欢迎在征求意见期间内提出意见和建议。</p>
<div class="note"><p>意见经审核后由起草单位研究处理；征求意见结束后，起草单位公开意见采纳情况。您填写的姓名和联系方式不会公开。</p></div>
<section aria-labelledby="open-h">
<h2 id="open-h">正在征求意见</h2>
${data.open.length === 0 ? html`<p>目前没有正在征求意见的事项。</p>` : html`<ul class="plain list">${data.open.map((c) => item(ctx, c, now))}</ul>`}
</section>
<section aria-labelledby="closed-h">
<h2 id="closed-h">已截止的征求意见</h2>
${data.closed.length === 0 ? html`<p>暂无已截止的征求意见。</p>` : html`<ul class="plain list">${data.closed.map((c) => item(ctx, c, now))}</ul>`}
</section>`;
  return renderPage(ctx, { title: '征求意见', section: 'consultations', crumbs: [{ label: '征求意见' }], main });
}

function fieldError(field: CommentField, errors: Partial<Record<CommentField, string>>): Html | '' {
  const e = errors[field];
  return e ? html`<p class="field-error" id="${field}-error"><span class="visually-hidden">错误：</span>${e}</p>` : '';
}

function describedBy(field: CommentField, errors: Partial<Record<CommentField, string>>): string {
  return [`${field}-hint`, errors[field] ? `${field}-error` : ''].filter((s) => s !== '').join(' ');
}

const invalid = (field: CommentField, errors: Partial<Record<CommentField, string>>) => (errors[field] ? html` aria-invalid="true"` : '');

function commentForm(ctx: PageContext, c: PublicConsultation, limits: { minChars: number; maxChars: number }, outcome: FormOutcome): Html {
  const errors = outcome.errors ?? {};
  const values = outcome.values ?? EMPTY_FORM;
  const wrong = FIELD_ORDER.filter((f) => errors[f] !== undefined);
  return html`<section class="panel" aria-labelledby="form-h">
<h2 id="form-h">提出意见</h2>
<p>请于<strong>${closing(c.lastDay)}</strong>（北京时间）前提交。意见经审核后由${c.draftingBodyName}研究处理，采纳情况在征求意见结束后公开。</p>
${outcome.refusal ? html`<div class="error-summary" role="alert" aria-labelledby="refusal-h"><h2 id="refusal-h">未能提交</h2><p>${outcome.refusal}</p></div>` : ''}
${wrong.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-h">
<h2 id="error-summary-h">请更正以下内容</h2>
<ul class="plain">${wrong.map((f) => html`<li><a href="#${f}">${errors[f]}</a></li>`)}</ul>
</div>`
    : ''}
<form method="post" action="${href(`${CONSULTATIONS_PATH}/${c.id}/comments`, ctx.prefs)}">
<div class="field">
  <label for="content">意见内容（必填）</label>
  <p class="hint" id="content-hint">请写明具体意见和理由，${limits.minChars}至${limits.maxChars}字。请勿在此填写身份证号码、电话号码等个人信息。</p>
  ${fieldError('content', errors)}
  <textarea id="content" name="content" rows="10" required maxlength="${limits.maxChars}" aria-describedby="${describedBy('content', errors)}"${invalid('content', errors)}>${keepScript(values.content)}</textarea>
</div>
<div class="field">
  <label for="name">姓名（选填）</label>
  <p class="hint" id="name-hint">不公开，仅供起草单位需要时与您联系。</p>
  ${fieldError('name', errors)}
  <input type="text" id="name" name="name" value="${values.name}" maxlength="${NAME_MAX_CHARS}" autocomplete="name" aria-describedby="${describedBy('name', errors)}"${invalid('name', errors)}>
</div>
<div class="field">
  <label for="contact">联系方式（选填）</label>
  <p class="hint" id="contact-hint">电话或电子邮箱。不公开。</p>
  ${fieldError('contact', errors)}
  <input type="text" id="contact" name="contact" value="${values.contact}" maxlength="${CONTACT_MAX_CHARS}" aria-describedby="${describedBy('contact', errors)}"${invalid('contact', errors)}>
</div>
<div class="hp"><label for="website">网址（此项请留空）</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>
<button type="submit">提交意见</button>
</form>
</section>`;
}

function feedbackSection(c: PublicConsultation): Html | '' {
  const f = c.feedback;
  if (f === null) return '';
  const offset = offsetOf(c);
  return html`<section class="panel" aria-labelledby="feedback-h" id="feedback">
<h2 id="feedback-h">意见采纳情况</h2>
<p class="meta">${c.draftingBodyName}于${localMinute(f.publishedAt, offset)}公开</p>
${paragraphs(f.summary)}
${f.comments.length === 0
    ? html`<p>征求意见期间未收到经审核采用的意见。</p>`
    : html`<div class="table-wrap"><table>
<caption>收到的意见及采纳情况（共${f.comments.length}条${f.notUsed > 0 ? `；另有${f.notUsed}条因与征求意见内容无关等原因未予采用` : ''}）</caption>
<thead><tr><th scope="col">序号</th><th scope="col">意见</th><th scope="col">采纳情况</th><th scope="col">理由</th></tr></thead>
<tbody>${f.comments.map((m) => html`<tr><th scope="row">${m.n}</th><td>${m.text}</td><td class="handling-${m.handling}">${m.handlingLabel}</td><td>${m.reason ?? '—'}</td></tr>`)}</tbody>
</table></div>`}
</section>`;
}

/** /portal/consultations/:id: the draft, its explanation, the window, the form while open, the feedback once published. */
export function consultationPage(ctx: PageContext, c: PublicConsultation, now: Date, limits: { minChars: number; maxChars: number }, outcome: FormOutcome = {}): string {
  const offset = offsetOf(c);
  const hasErrors = Object.keys(outcome.errors ?? {}).length > 0 || outcome.refusal !== undefined;
  const main = html`<h1>${c.title}</h1>
<p class="meta">${c.subjectTypeLabel}征求意见 · 起草单位：${c.draftingBodyName}</p>
<section class="panel" aria-labelledby="window-h">
<h2 id="window-h">征求意见时间</h2>
<dl class="facts">
  <dt>开始时间</dt><dd>${localMinute(c.opensAt, offset)}</dd>
  <dt>截止时间</dt><dd id="closes">${closing(c.lastDay)}（北京时间）</dd>
  <dt>状态</dt><dd id="state"><span class="state state-${c.state}">${c.stateLabel}</span>${c.state === 'open' ? `（${remaining(c, now)}）` : ''}</dd>
  <dt>已采用的意见</dt><dd>${c.approvedCount}条（经审核）</dd>
</dl>
${c.shortenedReason ? html`<div class="warn" role="note" id="shortened"><strong>缩短征求意见期限的理由：</strong>${c.shortenedReason}</div>` : ''}
<p class="hint">${c.requirement}。${c.minimumSummary}</p>
</section>
<section aria-labelledby="draft-h">
<h2 id="draft-h">征求意见稿</h2>
<div class="doc-text">${paragraphs(c.draftText)}</div>
</section>
<section aria-labelledby="explanation-h">
<h2 id="explanation-h">起草说明</h2>
<div class="doc-text">${paragraphs(c.explanation)}</div>
</section>
${c.state === 'open'
    ? commentForm(ctx, c, limits, outcome)
    : html`<section class="panel" aria-labelledby="closed-h"><h2 id="closed-h">提出意见</h2>
${outcome.refusal ? html`<div class="error-summary" role="alert"><p>${outcome.refusal}</p></div>` : ''}
<p>本次征求意见已于${closing(c.lastDay)}截止，不再接收意见。${c.feedback === null ? '起草单位正在研究处理收到的意见，采纳情况将在此公开。' : ''}</p></section>`}
${feedbackSection(c)}
<p><a href="${href(CONSULTATIONS_PATH, ctx.prefs)}">返回征求意见列表</a></p>`;
  return renderPage(ctx, {
    title: hasErrors ? `错误：${c.title}` : c.title,
    section: 'consultations',
    crumbs: [{ label: '征求意见', path: CONSULTATIONS_PATH }, { label: c.title }],
    main,
  });
}

/** /portal/consultations/:id/received: the plain confirmation after a comment (the POST redirects here). */
export function commentReceivedPage(ctx: PageContext, c: PublicConsultation): string {
  const main = html`<h1>意见已提交</h1>
<div class="panel result" role="status">
<p>感谢您对“${c.title}”提出意见。</p>
<p>意见经审核后由${c.draftingBodyName}研究处理，采纳情况将在征求意见结束后公开。您填写的姓名和联系方式不会公开。</p>
</div>
<ul class="plain">
  <li><a href="${href(`${CONSULTATIONS_PATH}/${c.id}`, ctx.prefs)}">返回“${c.title}”</a></li>
  <li><a href="${href(CONSULTATIONS_PATH, ctx.prefs)}">查看其他征求意见</a></li>
</ul>`;
  return renderPage(ctx, {
    title: '意见已提交',
    section: 'consultations',
    crumbs: [{ label: '征求意见', path: CONSULTATIONS_PATH }, { label: c.title, path: `${CONSULTATIONS_PATH}/${c.id}` }, { label: '意见已提交' }],
    main,
  });
}
