import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Modal, Select, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { downloadCsv, type CsvColumn } from '../csv.ts';
import { beijingMinute, chineseDate } from '../format.ts';
import { invalidateMeetings } from '../meetings/meeting-data.ts';
import { DECISION_STATE_TONES, PUBLICATION_TONES, useMeetingDecisions, type DecisionState, type TrackedDecision } from '../meetings/decision-data.ts';

const STATE_OPTIONS: readonly { value: DecisionState; label: string }[] = [
  { value: 'in-progress', label: '办理中' },
  { value: 'overdue', label: '已逾期' },
  { value: 'done', label: '已办结' },
];

const CSV: readonly CsvColumn<TrackedDecision>[] = [
  { header: '会议', value: (d) => d.meetingTitle },
  { header: '会议日期', value: (d) => d.meetingDate },
  { header: '序号', value: (d) => d.number },
  { header: '议定事项', value: (d) => d.text },
  { header: '主办单位', value: (d) => d.leadBodyName },
  { header: '协办单位', value: (d) => d.coBodyNames.join('、') },
  { header: '办理时限', value: (d) => d.dueDate ?? '' },
  { header: '状态', value: (d) => d.stateLabel },
  { header: '最新执行情况', value: (d) => d.latestProgress?.text ?? '' },
  { header: '公开属性', value: (d) => (d.disclosure === 'withheld' ? `不予公开（${d.withholdReason ?? ''}）` : `公开（${d.publication?.stateLabel ?? ''}）`) },
];

/**
 * 议定事项督办 (arts. 28, 41): every decision of signed minutes with its lead and co-units, the 待办
 * each unit was given with its due date, where it stands and how the units report it goes.
 */
export function MeetingDecisionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = {
    meetingId: params.get('meetingId') ?? undefined,
    bodyId: params.get('bodyId') ?? undefined,
    state: (params.get('state') as DecisionState | null) ?? undefined,
  };
  const q = useMeetingDecisions(filter);
  const [search, setSearch] = useState('');
  const [reporting, setReporting] = useState<TrackedDecision | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const data = q.data;
  const term = search.trim();
  const rows = (data?.decisions ?? []).filter((d) => term === '' || [d.text, d.meetingTitle, d.leadBodyName, ...d.coBodyNames].some((s) => s.includes(term)));

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        议定事项督办
      </Typography.Title>
      <Typography.Text type="secondary">
        会议纪要签发后，议定事项转为主办、协办单位的督办待办（第四十一条）；承办单位及时跟踪和反馈执行情况（第二十八条）。
      </Typography.Text>
      {data && (
        <Flex gap={8} wrap data-testid="decision-counts">
          {STATE_OPTIONS.map((s) => (
            <ToneTag key={s.value} tone={DECISION_STATE_TONES[s.value]}>
              {s.label} {data.counts[s.value]}
            </ToneTag>
          ))}
        </Flex>
      )}
      {outcome && (
        <Flex vertical gap={8} data-testid="decision-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      <ListToolbar search={search} onSearch={setSearch} placeholder="按事项、会议或单位搜索" onExport={() => downloadCsv('议定事项督办', rows, CSV)} exportDisabled={rows.length === 0}>
        <Select
          aria-label="会议"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 280 }}
          value={filter.meetingId ?? ''}
          onChange={(v: string) => set('meetingId', v)}
          options={[{ value: '', label: '全部会议' }, ...(data?.meetings ?? []).map((m) => ({ value: m.id, label: `${m.title}（${chineseDate(m.date)}）` }))]}
        />
        <Select
          aria-label="承办单位"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          value={filter.bodyId ?? ''}
          onChange={(v: string) => set('bodyId', v)}
          options={[{ value: '', label: '全部承办单位' }, ...(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))]}
        />
        <Select
          aria-label="状态"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 140 }}
          value={filter.state ?? ''}
          onChange={(v: string) => set('state', v)}
          options={[{ value: '', label: '全部状态' }, ...STATE_OPTIONS]}
        />
      </ListToolbar>
      {q.isError && <ErrorAlert error={q.error} title="无法读取议定事项" />}
      <Table
        rowKey="key"
        size="middle"
        loading={q.isPending}
        dataSource={rows}
        locale={{ emptyText: '没有符合条件的议定事项' }}
        expandable={{
          rowExpandable: (d) => d.progress.length > 0,
          expandedRowRender: (d) => (
            <Timeline
              items={d.progress.map((p) => ({ key: p.id, content: `${beijingMinute(p.reportedAt)} ${p.bodyName}（${p.reporter}）：${p.text}` }))}
            />
          ),
        }}
        columns={[
          {
            title: '会议', key: 'meeting', width: 150,
            render: (_, d) => (
              <Flex vertical>
                <span>{d.meetingTitle}</span>
                <Typography.Text type="secondary">{chineseDate(d.meetingDate)}</Typography.Text>
              </Flex>
            ),
          },
          { title: '议定事项', key: 'text', render: (_, d) => `${d.number}. ${d.text}` },
          {
            title: '承办单位和待办', key: 'units', width: 270,
            render: (_, d) => (
              <Flex vertical gap={4}>
                {d.units.map((u) => (
                  <span key={`${u.role}:${u.bodyId}`}>
                    {u.role === 'lead' ? '主办' : '协办'}：{u.bodyName}{' '}
                    {u.task ? (
                      <ToneTag tone={DECISION_STATE_TONES[u.task.state]}>
                        {u.task.stateLabel}
                        {u.task.dueDate ? ` · 限${chineseDate(u.task.dueDate)}` : ''}
                      </ToneTag>
                    ) : (
                      <Typography.Text type="secondary">（无待办）</Typography.Text>
                    )}
                  </span>
                ))}
              </Flex>
            ),
          },
          { title: '状态', key: 'state', width: 90, render: (_, d) => <ToneTag tone={DECISION_STATE_TONES[d.state]}>{d.stateLabel}</ToneTag> },
          {
            title: '执行情况', key: 'progress', width: 230,
            render: (_, d) => (
              <Flex vertical gap={4} align="start">
                {d.latestProgress ? (
                  <span>
                    {d.latestProgress.bodyName}：{d.latestProgress.text}
                    <Typography.Text type="secondary">（{beijingMinute(d.latestProgress.reportedAt)}）</Typography.Text>
                  </span>
                ) : (
                  <Typography.Text type="secondary">尚未反馈</Typography.Text>
                )}
                <Typography.Text type="secondary">{d.doneUnits}/{d.units.length}个单位已办结</Typography.Text>
                {d.mayReport && (
                  <Button size="small" onClick={() => setReporting(d)}>
                    反馈执行情况
                  </Button>
                )}
              </Flex>
            ),
          },
          {
            title: '公开（第三十条）', key: 'disclosure', width: 130,
            render: (_, d) =>
              d.disclosure === 'withheld' ? (
                <ToneTag title={d.withholdReason ?? ''}>不予公开</ToneTag>
              ) : (
                <ToneTag tone={PUBLICATION_TONES[d.publication?.state ?? 'pending']}>{d.publication?.stateLabel ?? '公开'}</ToneTag>
              ),
          },
        ]}
      />
      <ReportModal decision={reporting} onClose={() => setReporting(null)} onDone={(title, verdicts) => { setReporting(null); setOutcome({ title, verdicts }); }} />
    </Flex>
  );
}

function ReportModal({ decision, onClose, onDone }: { decision: TrackedDecision | null; onClose: () => void; onDone: (title: string, verdicts: readonly Verdict[]) => void }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const report = useMutation({
    mutationFn: (d: TrackedDecision) => apiPost<{ id: string }>(`/api/meetings/${d.meetingId}/decisions/${d.number}/progress`, { text }),
    onSuccess: (r: Envelope<{ id: string }>) => {
      setText('');
      onDone('已反馈执行情况', r.verdicts);
    },
    onSettled: () => invalidateMeetings(client),
  });
  return (
    <Modal
      open={decision !== null}
      title="反馈执行情况"
      onCancel={onClose}
      destroyOnHidden
      footer={<Button type="primary" loading={report.isPending} disabled={text.trim().length < 4} onClick={() => decision && report.mutate(decision)}>提交</Button>}
    >
      {decision && (
        <Flex vertical gap={12} style={{ marginTop: 8 }}>
          <Typography.Text>{decision.meetingTitle}（{chineseDate(decision.meetingDate)}）议定事项{decision.number}：{decision.text}</Typography.Text>
          <Input.TextArea rows={3} aria-label="执行情况" placeholder="执行情况（第二十八条：及时跟踪和反馈）" value={text} onChange={(e) => setText(e.target.value)} />
          <ErrorAlert error={report.error} />
        </Flex>
      )}
    </Modal>
  );
}
