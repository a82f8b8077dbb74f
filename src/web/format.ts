// Chinese conventions for dates, times and numbers. Calendar dates (YYYY-MM-DD) are formatted as
// text, never through the browser's time zone; instants are shown in Beijing time whatever zone
// the browser is in.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** `2025-11-04` → `2025年11月4日` (an unparseable value is returned as is). */
export function chineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** `2025-11-04` → `星期二`, computed on the calendar date itself (no time zone involved). */
export function chineseWeekday(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return '';
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return WEEKDAYS[day] ?? '';
}

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant in Beijing time: `2025年11月3日 09:00:00`. */
export function beijingDateTime(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const parts = Object.fromEntries(BEIJING.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts['year']}年${Number(parts['month'])}月${Number(parts['day'])}日 ${parts['hour']}:${parts['minute']}:${parts['second']}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1–999 in Chinese numerals as used in article and chapter numbers (十一, 二十, 一百零五). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = '';
  if (h > 0) s += `${DIGITS[h]}百`;
  if (t > 0) s += `${h === 0 && t === 1 ? '' : DIGITS[t]}十`;
  else if (h > 0 && u > 0) s += '零';
  if (u > 0) s += DIGITS[u];
  return s;
}

export function chapterLabel(c: { number: number; title: string }): string {
  return `第${chineseNumeral(c.number)}章 ${c.title}`;
}

export const UNIT_LABELS: Readonly<Record<string, string>> = { workday: '工作日', day: '日', month: '个月' };

/** `7 个工作日`, `30 日`, `2 个月`. */
export function periodText(period: number, unit: string): string {
  if (unit === 'workday') return `${period} 个工作日`;
  if (unit === 'month') return `${period} 个月`;
  return `${period} 日`;
}

const CITATION_ID = /^([a-z0-9-]+):(\d+)(?:\((\d+)\))?$/;

export interface ParsedCitation {
  readonly source: string;
  readonly article: number;
  readonly clause?: number;
}

/** `yunyang-2025:53(2)` → { source, article: 53, clause: 2 }; undefined when it is not a citation id. */
export function parseCitation(id: string): ParsedCitation | undefined {
  const m = CITATION_ID.exec(id);
  if (!m) return undefined;
  return m[3] === undefined ? { source: m[1] ?? '', article: Number(m[2]) } : { source: m[1] ?? '', article: Number(m[2]), clause: Number(m[3]) };
}

/**
 * A citation id as Chinese when the server sent no label: an article of a loaded rule pack as
 * `第七十一条` (its numbered items as `第（二）项`), anything else as given. Responses carry the
 * server's labels (`citeLabels`, `sourceLabels`), which are preferred.
 */
export function citationLabel(id: string, packIds: readonly string[]): string {
  const c = parseCitation(id);
  if (!c || !packIds.includes(c.source)) return id;
  return `第${chineseNumeral(c.article)}条${c.clause === undefined ? '' : `第（${chineseNumeral(c.clause)}）项`}`;
}

const BEIJING_MINUTE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function beijingParts(instant: string): Record<string, string> | undefined {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return undefined;
  return Object.fromEntries(BEIJING_MINUTE.formatToParts(d).map((p) => [p.type, p.value]));
}

/** An instant in Beijing time to the minute: `2025年11月5日 08:00`. */
export function beijingMinute(instant: string): string {
  const p = beijingParts(instant);
  if (!p) return instant;
  return `${p['year']}年${Number(p['month'])}月${Number(p['day'])}日 ${p['hour']}:${p['minute']}`;
}

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export function beijingDate(instant: string): string {
  const p = beijingParts(instant);
  if (!p) return instant;
  return `${p['year']}-${(p['month'] ?? '').padStart(2, '0')}-${(p['day'] ?? '').padStart(2, '0')}`;
}

/**
 * A period between two instants in Beijing time: `2025年11月5日 08:00至11月7日 18:00`, the year
 * and date not repeated when they are the same.
 */
export function beijingPeriod(from: string, to: string): string {
  const a = beijingMinute(from);
  const b = beijingMinute(to);
  const [aDate, aTime] = a.split(' ');
  const [bDate, bTime] = b.split(' ');
  if (aDate === bDate) return `${a}至${bTime ?? ''}`;
  const sameYear = aDate?.slice(0, 5) === bDate?.slice(0, 5);
  return `${aDate ?? ''} ${aTime ?? ''}至${sameYear ? (bDate ?? '').slice(5) : bDate} ${bTime ?? ''}`;
}

/** `2025-11-06` → `11月6日`. */
export function monthDay(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[2])}月${Number(m[3])}日`;
}

/** Calendar arithmetic on `YYYY-MM-DD`, free of any time zone. */
export function addDays(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a date falls in. */
export function mondayOf(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return addDays(iso, day === 0 ? -6 : 1 - day);
}

/** A wall-clock time picked on screen, read as Beijing time: `2025-11-05T08:00:00+08:00`. */
export function beijingIso(picked: { format: (f: string) => string }): string {
  return `${picked.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** Who did a step of a history: `郑伟（县发展改革委主任）`, or `蒋涛（代郑伟）` for a stand-in. */
export function stepActor(e: { readonly personName: string; readonly positionTitle: string | null; readonly onBehalfOfName: string | null }): string {
  if (e.onBehalfOfName) return `${e.personName}（代${e.onBehalfOfName}）`;
  return e.positionTitle ? `${e.personName}（${e.positionTitle}）` : e.personName;
}
