/**
 * The pure parts of scenario replay: subset matching of response bodies (with JSON Pointer paths
 * in every mismatch), citation checks, JSON Pointer look-up and `${name}` substitution.
 */

/** One way the response differs from the expectation; `path` is a JSON Pointer into the body. */
export interface Mismatch {
  readonly path: string;
  readonly message: string;
}

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON text of a value, shortened for messages. */
export function show(v: unknown, max = 160): string {
  if (v === undefined) return '（无）';
  const s = JSON.stringify(v) ?? `（${typeof v}）`;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function kindOf(v: unknown): string {
  if (v === undefined) return '缺失';
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  switch (typeof v) {
    case 'string':
      return '字符串';
    case 'number':
      return '数字';
    case 'boolean':
      return '布尔值';
    case 'object':
      return '对象';
    default:
      return typeof v;
  }
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const child = (path: string, key: string | number) => `${path}/${escapePointerToken(String(key))}`;
const label = (path: string) => (path === '' ? '（响应体）' : path);
const place = (path: string) => (path === '' ? '响应体' : path);

/**
 * Whether `actual` contains `expected`:
 * - objects: every listed key is present and matches (unlisted keys are ignored);
 * - arrays: every expected element matches a different actual element, in any order; `[]` means "empty";
 * - an object against an array: its keys are indices (`{"9": {"code": "office-clerk"}}`);
 * - anything else: equal (strings, numbers, booleans, null).
 */
export function matchSubset(expected: unknown, actual: unknown, path = ''): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path: label(path), message: `期望数组，实际为${kindOf(actual)} ${show(actual)}` }];
    return matchArray(expected, actual, path);
  }
  if (isObject(expected)) {
    if (Array.isArray(actual)) return matchIndices(expected, actual, path);
    if (!isObject(actual)) return [{ path: label(path), message: `期望对象，实际为${kindOf(actual)} ${show(actual)}` }];
    const out: Mismatch[] = [];
    for (const [k, e] of Object.entries(expected)) {
      if (!Object.hasOwn(actual, k)) out.push({ path: child(path, k), message: `缺少此字段（期望 ${show(e)}）` });
      else out.push(...matchSubset(e, actual[k], child(path, k)));
    }
    return out;
  }
  if (expected === actual) return [];
  if (kindOf(expected) !== kindOf(actual)) {
    return [{ path: label(path), message: `期望${kindOf(expected)} ${show(expected)}，实际为${kindOf(actual)} ${show(actual)}` }];
  }
  return [{ path: label(path), message: `期望 ${show(expected)}，实际 ${show(actual)}` }];
}

function matchIndices(expected: JsonObject, actual: readonly unknown[], path: string): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [k, e] of Object.entries(expected)) {
    if (!/^(0|[1-9]\d*)$/.test(k)) {
      out.push({ path: child(path, k), message: `实际为数组，以对象对照数组时键须为下标（0、1、2…），不能是“${k}”` });
    } else if (Number(k) >= actual.length) {
      out.push({ path: child(path, k), message: `数组只有 ${actual.length} 个元素，没有下标 ${k}（期望 ${show(e)}）` });
    } else {
      out.push(...matchSubset(e, actual[Number(k)], child(path, k)));
    }
  }
  return out;
}

function matchArray(expected: readonly unknown[], actual: readonly unknown[], path: string): Mismatch[] {
  if (expected.length === 0) {
    return actual.length === 0 ? [] : [{ path: label(path), message: `期望空数组，实际有 ${actual.length} 个元素 ${show(actual)}` }];
  }
  const diffs = expected.map((e) => actual.map((a, j) => matchSubset(e, a, child(path, j))));
  const fits = diffs.map((row) => row.map((d) => d.length === 0));
  // A maximum matching of expected to distinct actual elements (Kuhn's augmenting paths).
  const owner: (number | undefined)[] = actual.map(() => undefined);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < actual.length; j++) {
      if (!fits[i]?.[j] || seen[j]) continue;
      seen[j] = true;
      const o = owner[j];
      if (o === undefined || augment(o, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  const unmatched = expected.map((_, i) => i).filter((i) => !augment(i, actual.map(() => false)));
  const out: Mismatch[] = [];
  for (const i of unmatched) {
    const what = `期望的第 ${i + 1} 个元素 ${show(expected[i])}`;
    if (actual.length === 0) {
      out.push({ path: label(path), message: `实际为空数组，没有元素与${what} 相符` });
      continue;
    }
    const row = diffs[i] ?? [];
    if (fits[i]?.some(Boolean)) {
      out.push({ path: label(path), message: `与${what} 相符的元素已被其他期望元素占用（每个实际元素只对应一个期望元素）` });
      continue;
    }
    let best = 0;
    row.forEach((d, j) => {
      if (d.length < (row[best]?.length ?? Infinity)) best = j;
    });
    const closest = row[best] ?? [];
    out.push({ path: label(path), message: `${actual.length} 个元素中没有一个与${what} 相符；最接近的是 ${child(path, best)}：${closest.map((m) => `${m.path} ${m.message}`).join('；')}` });
  }
  return out;
}

/** Every citation in the response: the union of `verdicts[].cites`. */
export function citesOf(body: unknown): string[] {
  if (!isObject(body) || !Array.isArray(body['verdicts'])) return [];
  const out: string[] = [];
  for (const v of body['verdicts']) {
    if (!isObject(v) || !Array.isArray(v['cites'])) continue;
    for (const c of v['cites']) if (typeof c === 'string' && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The expected citations not present; an article (`x:53`) is also satisfied by any of its clauses (`x:53(2)`). */
export function missingCites(expected: readonly string[], present: readonly string[]): string[] {
  return expected.filter((e) => !present.some((p) => p === e || (!e.includes('(') && p.startsWith(`${e}(`))));
}

export type PointerResult = { readonly found: true; readonly value: unknown } | { readonly found: false; readonly reason: string };

/** Resolves a JSON Pointer (RFC 6901) against a document. */
export function resolvePointer(doc: unknown, pointer: string): PointerResult {
  if (pointer === '') return { found: true, value: doc };
  if (!pointer.startsWith('/')) return { found: false, reason: 'JSON Pointer 须以 / 开头' };
  let cur: unknown = doc;
  let at = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return { found: false, reason: `${place(at)} 是数组，“${token}”不是下标` };
      if (Number(token) >= cur.length) return { found: false, reason: `${place(at)} 只有 ${cur.length} 个元素，没有下标 ${token}` };
      cur = cur[Number(token)];
    } else if (isObject(cur)) {
      if (!Object.hasOwn(cur, token)) return { found: false, reason: `${place(at)} 没有字段“${token}”（有：${Object.keys(cur).join('、') || '无'}）` };
      cur = cur[token];
    } else {
      return { found: false, reason: `${place(at)} 是${kindOf(cur)}，不能再往下取“${token}”` };
    }
    at = child(at, token);
  }
  return { found: true, value: cur };
}

const WHOLE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const ANY = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The capture names a value refers to (`${name}`; `$${name}` is a literal and refers to none). */
export function referencedNames(value: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(ANY)) if (m[1] === '' && m[2] !== undefined) out.add(m[2]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return [...out];
}

/** A `${name}` that no earlier step captured. */
export class CaptureError extends Error {}

function interpolate(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

/**
 * Replaces `${name}` with captured values: a string that is exactly `${name}` becomes the value
 * itself (keeping its type); inside a longer string the value is interpolated as text. `$${name}`
 * stands for the literal text `${name}`.
 */
export function substitute(value: unknown, vars: ReadonlyMap<string, unknown>): unknown {
  const lookup = (name: string): unknown => {
    if (!vars.has(name)) {
      throw new CaptureError(`未定义的捕获 \${${name}}（已捕获：${[...vars.keys()].join('、') || '无'}）`);
    }
    return vars.get(name);
  };
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole?.[1] !== undefined) return lookup(whole[1]);
    return value.replace(ANY, (_m, esc: string, name: string) => (esc === '$' ? `\${${name}}` : interpolate(lookup(name))));
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)]));
  return value;
}
