/**
 * Attachments of a document: the file types an office exchanges (版式文件 PDF/OFD, 文字处理 and
 * 电子表格 documents, images, archives) and a size limit. The type is judged by the name's
 * extension and confirmed by the file's first bytes, so a renamed executable is refused.
 */

export interface AttachmentType {
  readonly extensions: readonly string[];
  readonly label: string;
  /** The first bytes a file of this type begins with (any of them). */
  readonly magic: readonly (readonly number[])[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { extensions: ['pdf'], label: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46]] },
  { extensions: ['ofd'], label: 'OFD 版式文件', magic: [ZIP] },
  { extensions: ['docx', 'xlsx', 'pptx'], label: 'Office 文档', magic: [ZIP] },
  { extensions: ['doc', 'xls', 'ppt', 'wps', 'et'], label: 'Office / WPS 文档', magic: [OLE] },
  { extensions: ['jpg', 'jpeg'], label: 'JPEG 图片', magic: [[0xff, 0xd8, 0xff]] },
  { extensions: ['png'], label: 'PNG 图片', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  { extensions: ['zip'], label: 'ZIP 压缩包', magic: [ZIP] },
];

export const ALLOWED_EXTENSIONS: readonly string[] = ATTACHMENT_TYPES.flatMap((t) => t.extensions);

export type AttachmentCheck = { readonly ok: true; readonly extension: string } | { readonly ok: false; readonly message: string };

/** Checks a file's name, size and first bytes. Pure. */
export function checkAttachment(name: string, size: number, head: Uint8Array, maxBytes: number): AttachmentCheck {
  const trimmed = name.trim();
  const control = [...trimmed].some((c) => c.charCodeAt(0) < 0x20);
  if (trimmed === '' || trimmed.length > 200 || control || /[\\/:*?"<>|]/u.test(trimmed)) {
    return { ok: false, message: '附件文件名不能为空、不超过200字，且不能含 \\ / : * ? " < > | 等字符' };
  }
  const dot = trimmed.lastIndexOf('.');
  const extension = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : '';
  const type = ATTACHMENT_TYPES.find((t) => t.extensions.includes(extension));
  if (!type) return { ok: false, message: `不接受“.${extension || '（无扩展名）'}”类型的附件；可上传：${ALLOWED_EXTENSIONS.map((e) => `.${e}`).join('、')}` };
  if (size === 0) return { ok: false, message: `附件“${trimmed}”是空文件` };
  if (size > maxBytes) {
    return { ok: false, message: `附件“${trimmed}”为${(size / 1048576).toFixed(1)}MB，超过${Math.round(maxBytes / 1048576)}MB的上限` };
  }
  const matches = type.magic.some((m) => m.every((b, i) => head[i] === b));
  if (!matches) return { ok: false, message: `附件“${trimmed}”的内容与扩展名不符（不是${type.label}），请检查文件` };
  return { ok: true, extension };
}
