/**
 * A tiny HTML builder: the `html` tagged template escapes every interpolated value unless it is
 * already `Html` (markup built the same way, or explicitly trusted with `raw`).
 */

/** Markup that is safe to emit as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), numbers, markup, lists of these; nothing for null, undefined, false. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return escapeHtml(part);
  return part.map(render).join('');
}

/** `html\`<p>${text}</p>\``: interpolated text is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup (constants written in this folder only; never user input). */
export function raw(markup: string): Html {
  return new Html(markup);
}

// Private-use characters around text that must keep its script in the Traditional view
// (the 简体 switch). They never reach the browser: the renderer removes them.
export const KEEP_OPEN = '\uE000';
export const KEEP_CLOSE = '\uE001';

/** Text exempt from Simplified→Traditional conversion (escaped as usual). */
export function keepScript(text: string): Html {
  return new Html(KEEP_OPEN + escapeHtml(text) + KEEP_CLOSE);
}
