import { useQuery } from '@tanstack/react-query';
import { Alert, App, Flex, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiGet, type Envelope } from '../api.ts';
import type { TaskStatus, TaskView, Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { downloadCsv } from '../csv.ts';
import { CompleteModal } from '../workbench/complete-modal.tsx';
import { DeadlineDrawer } from '../workbench/deadline-drawer.tsx';
import { TASK_CSV, TaskTable } from '../workbench/task-table.tsx';
import { NoticeList } from '../workbench/notice-list.tsx';
import { EntryNotice, EntrySwitch, useEntryLeaders } from '../entry/entry-data.tsx';
import type { Session } from '../session.ts';

const TABS: readonly { key: TaskStatus; label: string; empty: string }[] = [
  { key: 'open', label: '待办理', empty: '暂无待办事项' },
  { key: 'done', label: '已办结', empty: '暂无已办结事项' },
];

/** 工作台: my tasks, their due dates with the computation one click away, and 办结. */
export function WorkbenchPage({ session }: { session?: Session }) {
  const [params, setParams] = useSearchParams();
  const status: TaskStatus = params.get('tab') === 'done' ? 'done' : 'open';
  // 代录: a secretary may work through a leader's 待办 and enter the leader's 办结.
  const leaders = useEntryLeaders().data ?? [];
  const leader = leaders.find((l) => l.leaderPersonId === params.get('for')) ?? null;
  const forQuery = leader ? `&forPersonId=${encodeURIComponent(leader.leaderPersonId)}` : '';
  const me = session?.me.account.displayName ?? '';
  const keep = (tab: TaskStatus, who: string) => ({ ...(tab === 'done' ? { tab: 'done' } : {}), ...(who ? { for: who } : {}) });
  const [search, setSearch] = useState('');
  const [explain, setExplain] = useState<TaskView | null>(null);
  const [completing, setCompleting] = useState<TaskView | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const { message } = App.useApp();

  const tasks = useQuery({
    queryKey: ['tasks', status, leader?.leaderPersonId ?? ''],
    queryFn: async () => (await apiGet<TaskView[]>(`/api/tasks?status=${status}${forQuery}`)).data,
  });
  const shown = useMemo(() => {
    const s = search.trim();
    return (tasks.data ?? []).filter((t) => s === '' || t.title.includes(s));
  }, [tasks.data, search]);

  const onCompleted = (r: Envelope<TaskView>) => {
    setCompleting(null);
    setOutcome({ title: r.data.title, verdicts: r.verdicts });
    void message.success(leader ? `已代录${leader.leaderName}的办结：${r.data.title}` : `已办结：${r.data.title}`);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        工作台
      </Typography.Title>
      <NoticeList />
      <EntrySwitch leaders={leaders} value={leader?.leaderPersonId ?? ''} onChange={(v) => setParams(keep(status, v))} />
      {leader && <EntryNotice me={me} leader={leader} />}
      {outcome && outcome.verdicts.some((v) => v.outcome !== 'allow') && (
        <Flex vertical gap={8}>
          <Alert type="success" showIcon title={`“${outcome.title}”已办结，但有以下提示：`} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts} />
        </Flex>
      )}
      <Tabs
        activeKey={status}
        onChange={(k) => setParams(keep(k === 'done' ? 'done' : 'open', leader?.leaderPersonId ?? ''))}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="按标题搜索"
        onExport={() => downloadCsv(status === 'done' ? '已办结事项' : '待办事项', shown, TASK_CSV)}
        exportDisabled={shown.length === 0}
      />
      {tasks.isError && <ErrorAlert error={tasks.error} title="无法读取待办" />}
      <TaskTable
        tasks={shown}
        loading={tasks.isPending}
        done={status === 'done'}
        emptyText={search.trim() ? `没有标题包含“${search.trim()}”的事项` : (TABS.find((t) => t.key === status)?.empty ?? '暂无数据')}
        onExplain={setExplain}
        onComplete={setCompleting}
      />
      <DeadlineDrawer task={explain} onClose={() => setExplain(null)} />
      <CompleteModal
        task={completing}
        onClose={() => setCompleting(null)}
        onCompleted={onCompleted}
        onBehalfOf={leader ? { personId: leader.leaderPersonId, name: leader.leaderName, me } : null}
      />
    </Flex>
  );
}
