import { Button, Empty, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskView } from '../api-types.ts';
import type { CsvColumn } from '../csv.ts';
import { beijingDateTime, chineseDate } from '../format.ts';
import { DueCell, remainingText } from './due-cell.tsx';

// Where a task comes from; the server sends the code only.
const SOURCE_LABELS: Readonly<Record<string, string>> = {
  assignment: '交办',
  demo: '演示数据',
  document: '公文办理',
  meeting: '会议',
  'meeting-leave': '会议请假',
  'meeting-approval': '会议审批',
  'key-work': '季度重点工作',
  supervision: '督查督办',
  openness: '政务公开',
  petition: '信访',
  decision: '重大决策',
  normative: '规范性文件',
  'major-decision': '重大行政决策',
  'decision-catalogue': '决策事项目录',
  'normative-department': '部门文件备案审查',
  consultation: '公开征求意见',
  absence: '请假外出',
  emergency: '突发事件',
  incoming: '收文办理',
  'audit-finding': '审计整改',
};

// Where the work of a task is done: the page it came from, opened at its record where the page has one.
const withId = (path: (sid: string) => string) => (sid: string | null) => (sid ? path(encodeURIComponent(sid)) : null);
const page = (path: string) => () => path;
const SOURCE_PAGES: Readonly<Record<string, (sid: string | null) => string | null>> = {
  document: withId((sid) => `/documents/${sid}`),
  incoming: withId((sid) => `/incoming/${sid}`),
  meeting: withId((sid) => `/meetings?meeting=${sid}`),
  'meeting-leave': page('/meetings'),
  'meeting-approval': page('/meeting-approvals'),
  'key-work': page('/key-work'),
  normative: withId((sid) => `/normative?open=${sid}`),
  'normative-department': page('/normative/report'),
  'major-decision': withId((sid) => `/major-decisions/${sid}`),
  'decision-catalogue': page('/major-decisions'),
  consultation: withId((sid) => `/consultations?open=${sid}`),
  absence: page('/leave'),
  emergency: page('/emergencies'),
  'audit-finding': page('/audit-findings'),
};

/** The staff page where a task is handled, or null when it has none (e.g. a plain 交办). */
export function sourceHref(t: Pick<TaskView, 'sourceType' | 'sourceId'>): string | null {
  return SOURCE_PAGES[t.sourceType]?.(t.sourceId) ?? null;
}

export function sourceLabel(t: TaskView): string {
  return SOURCE_LABELS[t.sourceType] ?? t.sourceType;
}

export const TASK_CSV: readonly CsvColumn<TaskView>[] = [
  { header: '标题', value: (t) => t.title },
  { header: '来源', value: sourceLabel },
  { header: '状态', value: (t) => t.statusLabel },
  { header: '办理期限', value: (t) => (t.due ? chineseDate(t.due.dueDate) : '') },
  { header: '剩余', value: remainingText },
  { header: '暂定', value: (t) => (t.due?.provisional ? '是' : '') },
  { header: '办结时间（北京时间）', value: (t) => (t.completedAt ? beijingDateTime(t.completedAt) : '') },
  { header: '办理情况', value: (t) => t.note ?? '' },
];

export function TaskTable(props: {
  tasks: readonly TaskView[];
  loading: boolean;
  done: boolean;
  emptyText: string;
  onExplain: (t: TaskView) => void;
  onComplete: (t: TaskView) => void;
}) {
  return (
    <Table<TaskView>
      rowKey="id"
      loading={props.loading}
      dataSource={[...props.tasks]}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: <Empty description={props.emptyText} /> }}
      data-testid="task-table"
      columns={[
        {
          title: '标题',
          dataIndex: 'title',
          render: (title: string, t: TaskView) => {
            const href = sourceHref(t);
            return href ? (
              <Link to={href} title="打开办理页面">
                <strong>{title}</strong>
              </Link>
            ) : (
              <Typography.Text strong>{title}</Typography.Text>
            );
          },
        },
        { title: '来源', key: 'source', width: 110, render: (_: unknown, t) => sourceLabel(t) },
        { title: '办理期限', key: 'due', width: 200, render: (_: unknown, t) => <DueCell task={t} onExplain={props.onExplain} /> },
        ...(props.done
          ? [
              {
                title: '办结时间',
                key: 'completedAt',
                width: 190,
                render: (_: unknown, t: TaskView) => (t.completedAt ? beijingDateTime(t.completedAt) : ''),
              },
              { title: '办理情况', dataIndex: 'note', render: (n: string | null) => n ?? '' },
            ]
          : [
              {
                title: '操作',
                key: 'actions',
                width: 100,
                render: (_: unknown, t: TaskView) =>
                  t.abilities.complete ? (
                    <Button type="primary" size="small" onClick={() => props.onComplete(t)}>
                      办结
                    </Button>
                  ) : null,
              },
            ]),
      ]}
    />
  );
}
