import { INCOMING_TRANSITIONS } from './incoming.machine.ts';
import type { IncomingCommandType, IncomingState } from './incoming.ts';
import type { IncomingContext } from './incoming.decide.ts';

/** What the viewer may do with an incoming document now; the screens show exactly these. */
export function incomingAbilities(state: IncomingState, viewer: { permissions: ReadonlySet<string> } & IncomingContext): Record<IncomingCommandType, boolean> {
  const t = INCOMING_TRANSITIONS[state.status];
  const may = (c: IncomingCommandType) => t[c] !== undefined && viewer.permissions.has(t[c].permission);
  const unread = state.readers.some((r) => r.positionId === viewer.readerPositionId && r.readAt === null);
  return {
    register: may('register'), accept: may('accept'), return: may('return'), circulate: may('circulate'), propose: may('propose'),
    read: may('read') && unread,
    instruct: may('instruct') && viewer.actsForLeader,
    chase: may('chase'),
    complete: may('complete') && viewer.actsForHandler,
  };
}
