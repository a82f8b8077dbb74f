import { permits, type Verdict } from '../../rules/rule.ts';
import { INCOMING_COMMAND_LABELS, INCOMING_TRANSITIONS } from './incoming.machine.ts';
import { disagreementDecided, handlerActs, incomingNotClassified, instructorActs, leadUnitNamed } from './incoming.rules.ts';
import type { IncomingCommand, IncomingState, IncomingStatus } from './incoming.ts';

export type IncomingRefusal = { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED'; readonly message: string; readonly verdicts: readonly Verdict[] };

/** 签收: refused when the document carries a secrecy marking (art. 61). Pure. */
export function decideReceive(fields: Readonly<Record<string, string>>): { ok: true; verdicts: readonly Verdict[] } | IncomingRefusal {
  const v = incomingNotClassified.check({ fields });
  return v.outcome === 'block' ? { ok: false, code: 'RULE_BLOCKED', message: v.message, verdicts: [v] } : { ok: true, verdicts: [v] };
}

export interface IncomingContext {
  /** The actor acts for the leader's post (批办) or the lead unit's principal post (办结) now. */
  readonly actsForLeader: boolean;
  readonly leaderTitle: string;
  readonly actsForHandler: boolean;
  readonly handlerTitle: string;
  /** The reader post the actor acts for, when reading. */
  readonly readerPositionId: string | null;
}

/** Decides a command on an incoming document. Pure. */
export function decideIncoming(state: IncomingState, command: IncomingCommand, ctx: IncomingContext): { ok: true; status: IncomingStatus; verdicts: readonly Verdict[] } | IncomingRefusal {
  const t = INCOMING_TRANSITIONS[state.status][command.type];
  if (!t) return { ok: false, code: 'INVALID_STATE', message: `当前环节不能${INCOMING_COMMAND_LABELS[command.type]}`, verdicts: [] };
  let verdicts: Verdict[] = [];
  let status = t.to;
  if (command.type === 'instruct') {
    verdicts = [
      instructorActs.check({ acts: ctx.actsForLeader, leaderTitle: ctx.leaderTitle }),
      leadUnitNamed.check({ leadBodyId: command.leadBodyId, coBodyIds: command.coBodyIds }),
      disagreementDecided.check({ disagreement: state.disagreement, instruction: command.instruction }),
    ];
  } else if (command.type === 'complete') {
    verdicts = [handlerActs.check({ acts: ctx.actsForHandler, handlerTitle: ctx.handlerTitle })];
  } else if (command.type === 'read') {
    const reader = state.readers.find((r) => r.positionId === ctx.readerPositionId);
    if (!reader) return { ok: false, code: 'INVALID_STATE', message: '您不在传阅范围内', verdicts: [] };
    if (reader.readAt) return { ok: false, code: 'INVALID_STATE', message: '您已阅知', verdicts: [] };
    // 传阅 ends when the last reader has read it.
    status = state.readers.every((r) => r.readAt !== null || r.positionId === reader.positionId) ? 'done' : 'circulating';
  }
  if (!permits(verdicts)) return { ok: false, code: 'RULE_BLOCKED', message: verdicts.filter((v) => v.outcome === 'block').map((v) => v.message).join('；'), verdicts };
  return { ok: true, status, verdicts };
}
