import { z } from 'zod';
import { MAX_PERIOD_DAYS, MAX_PERIOD_MONTHS, chineseWeekday, isRealDate, type DeadlineStep, type DeadlineUnit } from '../../core/calendar/index.ts';
import { formatChineseDate } from '../../core/kernel/time.ts';
import type { DeadlineView } from '../../services/calendar/compute-deadline.ts';
import { html, type Html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { prefInputs } from '../prefs.ts';

export type Field = 'start' | 'period' | 'unit';

/** What the reader typed, as typed (echoed back escaped). */
export interface DeadlineForm {
  readonly start: string;
  readonly period: string;
  readonly unit: string;
}

export interface ValidDeadlineInput {
  readonly start: string;
  readonly period: number;
  readonly unit: DeadlineUnit;
}

export type FieldErrors = Partial<Record<Field, string>>;

const UNITS: readonly { value: DeadlineUnit; label: string; per: string }[] = [
  { value: 'workday', label: '工作日', per: '个工作日' },
  { value: 'day', label: '日（自然日）', per: '日' },
  { value: 'month', label: '月', per: '个月' },
];

const FIELD_LABELS: Record<Field, string> = { start: '起算日', period: '期间', unit: '单位' };

const startSchema = z
  .string()
  .trim()
  .min(1, '请填写起算日')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), '起算日应为真实存在的日期，格式如 2025-09-26');
const periodSchema = z
  .string()
  .trim()
  .min(1, '请填写期间')
  .regex(/^\d{1,6}$/, '期间应为正整数，如 7')
  .transform(Number)
  .refine((n) => n >= 1, '期间至少为 1');
const unitSchema = z.enum(['workday', 'day', 'month'], { error: '请选择单位：工作日、日或月' });

/** Checks the form field by field (every field gets its own message). */
export function validateDeadlineForm(form: DeadlineForm): { ok: true; value: ValidDeadlineInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const start = startSchema.safeParse(form.start);
  const period = periodSchema.safeParse(form.period);
  const unit = unitSchema.safeParse(form.unit);
  if (!start.success) errors.start = start.error.issues[0]?.message ?? '起算日有误';
  if (!period.success) errors.period = period.error.issues[0]?.message ?? '期间有误';
  if (!unit.success) errors.unit = unit.error.issues[0]?.message ?? '单位有误';
  if (period.success && unit.success) {
    const max = unit.data === 'month' ? MAX_PERIOD_MONTHS : MAX_PERIOD_DAYS;
    const per = UNITS.find((u) => u.value === unit.data)?.per ?? '';
    if (period.data > max) errors.period = `期间不得超过${max}${per}`;
  }
  if (!start.success || !period.success || !unit.success || errors.period !== undefined) return { ok: false, errors };
  return { ok: true, value: { start: start.data, period: period.data, unit: unit.data } };
}

/** Maps the calculator's own messages (`period：……`) to the form's fields. */
export function errorsFromService(messages: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const m of messages) {
    const match = /^(start|period|unit)：(.*)$/s.exec(m);
    const field = (match?.[1] ?? 'period') as Field;
    errors[field] = errors[field] ? `${errors[field]}；${match?.[2] ?? m}` : (match?.[2] ?? m);
  }
  return errors;
}

function describedBy(field: Field, errors: FieldErrors, hint: boolean): string {
  return [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter((s) => s !== '').join(' ');
}

function fieldError(field: Field, errors: FieldErrors): Html | '' {
  const e = errors[field];
  return e ? html`<p class="field-error" id="${field}-error"><span class="visually-hidden">错误：</span>${e}</p>` : '';
}

function invalid(field: Field, errors: FieldErrors): Html | '' {
  return errors[field] ? html` aria-invalid="true"` : '';
}

function form(ctx: PageContext, values: DeadlineForm, errors: FieldErrors): Html {
  const fields = (Object.keys(FIELD_LABELS) as Field[]).filter((f) => errors[f] !== undefined);
  const unit = values.unit === '' ? 'workday' : values.unit;
  return html`${fields.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-h">
<h2 id="error-summary-h">请更正以下内容</h2>
<ul class="plain">${fields.map((f) => html`<li><a href="#${f === 'unit' ? 'unit-workday' : f}">${errors[f]}</a></li>`)}</ul>
</div>`
    : ''}
<form method="get" action="/portal/deadline" class="panel" aria-labelledby="form-h">
<h2 id="form-h">填写期限</h2>
<div class="field">
  <label for="start">起算日</label>
  <p class="hint" id="start-hint">引起期限计算的事件发生之日，如收到申请之日。起算日当日不计入期间。</p>
  ${fieldError('start', errors)}
  <input type="date" id="start" name="start" value="${values.start}" required aria-describedby="${describedBy('start', errors, true)}"${invalid('start', errors)}>
</div>
<div class="field">
  <label for="period">期间</label>
  <p class="hint" id="period-hint">正整数，如 7、15、20。按工作日或日计算不超过${MAX_PERIOD_DAYS}，按月计算不超过${MAX_PERIOD_MONTHS}。</p>
  ${fieldError('period', errors)}
  <input type="number" id="period" name="period" value="${values.period}" min="1" max="${MAX_PERIOD_DAYS}" step="1" inputmode="numeric" required aria-describedby="${describedBy('period', errors, true)}"${invalid('period', errors)}>
</div>
<fieldset>
  <legend>单位</legend>
  ${fieldError('unit', errors)}
  ${UNITS.map(
    (u) => html`<label for="unit-${u.value}"><input type="radio" id="unit-${u.value}" name="unit" value="${u.value}"${unit === u.value ? html` checked` : ''}${errors.unit ? html` aria-describedby="unit-error" aria-invalid="true"` : ''}> ${u.label}</label>`,
  )}
</fieldset>
${prefInputs(ctx.prefs)}
<button type="submit">计算届满日</button>
</form>`;
}

function countLabel(step: DeadlineStep, unit: DeadlineUnit): string {
  if (step.counted) return step.ordinal !== undefined ? `计入（第${step.ordinal}${unit === 'workday' ? '个工作日' : '日'}）` : '计入';
  if (step.clockStop !== undefined) return '中止，不计';
  return step.extension ? '顺延' : '不计';
}

function stepRow(step: DeadlineStep, unit: DeadlineUnit): Html {
  const date = formatChineseDate(step.date);
  const weekday = chineseWeekday(step.date);
  const head = `${date} ${weekday} `;
  const note = step.note.startsWith(head) ? step.note.slice(head.length) : step.note;
  return html`<tr class="${step.counted ? 'counted' : 'skipped'}"><th scope="row">${date}</th><td>${weekday}</td><td class="count">${step.counted ? '✓ ' : ''}${countLabel(step, unit)}</td><td>${note}</td></tr>`;
}

// A ten-year period walks thousands of days: show the beginning and the end.
const MAX_ROWS = 400;
const HEAD_ROWS = 200;
const TAIL_ROWS = 100;

function stepsTable(d: DeadlineView): Html {
  const steps = d.explanation;
  const cut = steps.length > MAX_ROWS;
  const head = cut ? steps.slice(0, HEAD_ROWS) : steps;
  const tail = cut ? steps.slice(steps.length - TAIL_ROWS) : [];
  return html`<div class="table-wrap"><table>
<caption>逐日计算过程（${d.unit === 'month' ? `列出${steps.length}天` : `共${steps.length}天，计入${steps.filter((s) => s.counted).length}天`}${cut ? `，中间${steps.length - HEAD_ROWS - TAIL_ROWS}天从略` : ''}）</caption>
<thead><tr><th scope="col">日期</th><th scope="col">星期</th><th scope="col">是否计入</th><th scope="col">说明</th></tr></thead>
<tbody>${head.map((s) => stepRow(s, d.unit))}${cut ? html`<tr><td colspan="4">……中间${steps.length - HEAD_ROWS - TAIL_ROWS}天从略……</td></tr>` : ''}${tail.map((s) => stepRow(s, d.unit))}</tbody>
</table></div>`;
}

function sourcesLine(d: DeadlineView): string {
  return d.sourceLabel;
}

function result(d: DeadlineView): Html {
  const unitName = UNITS.find((u) => u.value === d.unit)?.per ?? '';
  const provisionalYears = [...new Set(d.explanation.filter((s) => s.provisional).map((s) => s.date.slice(0, 4)))];
  return html`<section class="panel result" aria-labelledby="result-h">
<h2 id="result-h">计算结果</h2>
<p>期间届满日：</p>
<p class="due" id="due">${formatChineseDate(d.dueDate)}（${chineseWeekday(d.dueDate)}）24时截止</p>
${d.provisional
    ? html`<div class="warn" role="note"><strong>暂定：</strong>${provisionalYears.join('、')}年的节假日安排尚未载入，相关日期暂按周六、周日休息计算，届满日可能变化。国务院办公厅公布该年安排后，请重新计算。</div>`
    : ''}
<p>${d.summary}</p>
<dl class="facts">
  <dt>起算日</dt><dd>${formatChineseDate(d.start)}（${chineseWeekday(d.start)}，当日不计）</dd>
  <dt>期间</dt><dd>${d.period}${unitName}</dd>
  <dt>届满时刻</dt><dd>北京时间${formatChineseDate(d.dueDate)}24时</dd>
</dl>
<p class="hint">标有“✓ 计入”的日期计入期间；其余日期不计入或为顺延。</p>
${stepsTable(d)}
<h3>说明</h3>
<ul class="plain">${d.notes.map((n) => html`<li>${n}</li>`)}<li>计算规则依据：${sourcesLine(d)}。</li></ul>
</section>`;
}

/** /portal/deadline — the public calculator: the form, and the result or the errors. */
export function deadlinePage(ctx: PageContext, values: DeadlineForm, outcome: { errors?: FieldErrors; deadline?: DeadlineView }): string {
  const errors = outcome.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const main = html`<h1>期限计算</h1>
<p class="lead">按国家法定节假日安排，计算以工作日、日或月计的期间何时届满。</p>
<div class="note">
<p>计算规则：起算日当日不计入；按工作日计算的，不计周休息日和法定节假日，调休上班日计入；按日或月计算的，期间最后一日是法定休假日的，以休假日结束的次日为最后一日；期间最后一日24时截止。</p>
<p>本计算结果仅供参考，具体期限以有关机关依法认定为准。</p>
</div>
${form(ctx, values, errors)}
${outcome.deadline && !hasErrors ? result(outcome.deadline) : ''}`;
  return renderPage(ctx, {
    title: hasErrors ? '错误：期限计算' : '期限计算',
    section: 'deadline',
    crumbs: [{ label: '期限计算' }],
    main,
  });
}
