import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Flex, Input, Modal, Radio, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { HANDLING_OPTIONS, STATE_TONES, invalidateConsultations, useConsultation, type ConsultationDetail, type Handling, type StaffComment } from './consultation-data.ts';

type Done = (title: string, verdicts: readonly Verdict[]) => void;

const COMMENT_TONES = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

function Text({ children }: { children: string }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{children}</Typography.Paragraph>;
}

/** 审核意见: approve (with the text to publish, personal information masked by the server) or reject with the reason. */
function ModerateModal({ comment, onClose, onDone }: { comment: StaffComment | null; onClose: () => void; onDone: Done }) {
  const client = useQueryClient();
  const [publicText, setPublicText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: ({ cmd, body }: { cmd: 'approve' | 'reject'; body: unknown }) => apiPost<StaffComment>(`/api/consultation-comments/${comment?.id ?? ''}/${cmd}`, body),
    onSuccess: (r: Envelope<StaffComment>, v) => {
      setPublicText(null);
      setReason('');
      onDone(v.cmd === 'approve' ? '意见已审核采用' : '意见不予采用', r.verdicts);
    },
    onSettled: () => invalidateConsultations(client),
  });
  const text = publicText ?? comment?.content ?? '';
  return (
    <Modal
      open={comment !== null}
      title="审核意见"
      onCancel={() => { act.reset(); setPublicText(null); setReason(''); onClose(); }}
      destroyOnHidden
      width={640}
      footer={
        <Flex gap={8} justify="end">
          <Button loading={act.isPending} onClick={() => act.mutate({ cmd: 'reject', body: { reason } })}>不予采用</Button>
          <Button type="primary" loading={act.isPending} onClick={() => act.mutate({ cmd: 'approve', body: text.trim() === comment?.content.trim() ? {} : { publicText: text } })}>采用并公开</Button>
        </Flex>
      }
    >
      {comment && (
        <Flex vertical gap={12} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{`提交时间：${beijingMinute(comment.submittedAt)}${comment.name ? ` · 姓名：${comment.name}` : ''}${comment.contact ? ` · 联系方式：${comment.contact}` : ''}（姓名和联系方式不公开）`}</Typography.Text>
          <Text>{comment.content}</Text>
          <label htmlFor="public-text"><Typography.Text strong>公开文本</Typography.Text></label>
          <Input.TextArea id="public-text" rows={4} value={text} onChange={(e) => setPublicText(e.target.value)} />
          <Typography.Text type="secondary">可删去与意见无关或不宜公开的内容；手机号码、身份证号码、电子邮箱等由系统自动遮蔽（《政府信息公开条例》第十五条）。</Typography.Text>
          <label htmlFor="reject-reason"><Typography.Text strong>不予采用的理由</Typography.Text></label>
          <Input.TextArea id="reject-reason" rows={2} value={reason} placeholder="不予采用时填写，如：与征求意见内容无关" onChange={(e) => setReason(e.target.value)} />
          <ErrorAlert error={act.error} />
        </Flex>
      )}
    </Modal>
  );
}

/** 记录采纳情况 (the drafting unit, after the window closed). */
function HandlingModal({ comment, onClose, onDone }: { comment: StaffComment | null; onClose: () => void; onDone: Done }) {
  const client = useQueryClient();
  const [handling, setHandling] = useState<Handling | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const current = handling ?? comment?.handling ?? 'adopted';
  const why = reason ?? comment?.handlingReason ?? '';
  const act = useMutation({
    mutationFn: () => apiPost<StaffComment>(`/api/consultation-comments/${comment?.id ?? ''}/handling`, { handling: current, reason: why }),
    onSuccess: (r: Envelope<StaffComment>) => {
      setHandling(null);
      setReason(null);
      onDone(`已记录采纳情况：${HANDLING_OPTIONS.find((o) => o.value === r.data.handling)?.label ?? ''}`, r.verdicts);
    },
    onSettled: () => invalidateConsultations(client),
  });
  return (
    <Modal
      open={comment !== null}
      title="记录采纳情况"
      okText="保存"
      cancelText="取消"
      confirmLoading={act.isPending}
      onOk={() => act.mutate()}
      onCancel={() => { act.reset(); setHandling(null); setReason(null); onClose(); }}
      destroyOnHidden
      width={600}
    >
      {comment && (
        <Flex vertical gap={12} style={{ marginTop: 8 }}>
          <Text>{comment.publicText ?? comment.content}</Text>
          <Radio.Group aria-label="采纳情况" value={current} onChange={(e) => setHandling(e.target.value as Handling)} options={HANDLING_OPTIONS.map((o) => ({ ...o }))} />
          <label htmlFor="handling-reason"><Typography.Text strong>理由</Typography.Text></label>
          <Input.TextArea id="handling-reason" rows={3} value={why} placeholder="部分采纳、不予采纳的，须说明理由" onChange={(e) => setReason(e.target.value)} />
          <ErrorAlert error={act.error} />
        </Flex>
      )}
    </Modal>
  );
}

function FeedbackCard({ c, onDone }: { c: ConsultationDetail; onDone: Done }) {
  const client = useQueryClient();
  const [summary, setSummary] = useState('');
  const publish = useMutation({
    mutationFn: () => apiPost(`/api/consultations/${c.id}/feedback`, { summary }),
    onSuccess: (r: Envelope<unknown>) => onDone('已公开意见采纳情况反馈', r.verdicts),
    onSettled: () => invalidateConsultations(client),
  });
  if (c.feedbackPublishedAt !== null) {
    return (
      <Card size="small" title="意见采纳情况反馈（已公开）" data-testid="feedback">
        <Text>{c.feedbackSummary ?? ''}</Text>
        <Typography.Text type="secondary">{`${c.feedbackPublishedBy ?? ''} 于${beijingMinute(c.feedbackPublishedAt)}公开`}</Typography.Text>
      </Card>
    );
  }
  if (!c.abilities.publish) return null;
  return (
    <Card size="small" title="公开反馈" data-testid="feedback">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">征求意见期间届满，收到的意见均已审核并逐条记录采纳情况后，公开意见采纳情况（《重大行政决策程序暂行条例》第十八条、《优化营商环境条例》第六十二条）。</Typography.Text>
        <label htmlFor="feedback-summary"><Typography.Text strong>总体说明</Typography.Text></label>
        <Input.TextArea id="feedback-summary" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} placeholder="如：共收到意见N条，经审核采用N条，其中采纳N条、部分采纳N条、不予采纳N条。" />
        <Flex justify="end">
          <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate()}>公开反馈</Button>
        </Flex>
        <ErrorAlert error={publish.error} />
      </Flex>
    </Card>
  );
}

function CommentCard({ m, c, onModerate, onHandle }: { m: StaffComment; c: ConsultationDetail; onModerate: () => void; onHandle: () => void }) {
  return (
    <Card
      size="small"
      data-testid="comment"
      title={<Flex gap={8} align="center"><ToneTag tone={COMMENT_TONES[m.status]}>{m.statusLabel}</ToneTag><span>{beijingMinute(m.submittedAt)}</span>{m.handlingLabel && <ToneTag tone="blue">{m.handlingLabel}</ToneTag>}</Flex>}
      extra={
        <Flex gap={4}>
          {m.status === 'pending' && c.abilities.moderate && <Button size="small" onClick={onModerate}>审核</Button>}
          {m.status === 'approved' && c.abilities.handle && <Button size="small" onClick={onHandle}>记录采纳情况</Button>}
        </Flex>
      }
    >
      <Flex vertical gap={6}>
        <Text>{m.content}</Text>
        {c.abilities.seeContacts && (m.name || m.contact) && (
          <Typography.Text type="secondary">{`提交人：${m.name ?? '未填写'} · 联系方式：${m.contact ?? '未填写'}（不公开）`}</Typography.Text>
        )}
        {m.status === 'approved' && m.publicText !== m.content && <Typography.Text type="secondary">{`公开文本：${m.publicText ?? ''}`}</Typography.Text>}
        {m.moderatedBy && <Typography.Text type="secondary">{`${m.moderatedBy} 于${beijingMinute(m.moderatedAt ?? '')}审核${m.moderationNote ? `：${m.moderationNote}` : ''}`}</Typography.Text>}
        {m.handlingReason && <Typography.Text type="secondary">{`理由：${m.handlingReason}`}</Typography.Text>}
      </Flex>
    </Card>
  );
}

/** One consultation: its window and why, the draft, the moderation queue, the handling and the feedback. */
export function ConsultationDrawer({ id, onClose, onDone }: { id: string | null; onClose: () => void; onDone: Done }) {
  const q = useConsultation(id);
  const c = q.data;
  const [moderating, setModerating] = useState<StaffComment | null>(null);
  const [handling, setHandling] = useState<StaffComment | null>(null);
  const done: Done = (title, verdicts) => {
    setModerating(null);
    setHandling(null);
    onDone(title, verdicts);
  };
  const pending = (c?.comments ?? []).filter((m) => m.status === 'pending');
  const others = (c?.comments ?? []).filter((m) => m.status !== 'pending');
  return (
    <Drawer open={id !== null} onClose={onClose} title={c?.title ?? '征求意见'} size="large">
      {q.isError && <ErrorAlert error={q.error} />}
      {c && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'subject', label: '所属事项', children: `${c.subjectTypeLabel}（${c.subjectId}）${c.affectsMarket ? '，与市场主体生产经营活动密切相关' : ''}` },
              { key: 'body', label: '起草单位', children: c.draftingBodyName },
              { key: 'window', label: '征求意见期间', children: `${beijingMinute(c.opensAt)}至${chineseDate(c.lastDay)}24时` },
              { key: 'state', label: '状态', children: <ToneTag tone={STATE_TONES[c.state]}>{c.stateLabel}</ToneTag> },
              { key: 'minimum', label: '最短期限', children: `${c.minimum.requirement}。${c.minimum.summary}` },
              ...(c.shortenedReason ? [{ key: 'reason', label: '缩短期限的理由（已公开）', children: c.shortenedReason }] : []),
              { key: 'opened', label: '发起人', children: c.openedBy ?? '—' },
            ]}
          />
          <Verdicts verdicts={c.verdicts} />
          <Tabs
            items={[
              {
                key: 'comments', label: `意见（${c.comments.length}）`,
                children: (
                  <Flex vertical gap={12}>
                    <Typography.Title level={5} style={{ margin: 0 }}>{`待审核（${pending.length}）`}</Typography.Title>
                    {pending.length === 0 ? <Empty description="没有待审核的意见" image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
                      <Flex vertical gap={8} data-testid="moderation-queue">
                        {pending.map((m) => <CommentCard key={m.id} m={m} c={c} onModerate={() => setModerating(m)} onHandle={() => setHandling(m)} />)}
                      </Flex>
                    )}
                    <Typography.Title level={5} style={{ margin: 0 }}>{`已审核（${others.length}）`}</Typography.Title>
                    {c.state === 'closed' && c.abilities.handle && c.counts.approved > c.counts.handled && (
                      <Alert type="info" showIcon title={`尚有${c.counts.approved - c.counts.handled}条意见未记录采纳情况`} />
                    )}
                    <Flex vertical gap={8} data-testid="moderated">
                      {others.map((m) => <CommentCard key={m.id} m={m} c={c} onModerate={() => setModerating(m)} onHandle={() => setHandling(m)} />)}
                    </Flex>
                    <FeedbackCard c={c} onDone={done} />
                  </Flex>
                ),
              },
              { key: 'draft', label: '征求意见稿', children: <Text>{c.draftText}</Text> },
              { key: 'explanation', label: '起草说明', children: <Text>{c.explanation}</Text> },
            ]}
          />
        </Flex>
      )}
      <ModerateModal comment={moderating} onClose={() => setModerating(null)} onDone={done} />
      <HandlingModal comment={handling} onClose={() => setHandling(null)} onDone={done} />
    </Drawer>
  );
}
