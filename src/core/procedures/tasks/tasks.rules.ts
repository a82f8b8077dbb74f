import { formatChineseDate } from '../../kernel/time.ts';
import type { Rule } from '../../rules/rule.ts';
import type { Task, TaskActor } from './tasks.ts';

export interface TaskRuleInput {
  readonly task: Task;
  readonly actor: TaskActor;
  readonly at: Date;
}

/** Only the owner — the holder of the owning position, or whoever acts for it — completes a task. */
export const taskOwnerActs: Rule<TaskRuleInput> = {
  id: 'task.owner-acts',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'task.complete',
  summary: '待办由承办岗位的在岗人员或依AB角、委托代为履职的人员办理',
  check: ({ task, actor }) => {
    const owns =
      (task.ownerPersonId !== null && task.ownerPersonId === actor.personId) ||
      (task.ownerPositionId !== null && actor.positionIds.includes(task.ownerPositionId));
    return owns
      ? { rule: 'task.owner-acts', outcome: 'allow', cites: ['yunyang-2025:5'], message: '第五条：办理人为该待办的承办人' }
      : { rule: 'task.owner-acts', outcome: 'block', cites: ['yunyang-2025:5'], message: '第五条：该待办不属于您，也不在您代为履职的岗位上，不能办理' };
  },
};

/** "文不过夜、事不过周": a task finished after its due date is recorded as late. */
export const taskOverdueCompletion: Rule<TaskRuleInput> = {
  id: 'task.overdue-completion',
  cites: [{ source: 'yunyang-2025', article: 40 }, { source: 'yunyang-2025', article: 52 }],
  appliesTo: 'task.complete',
  summary: '坚持“文不过夜、事不过周”，严格限时办结；逾期办结的予以记录',
  check: ({ task, at }) => {
    const cites = ['yunyang-2025:40', 'yunyang-2025:52'];
    if (task.dueAt !== null && at.getTime() > Date.parse(task.dueAt)) {
      return { rule: 'task.overdue-completion', outcome: 'warn', cites, message: `第四十条、第五十二条：该待办已于${task.dueDate ? formatChineseDate(task.dueDate) : task.dueAt}届满，现逾期办结，将记录在案` };
    }
    return { rule: 'task.overdue-completion', outcome: 'allow', cites, message: '第四十条、第五十二条：在期限内办结' };
  },
};

export const TASK_RULES: readonly Rule<TaskRuleInput>[] = [taskOwnerActs, taskOverdueCompletion];
