import { KEY_WORK_TRANSITIONS } from './key-work.machine.ts';
import type { KeyWorkActor, KeyWorkState } from './key-work.ts';
import { quarterEnded } from './quarter.ts';

export interface KeyWorkAbilities {
  readonly report: boolean;
  readonly complete: boolean;
  readonly edit: boolean;
  readonly carryOver: boolean;
  readonly reopen: boolean;
}

/** What the actor may do with an item on `today`; the screens show exactly these. */
export function keyWorkAbilities(state: KeyWorkState, actor: KeyWorkActor, today: string): KeyWorkAbilities {
  const t = KEY_WORK_TRANSITIONS[state.status];
  const open = !quarterEnded(state.quarter, today);
  const reporter = actor.isOffice || actor.actsForLeadPrincipal;
  return {
    report: open && reporter && t.report !== undefined,
    complete: open && reporter && t.complete !== undefined,
    edit: open && actor.isOffice && t.edit !== undefined,
    carryOver: !open && actor.isOffice && state.carriedTo === null && t['carry-over'] !== undefined,
    reopen: open && actor.isOffice && t.reopen !== undefined,
  };
}
