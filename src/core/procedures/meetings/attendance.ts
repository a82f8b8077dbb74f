/**
 * Attendance at a government meeting (arts. 45–46, 49): the members (组成人员), the fixed non-voting
 * attendees (固定列席) of the 常务会议 as art. 46 lists them, the units attending for their own topics
 * (列席相关议题), and guests invited where decided (media, 人大代表, 政协委员, 群众代表); sign-in by the
 * office on the day. The rules set no quorum: a low turnout is a warning (pack parameter
 * `meeting.attendanceWarnPercent`, NOT FOUND; docs/adr/0007-meeting-attendance.md). Pure.
 */
import type { Rule, Verdict } from '../../rules/rule.ts';
import { COUNTY_LEADER_KINDS } from '../../org/org.ts';
import type { MeetingKind } from './meetings.ts';

/** How an entry comes to be on the attendance list. */
export type AttendanceGroup = 'member' | 'fixed' | 'topic' | 'invited' | 'guest';

export const ATTENDANCE_GROUP_LABELS: Readonly<Record<AttendanceGroup, string>> = {
  member: '组成人员',
  fixed: '固定列席（第四十六条）',
  topic: '列席相关议题',
  invited: '邀请列席',
  guest: '特邀列席',
};

/** Guests art. 46 lets the meeting invite "根据会议内容，必要时". */
export const GUEST_CATEGORIES = ['media', 'npc-deputy', 'cppcc-member', 'citizen'] as const;
export type GuestCategory = (typeof GUEST_CATEGORIES)[number];
export const GUEST_CATEGORY_LABELS: Readonly<Record<GuestCategory, string>> = { media: '新闻媒体', 'npc-deputy': '人大代表', 'cppcc-member': '政协委员', citizen: '群众代表' };

/**
 * Art. 46: who sits in on every 常务会议 without a vote. Each entry names the body by the statutory
 * duty it carries in the organisation (`BODY_DUTY_LABELS`), or the office's leadership.
 */
export const EXECUTIVE_FIXED_ATTENDEES: readonly { readonly key: string; readonly label: string; readonly duty?: string; readonly officeLeadership?: true; readonly post: 'leader' | 'principal' }[] = [
  { key: 'npc-standing', label: '县人大常委会负责常务工作的领导', duty: 'npc-standing', post: 'leader' },
  { key: 'cppcc', label: '县政协负责常务工作的领导', duty: 'cppcc', post: 'leader' },
  { key: 'party-office', label: '县委办公室分管领导', duty: 'party-office', post: 'leader' },
  { key: 'development', label: '县发展改革委主要负责人', duty: 'development', post: 'principal' },
  { key: 'justice', label: '县司法局主要负责人', duty: 'justice', post: 'principal' },
  { key: 'finance', label: '县财政局主要负责人', duty: 'finance', post: 'principal' },
  { key: 'audit', label: '县审计局主要负责人', duty: 'audit', post: 'principal' },
  { key: 'statistics', label: '县统计局主要负责人', duty: 'statistics', post: 'principal' },
  { key: 'office', label: '县政府办公室班子成员', officeLeadership: true, post: 'leader' },
  { key: 'press', label: '县政府新闻办负责人', duty: 'press', post: 'principal' },
];

/** Art. 46 (and art. 45 for the 全体会议): guests are invited only where it was decided, and the record says so. */
export const guestDecided: Rule<{ readonly kind: MeetingKind; readonly group: 'invited' | 'guest' | 'topic'; readonly basis: string; readonly topicOnMeeting: boolean }> = {
  id: 'attendance.invitation',
  cites: [{ source: 'yunyang-2025', article: 45 }, { source: 'yunyang-2025', article: 46 }, { source: 'yunyang-2025', article: 47 }],
  appliesTo: 'meeting.attendee',
  summary: '与会议议题有关的单位主要负责人列席相关议题；根据会议内容，必要时经决定可邀请新闻媒体、人大代表、政协委员以及群众代表列席',
  check: ({ kind, group, basis, topicOnMeeting }) => {
    const article = kind === 'plenary' ? 45 : kind === 'head-office' ? 47 : 46;
    const cites = [`yunyang-2025:${article}`];
    const no = (message: string): Verdict => ({ rule: 'attendance.invitation', outcome: 'block', cites, message });
    if (group === 'topic') {
      return topicOnMeeting
        ? { rule: 'attendance.invitation', outcome: 'allow', cites: ['yunyang-2025:46'], message: '第四十六条：与会议议题有关的单位主要负责人列席相关议题' }
        : no('第四十六条：列席相关议题的单位须对应本次会议已列入的议题');
    }
    if (group === 'guest' && kind !== 'executive' && kind !== 'plenary') {
      return no('第四十六条：邀请新闻媒体、人大代表、政协委员以及群众代表列席，适用于县政府全体会议和常务会议');
    }
    if (basis.trim().length < 4) return no(`${group === 'guest' ? '第四十六条：邀请新闻媒体、人大代表、政协委员以及群众代表列席须“根据会议内容，必要时”经决定' : `第${article === 45 ? '四十五' : article === 47 ? '四十七' : '四十六'}条：列席人员根据需要确定`}，请写明决定的依据（如“经县长同意”）`);
    return { rule: 'attendance.invitation', outcome: 'allow', cites, message: `列席已决定：${basis.trim()}` };
  },
};

/**
 * The turnout of the members (组成人员) when the meeting is recorded held: a warning below the
 * configured share, never a refusal — the rules set no quorum. A member excused with a substitute
 * who signed in counts as attending (art. 49).
 */
export const attendanceThreshold: Rule<{ readonly members: number; readonly present: number; readonly signInsRecorded: number; readonly warnPercent: number }> = {
  id: 'meeting.attendance',
  cites: [{ source: 'yunyang-2025', article: 45 }, { source: 'yunyang-2025', article: 46 }, { source: 'yunyang-2025', article: 47 }],
  appliesTo: 'meeting.hold',
  summary: '登记会议召开时核对组成人员出席情况；规则未规定法定人数，低于配置比例时提示',
  check: ({ members, present, signInsRecorded, warnPercent }) => {
    const cites = ['yunyang-2025:45', 'yunyang-2025:46', 'yunyang-2025:47'];
    if (signInsRecorded === 0) return { rule: 'meeting.attendance', outcome: 'warn', cites, message: '未登记签到，无法核对组成人员出席情况；请补登签到' };
    if (members > 0 && present * 100 < members * warnPercent) {
      return { rule: 'meeting.attendance', outcome: 'warn', cites, message: `组成人员出席${present}人，共${members}人，低于${warnPercent}%（提示比例，规则未规定法定人数，见决策记录0007）` };
    }
    return { rule: 'meeting.attendance', outcome: 'allow', cites, message: `组成人员出席${present}人，共${members}人` };
  },
};

export const ATTENDANCE_RULES = [guestDecided, attendanceThreshold] as const;

/** One seat of the attendance list before anyone is put in it. */
export interface Seat {
  readonly key: string;
  readonly group: AttendanceGroup;
  /** The post whose holder (or stand-in) attends; null for outside leaders and guests. */
  readonly positionId: string | null;
  /** art. 46's words or a guest's name; undefined means the post's title. */
  readonly label?: string | undefined;
  readonly bodyId: string | null;
  readonly topicId: string | null;
  readonly basis: string | null;
  readonly category: GuestCategory | null;
}

/**
 * The seats of a meeting (arts. 45–48): the members; the fixed 列席 of the 常务会议 (art. 46) by
 * body duty and the office's leadership; the proposing unit's principal for each topic; the
 * attendees and guests the office added. Pure; the one place that says who is expected.
 */
export function meetingSeats(
  m: { readonly kind: MeetingKind; readonly chairPositionId: string },
  positions: readonly { readonly id: string; readonly kind: string; readonly bodyId: string }[],
  bodies: readonly { readonly id: string; readonly kind: string; readonly duty?: string | null; readonly name: string }[],
  topics: readonly { readonly id: string; readonly proposerPositionId: string }[],
  added: readonly { readonly id: string; readonly group: 'invited' | 'topic' | 'guest'; readonly topicId: string | null; readonly bodyId: string | null; readonly positionId: string | null; readonly name: string; readonly category: GuestCategory | null; readonly basis: string }[],
): Seat[] {
  const seats: Seat[] = [];
  const seen = new Set<string>();
  const add = (s: Seat) => {
    if (!seen.has(s.key)) {
      seen.add(s.key);
      seats.push(s);
    }
  };
  const base = { label: undefined, topicId: null, basis: null, category: null } as const;
  const departments = new Set(bodies.filter((b) => b.kind === 'department').map((b) => b.id));
  for (const p of positions) {
    const member = m.kind === 'special' ? p.id === m.chairPositionId : COUNTY_LEADER_KINDS.has(p.kind) || (m.kind === 'plenary' && p.kind === 'principal' && departments.has(p.bodyId));
    if (member) add({ ...base, key: `member:${p.id}`, group: 'member', positionId: p.id, bodyId: p.bodyId });
  }
  if (m.kind === 'executive') {
    for (const f of EXECUTIVE_FIXED_ATTENDEES) {
      if (f.officeLeadership) {
        const office = bodies.find((b) => b.kind === 'office');
        for (const p of positions.filter((x) => x.bodyId === office?.id && (x.kind === 'office-director' || x.kind === 'office-member'))) add({ ...base, key: `fixed:${p.id}`, group: 'fixed', positionId: p.id, bodyId: p.bodyId });
        continue;
      }
      const body = bodies.find((b) => b.duty === f.duty);
      const principal = body && f.post === 'principal' ? positions.find((p) => p.bodyId === body.id && p.kind === 'principal') : undefined;
      add({ ...base, key: principal ? `fixed:${principal.id}` : `fixed:${f.key}`, group: 'fixed', positionId: principal?.id ?? null, label: f.label, bodyId: body?.id ?? null });
    }
  }
  for (const t of topics) {
    const proposer = positions.find((p) => p.id === t.proposerPositionId);
    if (proposer && proposer.kind === 'principal') add({ ...base, key: `topic:${t.id}:${proposer.bodyId}`, group: 'topic', positionId: proposer.id, bodyId: proposer.bodyId, topicId: t.id, basis: '提出议题的单位' });
  }
  for (const a of added) {
    const key = a.group === 'topic' && a.positionId ? `topic:${a.topicId ?? ''}:${a.bodyId ?? ''}` : `extra:${a.id}`;
    add({ key, group: a.group, positionId: a.positionId, label: a.positionId ? undefined : a.name, bodyId: a.bodyId, topicId: a.topicId, basis: a.basis, category: a.category });
  }
  return seats;
}
