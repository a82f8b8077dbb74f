/**
 * Art. 61: this is not a classified system. A document carrying a state-secret marking (绝密, 机密,
 * 秘密 — with or without 级, ★ and a period or release condition, spaced, full- or half-width) is
 * refused at intake and at drafting. Ordinary prose that merely mentions secrets (严禁泄露国家秘密,
 * 商业秘密, 工作秘密) is not a marking and is not refused.
 */

export type SecrecyLevel = '绝密' | '机密' | '秘密';

export interface ClassifiedMarking {
  readonly level: SecrecyLevel;
  /** The marking as written, e.g. `秘密★1年`. */
  readonly text: string;
  /** Which field carried it: 标题, 正文, 密级, 附注, an attachment name … */
  readonly field: string;
}

// The three levels, allowing spaces between the two characters and an optional 级.
const LEVEL = '(绝|机|秘)[\\s\\u3000]*密[\\s\\u3000]*级?';
const STAR = '[★☆✩✪✫✬✭✮✯✰*＊]';
const PERIOD = '(?:[0-9０-９]+|[一二三四五六七八九十两百]+)[\\s\\u3000]*(?:年|个月|月|天|日)|长期';

/** A level followed by ★ (and anything after it: a period or a release condition such as 启封前). */
const WITH_STAR = new RegExp(`${LEVEL}[\\s\\u3000]*${STAR}[\\s\\u3000]*(?:${PERIOD}|[^\\s\\u3000，。,;；]{0,8})`, 'u');
/** `密级：秘密`, `密级: 机密级`. */
const LABELLED = new RegExp(`密[\\s\\u3000]*级[\\s\\u3000]*[:：][\\s\\u3000]*${LEVEL}`, 'u');
/** A level in brackets: `【秘密】`, `（机密）`, `[绝密]`, `〔秘密〕`. */
const BRACKETED = new RegExp(`[【（(\\[〔［「]${'[\\s\\u3000]*'}${LEVEL}[\\s\\u3000]*(?:${PERIOD})?[\\s\\u3000]*[】）)\\]〕］」]`, 'u');
/** A line that is nothing but a level, optionally with a period: the marking at the head of a page. */
const WHOLE_LINE = new RegExp(`^[\\s\\u3000]*${LEVEL}[\\s\\u3000]*(?:${STAR}?[\\s\\u3000]*(?:${PERIOD}))?[\\s\\u3000]*$`, 'u');

const LEVELS: Readonly<Record<string, SecrecyLevel>> = { 绝: '绝密', 机: '机密', 秘: '秘密' };

function find(text: string): { level: SecrecyLevel; text: string } | undefined {
  for (const re of [WITH_STAR, LABELLED, BRACKETED]) {
    const m = re.exec(text);
    if (m) return { level: LEVELS[m[1]!]!, text: m[0].trim() };
  }
  for (const line of text.split(/\r?\n/)) {
    const m = WHOLE_LINE.exec(line);
    if (m) return { level: LEVELS[m[1]!]!, text: m[0].trim() };
  }
  return undefined;
}

/**
 * Every field that carries a secrecy marking. `fields` maps a field's Chinese name to its text.
 * Text is normalised (NFKC) first so that full-width letters, digits and asterisks match too.
 */
export function findClassifiedMarkings(fields: Readonly<Record<string, string | null | undefined>>): ClassifiedMarking[] {
  const found: ClassifiedMarking[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    const hit = find(value.normalize('NFKC')) ?? find(value);
    if (hit) found.push({ ...hit, field });
  }
  return found;
}
