import type { TaskStatus } from './tasks.ts';

type Transition = { readonly to: TaskStatus; readonly guards: readonly string[]; readonly permission: string };

/** The task state machine: one exhaustive table. */
export const TASK_TRANSITIONS: Readonly<Record<TaskStatus, Partial<Record<'complete' | 'cancel', Transition>>>> = {
  open: {
    complete: { to: 'done', guards: ['task.owner-acts', 'task.overdue-completion'], permission: 'tasks:complete' },
    cancel: { to: 'cancelled', guards: [], permission: 'tasks:create' },
  },
  done: {},
  cancelled: {},
};

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  open: '待办理',
  done: '已办结',
  cancelled: '已撤销',
};
