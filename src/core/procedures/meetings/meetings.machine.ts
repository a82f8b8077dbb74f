import type { MeetingStatus, TopicStatus } from './meetings.ts';

type Transition<S> = { readonly to: S; readonly guards: readonly string[]; readonly permission: string };

export type MeetingCommandType = 'hold' | 'cancel';
export type TopicCommandType = 'admit' | 'refuse' | 'schedule' | 'withdraw';

/** Meetings: planned, then held or cancelled. One exhaustive table. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, Partial<Record<MeetingCommandType, Transition<MeetingStatus>>>>> = {
  planned: {
    hold: { to: 'held', guards: [], permission: 'meeting:organise' },
    cancel: { to: 'cancelled', guards: [], permission: 'meeting:organise' },
  },
  held: {},
  cancelled: {},
};

/**
 * Topics: proposed by a leader or a unit's principal; the 县长 (or, for a special-topic meeting,
 * its chair) admits or refuses them, the admission rules checked; an admitted topic is scheduled
 * on a meeting; it is discussed there.
 */
export const TOPIC_TRANSITIONS: Readonly<Record<TopicStatus, Partial<Record<TopicCommandType, Transition<TopicStatus>>>>> = {
  proposed: {
    admit: { to: 'admitted', guards: ['topic.confirmer', 'topic.substance', 'topic.no-disagreement', 'topic.not-own-authority', 'topic.coordinated', 'topic.procedure-ready'], permission: 'meeting:read' },
    refuse: { to: 'refused', guards: ['topic.confirmer'], permission: 'meeting:read' },
    withdraw: { to: 'withdrawn', guards: [], permission: 'meeting:propose' },
  },
  admitted: {
    schedule: { to: 'scheduled', guards: [], permission: 'meeting:organise' },
    withdraw: { to: 'withdrawn', guards: [], permission: 'meeting:propose' },
  },
  refused: {},
  scheduled: {},
  discussed: {},
  withdrawn: {},
};

export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = { planned: '已安排', held: '已召开', cancelled: '已取消' };
export const TOPIC_STATUS_LABELS: Readonly<Record<TopicStatus, string>> = {
  proposed: '待审定', admitted: '已审定', refused: '未予列入', scheduled: '已列入会议', discussed: '已研究', withdrawn: '已撤回',
};
