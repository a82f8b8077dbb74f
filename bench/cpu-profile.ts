import { readFileSync } from 'node:fs';

/** Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the server's time went. */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Self time by function, highest first. */
  readonly functions: readonly { readonly name: string; readonly ms: number; readonly share: number }[];
  /** Self time by area (package, project folder, or V8 bucket), highest first. */
  readonly areas: readonly { readonly area: string; readonly ms: number; readonly share: number }[];
  /** Inclusive time of selected project entry points. */
  readonly inclusive: readonly { readonly name: string; readonly ms: number; readonly share: number }[];
}

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const src = /\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url.split('/').slice(-2).join('/');
}

function short(url: string): string {
  const i = url.indexOf('/src/');
  if (i >= 0) return url.slice(i + 1);
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13);
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string, top = 15, entryPoints: readonly RegExp[] = []): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const idleMs = [...self.entries()].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((a, [, ms]) => a + ms, 0);
  const busyMs = totalMs - idleMs;

  const fnTime = new Map<string, number>();
  const areaTime = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)') continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${short(url)}:${lineNumber + 1}` : ''}`.trim();
    fnTime.set(key, (fnTime.get(key) ?? 0) + ms);
    const a = area(url, functionName);
    areaTime.set(a, (areaTime.get(a) ?? 0) + ms);
  }

  // Inclusive time of entry points: the self time of every node below a matching node (counted once).
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = entryPoints.map((re) => {
    let ms = 0;
    for (const [id, t] of self) {
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame;
        if (re.test(`${f.functionName} ${f.url}`)) {
          ms += t;
          break;
        }
      }
    }
    return { name: re.source, ms, share: busyMs ? ms / busyMs : 0 };
  });

  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: busyMs,
    functions: sorted(fnTime).slice(0, top).map(([name, ms]) => ({ name, ms, share: busyMs ? ms / busyMs : 0 })),
    areas: sorted(areaTime).slice(0, top).map(([a, ms]) => ({ area: a, ms, share: busyMs ? ms / busyMs : 0 })),
    inclusive,
  };
}
