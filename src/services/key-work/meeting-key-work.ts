import { previousQuarter, quarterOf } from '../../core/procedures/key-work/quarter.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingRecord } from '../ports.ts';
import { keyWorkQuarters } from './view-key-work.ts';

/** Art. 47: what the 县长办公会议 at the start of a quarter does with the key-work lists. */
export const HEAD_OFFICE_AGENDA = '分析总结上季度重点工作推进情况，研究部署本季度重点工作';

/**
 * For a 县长办公会议: last quarter's list with its counts by standing (as it stood at the quarter's
 * end) and this quarter's list, both relative to the meeting's date (art. 47, 清单管理、挂单操作、按季推进).
 * Null for the other kinds of meeting.
 */
export async function keyWorkForMeeting(deps: ServiceDeps, actor: Actor, meeting: MeetingRecord) {
  if (meeting.kind !== 'head-office') return null;
  const current = quarterOf(meeting.date);
  const [previous, present] = await keyWorkQuarters(deps, actor, [previousQuarter(current), current]);
  return { agenda: HEAD_OFFICE_AGENDA, cites: ['yunyang-2025:47'], previous: previous!, current: present! };
}
