/**
 * The public comment form's content checks, field by field, with the messages the portal shows.
 * The limits come from the pack's parameters (product defaults, ADR 0011).
 */

export type CommentField = 'content' | 'name' | 'contact';

export interface CommentLimits {
  readonly minChars: number;
  readonly maxChars: number;
}

export const NAME_MAX_CHARS = 50;
export const CONTACT_MAX_CHARS = 100;

export interface CommentInput {
  readonly content: string;
  readonly name?: string | undefined;
  readonly contact?: string | undefined;
}

export interface ValidComment {
  readonly content: string;
  readonly name: string | null;
  readonly contact: string | null;
}

/** Characters as a reader counts them (a CJK character or an emoji is one). */
export function charCount(s: string): number {
  return [...s].length;
}

/** Control characters other than line breaks and tabs have no place in a comment. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** Checks a submitted comment; every field gets its own Chinese message. Pure. */
export function validateComment(input: CommentInput, limits: CommentLimits): { ok: true; value: ValidComment } | { ok: false; errors: Partial<Record<CommentField, string>> } {
  const errors: Partial<Record<CommentField, string>> = {};
  const content = input.content.replace(/\r\n?/g, '\n').trim();
  const name = (input.name ?? '').trim();
  const contact = (input.contact ?? '').trim();
  const n = charCount(content);
  if (n === 0) errors.content = '请填写意见内容';
  else if (n < limits.minChars) errors.content = `意见内容至少${limits.minChars}个字，请写明具体意见和理由`;
  else if (n > limits.maxChars) errors.content = `意见内容不得超过${limits.maxChars}字（现有${n}字），较长的意见可分条提交`;
  else if (hasControl(content)) errors.content = '意见内容含有无法显示的控制字符，请删除后再提交';
  if (charCount(name) > NAME_MAX_CHARS) errors.name = `姓名不得超过${NAME_MAX_CHARS}字`;
  else if (hasControl(name) || name.includes('\n')) errors.name = '姓名只能填写一行文字';
  if (charCount(contact) > CONTACT_MAX_CHARS) errors.contact = `联系方式不得超过${CONTACT_MAX_CHARS}字`;
  else if (hasControl(contact) || contact.includes('\n')) errors.contact = '联系方式只能填写一行文字';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { content, name: name === '' ? null : name, contact: contact === '' ? null : contact } };
}
