/**
 * The scenario file format (DESIGN §9): a named sequence of steps — at time T, as account A, call
 * the OpenAPI operation O with params and body; expect a status, citations and a body subset.
 *
 * This zod schema is the single definition; `scenarios/scenario.schema.json` (JSON Schema,
 * draft 2020-12) is generated from it by `yunzheng scenario schema` and a test keeps the two equal.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A capture name, usable later as `${name}`. */
export const CAPTURE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A JSON Pointer (RFC 6901) into the response body: `""` (the whole body) or `/…`. */
export const JSON_POINTER = /^(\/([^~]|~[01])*)?$/;
/** A citation id as the rules give them: `yunyang-2025:20`, `yunyang-2025:53(2)`. */
export const CITATION = /^[a-z0-9-]+:\d+(\(\d+\))?$/;

const paramValue = z.union([z.string(), z.number(), z.boolean()]);

export const expectSchema = z
  .strictObject({
    status: z
      .number({ error: '应为 HTTP 状态码（100–599 的整数）' })
      .int({ error: '应为 HTTP 状态码（100–599 的整数）' })
      .min(100, { error: '应为 HTTP 状态码（100–599 的整数）' })
      .max(599, { error: '应为 HTTP 状态码（100–599 的整数）' })
      .optional()
      .describe('期望的 HTTP 状态码；省略时要求 2xx'),
    cites: z
      .array(z.string().regex(CITATION, { error: '引用应写作 规则包:条号 或 规则包:条号(款)，如 yunyang-2025:20' }))
      .optional()
      .describe('须全部出现在响应的 verdicts[].cites 中；按条引用（yunyang-2025:53）也由该条任一款（yunyang-2025:53(2)）满足'),
    body: z
      .unknown()
      .optional()
      .describe('响应体须包含的部分（子集匹配）：对象只比较列出的字段；数组要求每个期望元素各有一个不同的实际元素与之相符（不计顺序），[] 表示须为空数组；以对象对照数组时，键为下标（如 {"9": {…}}）；其余值须相等'),
  })
  .describe('期望；省略时要求状态码为 2xx');

export const stepSchema = z
  .strictObject({
    at: z
      .iso.datetime({ offset: true, error: '应为带时区的 ISO 8601 时间，如 2025-11-03T09:00:00+08:00' })
      .describe('本步发生的时刻（带时区），系统时钟在本步前拨到此刻'),
    as: z
      .string({ error: '应为账号用户名（如 liwenbo）或 "anonymous"' })
      .min(1, { error: '应为账号用户名（如 liwenbo）或 "anonymous"' })
      .max(64)
      .optional()
      .describe('以哪个账号操作（演示账号用户名）；省略或 "anonymous" 表示不登录'),
    op: z
      .string({ error: '应为 OpenAPI 的 operationId，如 createTask' })
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: '应为 OpenAPI 的 operationId，如 createTask' })
      .describe('OpenAPI 的 operationId（见 GET /api/openapi.json）'),
    note: z.string().max(1000).optional().describe('本步说明（不参与执行）'),
    params: z
      .record(z.string(), paramValue, { error: '应为对象，值为字符串、数字或布尔值' })
      .optional()
      .describe('路径参数（替换地址中的 :name）；其余的作为查询参数。字符串中的 ${name} 由先前捕获的值替换'),
    body: z.unknown().optional().describe('请求体（JSON）；POST 省略时为 {}。字符串中的 ${name} 由先前捕获的值替换'),
    capture: z
      .record(
        z.string().regex(CAPTURE_NAME, { error: '捕获名只能由字母、数字和下划线组成，且不以数字开头' }),
        z.string().regex(JSON_POINTER, { error: '应为 JSON Pointer（以 / 开头，相对于整个响应体，如 /data/id）' }),
        { error: '应为对象：{ 捕获名: JSON Pointer }' },
      )
      .optional()
      .describe('从响应体取值：{ 名称: JSON Pointer }。指针相对于整个响应体 {data, verdicts}，如 /data/id'),
    expect: expectSchema.optional(),
  })
  .describe('一步：在某时刻，以某账号，调用某操作');

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('编辑器用的 JSON Schema 地址，如 ./scenario.schema.json'),
    name: z.string({ error: '必填：场景名称' }).min(1, { error: '场景名称不能为空' }).max(200).describe('场景名称'),
    description: z.string({ error: '必填：场景说明' }).min(1, { error: '场景说明不能为空' }).max(4000).describe('场景说明（依规则的文字写）'),
    steps: z.array(stepSchema, { error: '应为步骤数组' }).min(1, { error: '至少要有一步' }).describe('按顺序执行的步骤'),
  })
  .meta({
    title: '云政场景文件',
    description: '依《云阳县人民政府工作规则》写成的可执行场景：每一步在某时刻以某账号调用一个接口，并核对状态码、条文引用和响应内容。由 yunzheng scenario run 执行。',
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioStep = z.output<typeof stepSchema>;
export type ScenarioExpect = z.output<typeof expectSchema>;

/** The JSON Schema (draft 2020-12) of the file format, as written to `scenarios/scenario.schema.json`. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' });
}

/** The text of `scenarios/scenario.schema.json`. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件';
  const [head, index, ...rest] = path;
  const field = (segs: readonly PropertyKey[]) => segs.map((s) => (typeof s === 'number' ? `[${s}]` : String(s))).join('.').replace(/\.\[/g, '[');
  if (head === 'steps' && typeof index === 'number') return rest.length > 0 ? `第 ${index + 1} 步的 ${field(rest)}` : `第 ${index + 1} 步`;
  return field(path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = where(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${at}：未定义的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（不予接受）`;
    case 'invalid_key':
      return `${at}：${issue.issues[0]?.message ?? issue.message}`;
    case 'invalid_type':
      if ('input' in issue && issue.input === undefined) return `${at}：必填`;
      return `${at}：${issue.message}`;
    default:
      return `${at}：${issue.message}`;
  }
}

export type ParseResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly string[] };

/** Checks a parsed JSON document against the format; errors are in Chinese, naming the step and field. */
export function parseScenario(doc: unknown): ParseResult {
  const r = scenarioSchema.safeParse(doc, { error: z.locales.zhCN().localeError, reportInput: true });
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, errors: r.error.issues.map(describeIssue) };
}

/** True for a JSON Schema document (e.g. `scenarios/scenario.schema.json` caught by a `*.json` glob). */
export function isJsonSchemaDocument(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const s = (doc as Record<string, unknown>)['$schema'];
  return typeof s === 'string' && /^https?:\/\/json-schema\.org\//.test(s) && !('steps' in doc);
}

export type LoadResult =
  | { readonly kind: 'scenario'; readonly scenario: Scenario }
  | { readonly kind: 'json-schema' }
  | { readonly kind: 'invalid'; readonly errors: readonly string[] };

/** Reads and checks one scenario file. */
export function loadScenarioFile(file: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { kind: 'invalid', errors: [`无法读取文件：${e instanceof Error ? e.message : String(e)}`] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { kind: 'invalid', errors: [`不是合法的 JSON：${e instanceof Error ? e.message : String(e)}`] };
  }
  if (isJsonSchemaDocument(doc)) return { kind: 'json-schema' };
  const r = parseScenario(doc);
  return r.ok ? { kind: 'scenario', scenario: r.scenario } : { kind: 'invalid', errors: r.errors.map((e) => `格式：${e}`) };
}
