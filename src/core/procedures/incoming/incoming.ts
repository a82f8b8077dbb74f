/**
 * Incoming documents (收文, 《党政机关公文处理工作条例》 art. 24; arts. 40, 52, 54, 55, 61): 签收 →
 * 登记 → 初审 (accepted, or returned to the sender with reasons) → 拟办 → either 传阅 (for
 * information) or 批办 by a county leader (the instruction becomes a 待办 of the lead unit, with
 * co-units and a due date) → 承办, 催办 → 答复/办结.
 */
export type IncomingStatus = 'received' | 'registered' | 'accepted' | 'returned' | 'circulating' | 'instructing' | 'handling' | 'done';

export interface Reader {
  readonly positionId: string;
  readonly title: string;
  readonly readAt: string | null;
  readonly readBy: string | null;
}

export interface IncomingState {
  readonly status: IncomingStatus;
  readonly urgency: string;
  readonly readers: readonly Reader[];
  /** The county leader's post asked to 批办, once the office has proposed it. */
  readonly leaderPositionId: string | null;
  /** Art. 55: a submission whose co-departments disagreed; the county government decides. */
  readonly disagreement: boolean;
}

export type IncomingCommand =
  | { readonly type: 'register' }
  | { readonly type: 'accept'; readonly note: string }
  | { readonly type: 'return'; readonly reason: string }
  | { readonly type: 'circulate'; readonly positionIds: readonly string[]; readonly note: string }
  | { readonly type: 'propose'; readonly leaderPositionId: string; readonly proposal: string }
  | { readonly type: 'read' }
  | { readonly type: 'instruct'; readonly instruction: string; readonly leadBodyId: string | null; readonly coBodyIds: readonly string[]; readonly dueWorkdays: number | null }
  | { readonly type: 'chase'; readonly note: string }
  | { readonly type: 'complete'; readonly result: string };

export type IncomingCommandType = IncomingCommand['type'];
