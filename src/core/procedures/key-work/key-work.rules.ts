import type { Rule } from '../../rules/rule.ts';
import { formatChineseDate } from '../../kernel/time.ts';
import { daysBetween } from '../../calendar/iso-date.ts';
import { COUNTY_LEADER_KINDS } from '../../org/org.ts';
import { KEY_WORK_STATUS_LABELS } from './key-work.machine.ts';
import type { KeyWorkStatus } from './key-work.ts';

const C47 = ['yunyang-2025:47'];
const CITE = [{ source: 'yunyang-2025', article: 47 }] as const;

export interface QuarterOpenFacts {
  readonly quarterLabel: string;
  readonly ended: boolean;
  /** What is being done, in Chinese (报送推进情况, 调整事项, 列入清单 …). */
  readonly action: string;
}

/**
 * Art. 47 (按季推进): a quarter's list is worked on while the quarter runs (or before it starts);
 * once it has ended it stays as it stood at its end — the unfinished items go on by carry-over.
 */
export const keyWorkQuarterOpen: Rule<QuarterOpenFacts> = {
  id: 'key-work.quarter-open',
  cites: CITE,
  appliesTo: 'key-work.add, key-work.edit, key-work.report',
  summary: '重点工作清单按季推进；季度结束后该季度清单保持季末原状，未完成事项挂单转入本季度继续推进',
  check: ({ quarterLabel, ended, action }) =>
    ended
      ? { rule: 'key-work.quarter-open', outcome: 'block', cites: C47, message: `第四十七条：重点工作按季推进，${quarterLabel}已结束，其清单保持季末原状，不能再${action}；未完成事项请挂单转入本季度后继续推进` }
      : { rule: 'key-work.quarter-open', outcome: 'allow', cites: C47, message: `第四十七条：${quarterLabel}重点工作清单正在推进` },
};

export interface ReporterFacts {
  readonly isOffice: boolean;
  readonly actsForLeadPrincipal: boolean;
  readonly leadBodyName: string;
}

/** Art. 47 (清单管理): progress is reported by the lead unit's principal — or whoever acts for the post — or by the office. */
export const keyWorkReporter: Rule<ReporterFacts> = {
  id: 'key-work.progress-reporter',
  cites: CITE,
  appliesTo: 'key-work.report, key-work.complete',
  summary: '重点工作推进情况由牵头单位主要负责人（或代为履职者）或县政府办公室报送',
  check: ({ isOffice, actsForLeadPrincipal, leadBodyName }) => {
    if (actsForLeadPrincipal) return { rule: 'key-work.progress-reporter', outcome: 'allow', cites: C47, message: `第四十七条：由牵头单位（${leadBodyName}）主要负责人报送推进情况` };
    if (isOffice) return { rule: 'key-work.progress-reporter', outcome: 'allow', cites: C47, message: '第四十七条：由县政府办公室按清单管理报送推进情况' };
    return {
      rule: 'key-work.progress-reporter', outcome: 'block', cites: C47,
      message: `第四十七条：季度重点工作实行清单管理，推进情况由牵头单位（${leadBodyName}）主要负责人或县政府办公室报送；您不是该单位主要负责人，也不在其代为履职之列，不能报送`,
    };
  },
};

export interface AssignedFacts {
  readonly leadBodyName: string;
  /** The lead unit's principal post, which reports progress; null when the unit has none. */
  readonly leadPrincipalTitle: string | null;
  readonly leaderKind: string | null;
  readonly leaderTitle: string;
}

/** Art. 47 (清单管理): each item names a lead unit whose principal can report, and the county leader in charge. */
export const keyWorkAssigned: Rule<AssignedFacts> = {
  id: 'key-work.item-assigned',
  cites: CITE,
  appliesTo: 'key-work.add, key-work.edit',
  summary: '清单中的每项重点工作明确牵头单位（有主要负责人报送推进情况）和县政府分管领导',
  check: ({ leadBodyName, leadPrincipalTitle, leaderKind, leaderTitle }) => {
    if (leadPrincipalTitle === null) {
      return { rule: 'key-work.item-assigned', outcome: 'block', cites: C47, message: `第四十七条：重点工作实行清单管理，须由牵头单位主要负责人报送推进情况；${leadBodyName}没有主要负责人岗位，请先在组织机构中设置` };
    }
    if (leaderKind === null || !COUNTY_LEADER_KINDS.has(leaderKind)) {
      return { rule: 'key-work.item-assigned', outcome: 'block', cites: C47, message: `第四十七条：每项重点工作须明确县政府分管领导；“${leaderTitle}”不是县政府领导岗位` };
    }
    return { rule: 'key-work.item-assigned', outcome: 'allow', cites: C47, message: `第四十七条：牵头单位${leadBodyName}（${leadPrincipalTitle}报送推进情况），分管领导${leaderTitle}` };
  },
};

export interface DueFacts {
  readonly dueDate: string;
  readonly quarterLabel: string;
  readonly quarterEnd: string;
}

/** Art. 47 (按季推进): an item due after its quarter's end is accepted with a warning — unfinished at the end, it is carried over. */
export const keyWorkDueInQuarter: Rule<DueFacts> = {
  id: 'key-work.due-in-quarter',
  cites: CITE,
  appliesTo: 'key-work.add, key-work.edit, key-work.carry-over',
  summary: '重点工作按季推进，完成时限一般在本季度内；晚于季度末的，季末未完成即挂单转入下季度',
  check: ({ dueDate, quarterLabel, quarterEnd }) =>
    dueDate > quarterEnd
      ? { rule: 'key-work.due-in-quarter', outcome: 'warn', cites: C47, message: `第四十七条：重点工作按季推进；完成时限（${formatChineseDate(dueDate)}）晚于${quarterLabel}末（${formatChineseDate(quarterEnd)}），季末未完成的将挂单转入下季度` }
      : { rule: 'key-work.due-in-quarter', outcome: 'allow', cites: C47, message: `第四十七条：完成时限${formatChineseDate(dueDate)}，在${quarterLabel}内` },
};

export interface CarryOverFacts {
  readonly status: KeyWorkStatus;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly ended: boolean;
  /** The label of the quarter it was already carried to, if it was. */
  readonly carriedTo: string | null;
}

/** Art. 47 (挂单操作): an item unfinished at its quarter's end is carried over, once, to the current quarter. */
export const keyWorkCarryOver: Rule<CarryOverFacts> = {
  id: 'key-work.carry-over',
  cites: CITE,
  appliesTo: 'key-work.carry-over',
  summary: '季度结束时未完成的重点工作挂单转入本季度继续推进，原季度清单保持原状并记录挂单',
  check: ({ status, fromLabel, toLabel, ended, carriedTo }) => {
    const no = (message: string) => ({ rule: 'key-work.carry-over', outcome: 'block' as const, cites: C47, message: `第四十七条：${message}` });
    if (status === 'completed') return no('已完成的重点工作不挂单');
    if (carriedTo !== null) return no(`该事项已挂单转入${carriedTo}，不能重复挂单`);
    if (!ended) return no(`${fromLabel}尚未结束，季度结束时仍未完成的事项方可挂单`);
    return { rule: 'key-work.carry-over', outcome: 'allow', cites: C47, message: `第四十七条：按“挂单操作”原则，${fromLabel}未完成事项（${KEY_WORK_STATUS_LABELS[status]}）挂单转入${toLabel}继续推进，原清单保持原状` };
  },
};

export interface LaggingFacts {
  readonly status: KeyWorkStatus;
  readonly dueDate: string;
  /** The date the item is judged on: today, or the day after its quarter's end once the quarter has ended. */
  readonly judgedOn: string;
  readonly quarterEnded: boolean;
  readonly quarterLabel: string;
}

/**
 * Art. 47 (按季推进): an item whose due date has passed unfinished is 滞后 — computed on the date,
 * never stored. A past quarter's item is judged as it stood at its quarter's end.
 */
export const keyWorkLagging: Rule<LaggingFacts> = {
  id: 'key-work.lagging',
  cites: CITE,
  appliesTo: 'key-work.view',
  summary: '完成时限已过仍未完成的重点工作显示为滞后（按当日计算；已结束季度按季末情况计算）',
  check: ({ status, dueDate, judgedOn, quarterEnded, quarterLabel }) => {
    const due = formatChineseDate(dueDate);
    if (status === 'completed') return { rule: 'key-work.lagging', outcome: 'allow', cites: C47, message: `第四十七条：已完成（完成时限${due}）` };
    if (dueDate >= judgedOn) return { rule: 'key-work.lagging', outcome: 'allow', cites: C47, message: `第四十七条：完成时限${due}，尚未到期` };
    // Days late on the date judged; for a past quarter, as at the end of its last day.
    const late = daysBetween(dueDate, judgedOn) - (quarterEnded ? 1 : 0);
    const message = quarterEnded
      ? `第四十七条：完成时限为${due}，至${quarterLabel}末仍未完成（${KEY_WORK_STATUS_LABELS[status]}）${late > 0 ? `，逾期${late}日` : ''}，计为滞后`
      : `第四十七条：完成时限为${due}，至今日（${formatChineseDate(judgedOn)}）已逾期${late}日仍未完成（${KEY_WORK_STATUS_LABELS[status]}），计为滞后`;
    return { rule: 'key-work.lagging', outcome: 'warn', cites: C47, message };
  },
};

export const KEY_WORK_RULES = [keyWorkQuarterOpen, keyWorkReporter, keyWorkAssigned, keyWorkDueInQuarter, keyWorkCarryOver, keyWorkLagging] as const;
