/**
 * The Traditional Chinese view: the rendered page's text (not its markup, addresses or styles) is
 * converted with OpenCC, Simplified (Mainland) → Traditional (Taiwan standard, `cn`→`tw`).
 */
import * as OpenCC from 'opencc-js/cn2t';
import { KEEP_CLOSE, KEEP_OPEN } from './html.ts';

type Convert = (text: string) => string;
// The package's declaration files import './core' without an extension, which NodeNext resolution
// cannot follow, so its types arrive unresolved: state the one signature used here.
const makeConverter = OpenCC.Converter as unknown as (options: { from: 'cn'; to: 'tw' }) => Convert;
let converter: Convert | undefined;

// Building the dictionaries takes a few hundred milliseconds: once, on first use.
function convert(text: string): string {
  const c = (converter ??= makeConverter({ from: 'cn', to: 'tw' }));
  return c(text);
}

const HAS_HAN = /[\u3400-\u9fff]/;
// Attributes whose values people read (screen readers included).
const READ_ATTRS = /(\s(?:aria-label|title|alt|placeholder|content)=")([^"]*)(")/g;
const KEPT = new RegExp(`${KEEP_OPEN}([^${KEEP_CLOSE}]*)${KEEP_CLOSE}`, 'g');

function convertText(text: string): string {
  if (!HAS_HAN.test(text)) return text.replace(KEPT, '$1');
  // Kept segments (the 简体 switch) stay as written.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEPT)) {
    out += convert(text.slice(last, m.index)) + (m[1] ?? '');
    last = m.index + m[0].length;
  }
  return out + convert(text.slice(last));
}

/** Removes the keep-script markers (the Simplified view). */
export function stripMarkers(page: string): string {
  return page.replace(KEPT, '$1');
}

/**
 * Converts the text of a page built by this portal (well-formed, every attribute double-quoted and
 * escaped, so `<` and `>` only ever delimit tags). `<style>` and `<script>` contents are left alone.
 */
export function toTraditional(page: string): string {
  let out = '';
  let raw = false;
  for (const token of page.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      const tag = token.toLowerCase();
      if (/^<(style|script)[\s>]/.test(tag)) raw = true;
      else if (/^<\/(style|script)>/.test(tag)) raw = false;
      out += HAS_HAN.test(token) ? token.replace(READ_ATTRS, (_m, a: string, v: string, z: string) => a + convertText(v) + z) : token;
    } else {
      out += raw ? token : convertText(token);
    }
  }
  return out;
}
