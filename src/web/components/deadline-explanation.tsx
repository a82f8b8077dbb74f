import { Alert, Descriptions, Flex, Table, Typography } from 'antd';
import type { DeadlineView } from '../api-types.ts';
import { ToneTag, type Tone } from './tone-tag.tsx';
import { chineseDate, chineseWeekday, periodText } from '../format.ts';

type Step = DeadlineView['explanation'][number];

const KIND_LABELS: Readonly<Record<Step['kind'], string>> = {
  workday: '工作日',
  weekend: '周休息日',
  holiday: '法定节假日',
  'makeup-workday': '调休上班日',
};

const KIND_COLORS: Readonly<Record<Step['kind'], Tone>> = {
  workday: 'default',
  weekend: 'default',
  holiday: 'volcano',
  'makeup-workday': 'purple',
};

function countedCell(s: Step, unit: DeadlineView['unit']) {
  if (s.clockStop !== undefined) return <ToneTag tone="orange">中止计算</ToneTag>;
  if (!s.counted) return <ToneTag>不计</ToneTag>;
  if (s.ordinal === undefined) return <ToneTag tone="green">计入</ToneTag>;
  return <ToneTag tone="green">{unit === 'workday' ? `第${s.ordinal}个工作日` : `第${s.ordinal}日`}</ToneTag>;
}

/** The steps of a computation: every date considered, counted days highlighted. */
export function DeadlineSteps({ steps, unit }: { steps: readonly Step[]; unit: DeadlineView['unit'] }) {
  return (
    <Table<Step>
      size="small"
      rowKey="date"
      data-testid="deadline-steps"
      pagination={steps.length > 40 ? { pageSize: 40, showSizeChanger: false } : false}
      dataSource={[...steps]}
      rowClassName={(s) => (s.counted ? 'yz-step-counted' : 'yz-step-skipped')}
      columns={[
        { title: '日期', dataIndex: 'date', width: 130, render: (d: string) => chineseDate(d) },
        { title: '星期', dataIndex: 'date', key: 'weekday', width: 70, render: (d: string) => chineseWeekday(d) },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 120,
          render: (k: Step['kind'], s) => (
            <ToneTag tone={KIND_COLORS[k]}>
              {KIND_LABELS[k]}
              {s.provisional ? '（暂定）' : ''}
            </ToneTag>
          ),
        },
        { title: '是否计入', key: 'counted', width: 120, render: (_: unknown, s) => countedCell(s, unit) },
        { title: '说明', dataIndex: 'note' },
      ]}
    />
  );
}

/** A computed deadline: 届满日 (24时截止), the 暂定 warning, summary, steps, sources and notes. */
export function DeadlineExplanation({ deadline, compact }: { deadline: DeadlineView; compact?: boolean }) {
  return (
    <Flex vertical gap={12} data-testid="deadline-explanation">
      <Descriptions
        size="small"
        column={compact ? 1 : 2}
        bordered
        items={[
          {
            key: 'due',
            label: '届满日',
            children: (
              <Typography.Text strong data-testid="deadline-due">
                {chineseDate(deadline.dueDate)}（{chineseWeekday(deadline.dueDate)}）24时截止
              </Typography.Text>
            ),
          },
          {
            key: 'period',
            label: '期间',
            children: `自${chineseDate(deadline.start)}起算（当日不计），${periodText(deadline.period, deadline.unit)}`,
          },
        ]}
      />
      {deadline.provisional && (
        <Alert
          type="warning"
          showIcon
          title="届满日为暂定"
          description="所涉年份的节假日安排尚未载入，暂按周六、周日休息计算；载入当年安排后将重新计算。"
        />
      )}
      <Typography.Paragraph style={{ margin: 0 }} data-testid="deadline-summary">
        {deadline.summary}
      </Typography.Paragraph>
      <DeadlineSteps steps={deadline.explanation} unit={deadline.unit} />
      {deadline.sourceLabel !== '' && <Typography.Text type="secondary">计算依据：{deadline.sourceLabel}</Typography.Text>}
      {deadline.notes.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="说明">
          {deadline.notes.map((n) => (
            <li key={n}>
              <Typography.Text type="secondary">{n}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
