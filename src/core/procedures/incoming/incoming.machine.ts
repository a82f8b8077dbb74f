import type { IncomingCommandType, IncomingStatus } from './incoming.ts';

type Transition = { readonly to: IncomingStatus; readonly guards: readonly string[]; readonly permission: string };

/** Every status, in the order of the flow. */
export const INCOMING_STATUSES = ['received', 'registered', 'accepted', 'returned', 'circulating', 'instructing', 'handling', 'done'] as const satisfies readonly IncomingStatus[];

/**
 * The incoming-document state machine: one exhaustive table. `read` keeps a document in 传阅 until
 * every reader has read it; `chase` (催办) leaves the status as it is.
 */
export const INCOMING_TRANSITIONS: Readonly<Record<IncomingStatus, Partial<Record<IncomingCommandType, Transition>>>> = {
  received: { register: { to: 'registered', guards: [], permission: 'incoming:handle' } },
  registered: {
    accept: { to: 'accepted', guards: [], permission: 'incoming:handle' },
    return: { to: 'returned', guards: [], permission: 'incoming:handle' },
  },
  accepted: {
    circulate: { to: 'circulating', guards: [], permission: 'incoming:handle' },
    propose: { to: 'instructing', guards: [], permission: 'incoming:handle' },
  },
  returned: {},
  circulating: { read: { to: 'circulating', guards: [], permission: 'incoming:read' } },
  instructing: {
    instruct: { to: 'handling', guards: ['incoming.instructor-acts', 'incoming.lead-unit-named', 'incoming.disagreement-decided'], permission: 'incoming:read' },
  },
  handling: {
    chase: { to: 'handling', guards: [], permission: 'incoming:handle' },
    complete: { to: 'done', guards: ['incoming.handler-acts'], permission: 'incoming:read' },
  },
  done: {},
};

export const INCOMING_STATUS_LABELS: Readonly<Record<IncomingStatus, string>> = {
  received: '已签收',
  registered: '已登记',
  accepted: '初审通过',
  returned: '已退回来文单位',
  circulating: '传阅中',
  instructing: '待批办',
  handling: '承办中',
  done: '已办结',
};

export const INCOMING_COMMAND_LABELS: Readonly<Record<IncomingCommandType, string>> = {
  register: '登记',
  accept: '初审通过',
  return: '退回来文单位',
  circulate: '拟办：传阅',
  propose: '拟办：呈领导批办',
  read: '阅知',
  instruct: '批办',
  chase: '催办',
  complete: '办结',
};
