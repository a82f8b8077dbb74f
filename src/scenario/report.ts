/** What a scenario run reports — step by step, its first failure, the audit check — and its text form. */
import { show } from './match.ts';

export interface Problem {
  readonly kind: 'status' | 'cites' | 'body' | 'error';
  /** JSON Pointer into the response body (body mismatches). */
  readonly path?: string;
  readonly message: string;
}

export interface StepReport {
  /** 1-based. */
  readonly index: number;
  readonly op: string;
  readonly as: string;
  readonly at: string;
  readonly method?: string;
  readonly url?: string;
  readonly status?: number;
  readonly ok: boolean;
}

export interface StepFailure extends StepReport {
  readonly note?: string;
  readonly problems: readonly Problem[];
  readonly response?: { readonly status: number; readonly body: unknown };
}

export interface AuditSummary {
  readonly ok: boolean;
  readonly events: number;
  readonly lastSeq: number;
  readonly checkpointsChecked: number;
  readonly problem: string | null;
}

export interface ScenarioResult {
  readonly file?: string;
  readonly name: string;
  readonly ok: boolean;
  /** Set for files that are not scenarios and were passed over (the JSON Schema caught by a glob). */
  readonly skipped?: string;
  readonly stepCount: number;
  readonly steps: readonly StepReport[];
  /** The first failing step (the scenario stops there). */
  readonly failure?: StepFailure;
  /** Problems outside the steps: the file's format, setup, the audit chain. */
  readonly errors: readonly string[];
  readonly audit?: AuditSummary;
  /** Where the data was kept (with `dataDir`). */
  readonly dataDir?: string;
}

/** The human report of one result: `✔ name (N steps)`, or `✖ name` and what went wrong. */
export function formatResult(r: ScenarioResult): string {
  if (r.skipped) return `– ${r.file ?? r.name}：${r.skipped}，跳过`;
  if (r.ok) return `✔ ${r.name} (${r.stepCount} steps)${r.dataDir ? `\n  数据保存在 ${r.dataDir}` : ''}`;
  const lines = [`✖ ${r.name}${r.file && r.file !== r.name ? `（${r.file}）` : ''}`];
  const f = r.failure;
  if (f) {
    lines.push(`  第 ${f.index} 步 ${f.op}（as ${f.as}，at ${f.at}）${f.method && f.url ? `：${f.method} ${f.url}` : ''}`);
    if (f.note) lines.push(`  说明：${f.note}`);
    for (const p of f.problems) lines.push(`    ${p.message}`);
    if (f.response) lines.push(`    实际响应：${f.response.status} ${show(f.response.body, 600)}`);
    lines.push(`  已通过 ${f.index - 1}/${r.stepCount} 步`);
  }
  for (const e of r.errors) lines.push(`  ${e}`);
  if (r.dataDir) lines.push(`  数据保存在 ${r.dataDir}`);
  return lines.join('\n');
}
