import { Button, Flex, Typography } from 'antd';
import type { TaskView } from '../api-types.ts';
import { ToneTag } from '../components/tone-tag.tsx';
import { chineseDate } from '../format.ts';

/** `还剩 N 个工作日`, `今日届满` or, in red, `已逾期 N 个工作日`. */
export function remainingText(t: TaskView): string {
  if (!t.due) return '';
  if (t.status !== 'open') return '';
  const n = t.due.remainingWorkingDays;
  if (t.due.overdue) return `已逾期 ${Math.max(1, -n)} 个工作日`;
  if (n <= 0) return '今日届满';
  return `还剩 ${n} 个工作日`;
}

/** A task's due date; one click opens the computation behind it. */
export function DueCell({ task, onExplain }: { task: TaskView; onExplain: (t: TaskView) => void }) {
  if (!task.due) return <Typography.Text type="secondary">未设期限</Typography.Text>;
  const left = remainingText(task);
  return (
    <Flex vertical gap={2} align="start">
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        onClick={() => onExplain(task)}
        aria-label={`${chineseDate(task.due.dueDate)}，查看期限计算过程`}
        data-testid="due-date"
      >
        {chineseDate(task.due.dueDate)}
      </Button>
      <Flex gap={4} align="center" wrap>
        {left && (
          <Typography.Text type={task.due.overdue ? 'danger' : undefined} strong={task.due.overdue} data-testid="due-remaining">
            {left}
          </Typography.Text>
        )}
        {task.due.provisional && (
          <ToneTag tone="orange" title="所涉年份节假日安排尚未载入，届满日为暂定">
            暂定
          </ToneTag>
        )}
      </Flex>
    </Flex>
  );
}
