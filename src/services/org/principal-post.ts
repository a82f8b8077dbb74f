import type { PositionRecord } from '../ports.ts';

/** A body's principal post — the office's director for the office — the post that answers for the body's work. */
export function principalPost(positions: readonly PositionRecord[], bodyId: string): PositionRecord | undefined {
  return positions.filter((p) => p.bodyId === bodyId && (p.kind === 'principal' || p.kind === 'office-director')).sort((a, b) => a.rank - b.rank)[0];
}
