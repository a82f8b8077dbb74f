import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer } from 'antd';
import { apiPost } from '../api.ts';
import type { DeadlineRequest, DeadlineView, TaskView } from '../api-types.ts';
import { DeadlineExplanation } from '../components/deadline-explanation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../layout/guards.tsx';

function requestOf(t: TaskView | null): DeadlineRequest | null {
  const d = t?.due;
  if (!d || d.start === null || d.period === null || (d.unit !== 'workday' && d.unit !== 'day' && d.unit !== 'month')) return null;
  return { start: d.start, period: d.period, unit: d.unit };
}

/** The step-by-step computation of a task's due date (POST /api/deadlines/compute). */
export function DeadlineDrawer({ task, onClose }: { task: TaskView | null; onClose: () => void }) {
  const req = requestOf(task);
  const q = useQuery({
    queryKey: ['deadline', req],
    queryFn: async () => (await apiPost<DeadlineView>('/api/deadlines/compute', req)).data,
    enabled: req !== null,
    staleTime: 60_000,
  });
  return (
    <Drawer open={task !== null} onClose={onClose} size="large" title={task ? `期限计算过程：${task.title}` : '期限计算过程'} destroyOnHidden>
      {task && !req && <Alert type="info" showIcon title="此待办的期限没有记录起算日和期间，无法展示计算过程。" />}
      {req && q.isPending && <PageLoading />}
      {q.isError && <ErrorAlert error={q.error} />}
      {q.data && <DeadlineExplanation deadline={q.data} compact />}
    </Drawer>
  );
}
