/**
 * Personal information in a comment's text (《政府信息公开条例》第十五条): what looks like an
 * identity-card number, a mobile or landline number or an e-mail address is masked before the
 * text is published. The commenter's own name and contact fields are never published at all.
 */

const PATTERNS: readonly { kind: string; re: RegExp; mask: string }[] = [
  { kind: '身份证号码', re: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, mask: '【身份证号码已隐去】' },
  { kind: '手机号码', re: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, mask: '【手机号码已隐去】' },
  { kind: '电话号码', re: /(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)/g, mask: '【电话号码已隐去】' },
  { kind: '电子邮箱', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, mask: '【电子邮箱已隐去】' },
];

/** The text with personal numbers and addresses masked, and the kinds found (in order, once each). */
export function maskPersonalInfo(text: string): { text: string; found: string[] } {
  const found: string[] = [];
  let out = text;
  for (const p of PATTERNS) {
    const next = out.replace(p.re, p.mask);
    if (next !== out && !found.includes(p.kind)) found.push(p.kind);
    out = next;
  }
  return { text: out, found };
}
