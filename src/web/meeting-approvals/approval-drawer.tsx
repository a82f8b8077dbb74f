import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Flex, Input, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { invalidateApprovals, STATUS_TONES, useApproval, type ApprovalView } from './approval-data.ts';

const OUTCOME = { allow: { tone: 'green', label: '符合' }, warn: { tone: 'gold', label: '请注意' }, block: { tone: 'red', label: '不符合' } } as const;

/** Each check of art. 51 with its outcome; the message begins with the clause it applies. */
function RuleChecks({ verdicts }: { verdicts: readonly Verdict[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="approval-checks">
      {verdicts.filter((v) => v.rule !== 'pack.in-force').map((v) => (
        <li key={v.rule}>
          <ToneTag tone={OUTCOME[v.outcome].tone}>{OUTCOME[v.outcome].label}</ToneTag> {v.message}
        </li>
      ))}
    </ul>
  );
}

/** Review, approve or return — the buttons the server says the reader may use now. */
function Actions({ a }: { a: ApprovalView }) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<readonly Verdict[] | null>(null);
  const act = useMutation({
    mutationFn: (cmd: 'review' | 'approve' | 'return') => apiPost<ApprovalView>(`/api/meeting-approvals/${a.id}/${cmd}`, { note }),
    onSuccess: (r: Envelope<ApprovalView>) => {
      setNote('');
      setOutcome(r.verdicts);
    },
    onSettled: () => invalidateApprovals(client),
  });
  const { review, approve } = a.abilities;
  return (
    <Flex vertical gap={8} data-testid="approval-actions">
      {outcome && <Verdicts verdicts={outcome} />}
      {(review || approve || a.abilities.return) && (
        <>
          <Input.TextArea rows={2} aria-label={review ? '审查意见' : '批准意见'} placeholder={review ? '审查意见（退回时须写明理由）' : '批准意见（退回时须写明理由）'} value={note} onChange={(e) => setNote(e.target.value)} />
          <Flex gap={8}>
            {review && <Button type="primary" loading={act.isPending} onClick={() => act.mutate('review')}>审查通过，报批</Button>}
            {approve && <Button type="primary" loading={act.isPending} onClick={() => act.mutate('approve')}>批准</Button>}
            {a.abilities.return && <Button danger loading={act.isPending} onClick={() => act.mutate('return')}>退回</Button>}
          </Flex>
        </>
      )}
      <ErrorAlert error={act.error} />
    </Flex>
  );
}

/** An application to hold a work meeting: its facts, the checks of art. 51, each step done, and what the reader may do. */
export function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const q = useApproval(id);
  const a = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={a ? `工作会议：${a.title}` : '工作会议'} destroyOnHidden>
      {q.isPending && id !== null && <PageLoading />}
      {q.isError && <ErrorAlert error={q.error} title="无法读取工作会议申请" />}
      {a && (
        <Flex vertical gap={16} data-testid="approval-detail">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'status', label: '状态', children: <ToneTag tone={STATUS_TONES[a.status]}>{a.statusLabel}</ToneTag> },
              { key: 'next', label: '下一步', children: a.nextStep ?? '—' },
              { key: 'organiser', label: '主办单位', children: `${a.organiserName}（以${a.convenedInLabel}名义召开）` },
              { key: 'applicant', label: '申请人', children: a.applicant },
              { key: 'when', label: '时间地点', children: `${beijingMinute(a.startsAt)} · ${a.facts.place} · ${a.facts.form === 'video' ? '视频会议' : '现场会议'}` },
              { key: 'attendees', label: '参会人员', children: `${a.attendeesLabel}${a.facts.attendeesNote ? `（${a.facts.attendeesNote}）` : ''}` },
              { key: 'scale', label: '规模和时长', children: `约${a.facts.expectedAttendees}人，${a.facts.durationMinutes}分钟` },
              { key: 'scope', label: '会议性质', children: `${a.facts.countyWide ? '全县性会议' : '非全县性会议'}；${a.facts.withinOwnDuties ? '属于' : '不属于'}主办单位职责范围${a.facts.mergeable ? `；可与其他会议合并${a.facts.mergeNote ? `（${a.facts.mergeNote}）` : ''}` : ''}` },
              { key: 'tier', label: '审批层级', children: a.tierLabel },
            ]}
          />
          <section aria-labelledby="approval-checks-title">
            <Typography.Title level={4} id="approval-checks-title" style={{ marginTop: 0 }}>
              规则核对（第五十一条）
            </Typography.Title>
            <RuleChecks verdicts={a.verdicts} />
          </section>
          <section aria-labelledby="approval-steps-title" data-testid="approval-steps">
            <Typography.Title level={4} id="approval-steps-title" style={{ marginTop: 0 }}>
              办理过程
            </Typography.Title>
            <Timeline
              items={a.steps.map((s, i) => ({
                key: i,
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>
                      {s.actionLabel}
                      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                        {' '}· {beijingMinute(s.at)} · {s.who}{s.positionTitle ? `（${s.positionTitle}）` : ''}
                      </Typography.Text>
                    </Typography.Text>
                    {s.note && <Typography.Text>{s.note}</Typography.Text>}
                  </Flex>
                ),
              }))}
            />
          </section>
          <Actions key={a.id} a={a} />
        </Flex>
      )}
    </Drawer>
  );
}
