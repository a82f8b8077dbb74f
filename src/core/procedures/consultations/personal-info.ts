/**
 * Personal information in a comment's text (《政府信息公开条例》第十五条): what looks like an
 * identity-card number, a mobile or landline number or an e-mail address is masked before the
 * text is published, and so is a name the text labels as one (姓名：…, 联系人：…, 我叫…) and the
 * commenter's own name and contact wherever the text repeats them. The name and contact fields
 * themselves are never published at all. Other names are left to the moderator, who sees the text.
 */

const PATTERNS: readonly { kind: string; re: RegExp; mask: string }[] = [
  { kind: '身份证号码', re: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, mask: '【身份证号码已隐去】' },
  { kind: '手机号码', re: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, mask: '【手机号码已隐去】' },
  { kind: '电话号码', re: /(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)/g, mask: '【电话号码已隐去】' },
  { kind: '电子邮箱', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, mask: '【电子邮箱已隐去】' },
];

/** A name the text itself labels as one: the label stays, the name (2–3 characters) is masked. */
const LABELLED_NAME = /(姓名[:：\s]\s*|联系人[:：\s]\s*|我叫|本人名叫)[\u4e00-\u9fa5·]{2,3}/g;
const NAME_MASK = '【姓名已隐去】';
const CONTACT_MASK = '【联系方式已隐去】';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with personal information masked, and the kinds found (in order, once each). `own` is
 * what the commenter gave in the name and contact fields: repeated in the text, it is masked too.
 */
export function maskPersonalInfo(text: string, own: { readonly name?: string | null; readonly contact?: string | null } = {}): { text: string; found: string[] } {
  const found: string[] = [];
  let out = text;
  const apply = (kind: string, re: RegExp, mask: string | ((m: string, ...g: string[]) => string)) => {
    const next = out.replace(re, mask as string);
    if (next !== out && !found.includes(kind)) found.push(kind);
    out = next;
  };
  for (const p of PATTERNS) apply(p.kind, p.re, p.mask);
  apply('姓名', LABELLED_NAME, (_m, label: string) => `${label}${NAME_MASK}`);
  const name = own.name?.trim() ?? '';
  if ([...name].length >= 2) apply('姓名', new RegExp(escape(name), 'g'), NAME_MASK);
  // The commenter's own contact, when it is not a number or address the patterns already masked.
  const contact = own.contact?.trim() ?? '';
  if ([...contact].length >= 3) apply('联系方式', new RegExp(escape(contact), 'g'), CONTACT_MASK);
  return { text: out, found };
}
