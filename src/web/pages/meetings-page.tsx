import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Drawer, Flex, Input, Modal, Select, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { PlanMeetingModal, ProposeTopicModal } from '../meetings/meeting-forms.tsx';
import { MinutesCard } from '../meetings/minutes-card.tsx';
import { MeetingLeaveCard } from '../meetings/meeting-leave-card.tsx';
import { AttendanceCard } from '../meetings/attendance-card.tsx';
import { DiscussionCard } from '../meetings/discussion-card.tsx';
import { StudyCard } from '../meetings/study-card.tsx';
import { MeetingCalendar } from '../meetings/meeting-calendar.tsx';
import { KeyWorkMeetingCard } from '../key-work/key-work-meeting-card.tsx';
import { invalidateMeetings, useMeeting, useMeetings, type TopicView } from '../meetings/meeting-data.ts';
import { can, type Session } from '../session.ts';

const CADENCE_TONES: Readonly<Record<string, Tone>> = { ok: 'green', due: 'gold', overdue: 'red', 'as-needed': 'default' };
const CADENCE_LABELS: Readonly<Record<string, string>> = { ok: '正常', due: '即将到期', overdue: '应召开未召开', 'as-needed': '根据需要' };

/** 会议: when the regular meetings fall due, the meetings planned and held, and the topics with their admission. */
export function MeetingsPage({ session }: { session: Session }) {
  const q = useMeetings();
  const client = useQueryClient();
  const [planning, setPlanning] = useState(false);
  const [proposing, setProposing] = useState(false);
  // `?meeting=<id>` opens a meeting directly (e.g. from its 纪要 document).
  const [params] = useSearchParams();
  const [open, setOpen] = useState<string | null>(params.get('meeting'));
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const [deciding, setDeciding] = useState<{ topic: TopicView; cmd: 'admit' | 'refuse' | 'schedule' } | null>(null);
  const [note, setNote] = useState('');
  const [meetingId, setMeetingId] = useState<string | undefined>(undefined);
  const act = useMutation({
    mutationFn: ({ id, cmd, body }: { id: string; cmd: string; body: unknown }) => apiPost<TopicView>(`/api/topics/${id}/${cmd}`, body),
    onSuccess: (r: Envelope<TopicView>) => {
      setDeciding(null);
      setOutcome({ title: `议题“${r.data.title}”：${r.data.statusLabel}`, verdicts: r.verdicts });
    },
    onSettled: () => invalidateMeetings(client),
  });
  const done = (title: string, verdicts: readonly Verdict[]) => {
    setPlanning(false);
    setProposing(false);
    setOutcome({ title, verdicts });
  };
  const data = q.data;
  const planned = (data?.meetings ?? []).filter((m) => m.status === 'planned');

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          会议
        </Typography.Title>
        <Flex gap={8}>
          {can(session, 'meeting:propose') && <Button onClick={() => setProposing(true)}>提出议题</Button>}
          {can(session, 'meeting:organise') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              安排会议
            </Button>
          )}
        </Flex>
      </Flex>
      {outcome && (
        <Flex vertical gap={8} data-testid="meeting-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      {q.isError && <ErrorAlert error={q.error} title="无法读取会议" />}
      <Flex gap={12} wrap data-testid="cadence">
        {(data?.cadence ?? []).map((c) => (
          <Card key={c.kind} size="small" style={{ flex: '1 1 220px' }} title={c.kindLabel} extra={<ToneTag tone={CADENCE_TONES[c.state] ?? 'default'}>{CADENCE_LABELS[c.state]}</ToneTag>}>
            <Typography.Text type="secondary">{c.message}</Typography.Text>
          </Card>
        ))}
        {data && (
          <Card size="small" style={{ flex: '1 1 220px' }} title="常务会议学法（第十七条）">
            <Typography.Text type="secondary">{`${data.lawStudy.year}年已召开常务会议${data.lawStudy.executiveMeetings}次，会前集体学法${data.lawStudy.recorded}次${data.lawStudy.scheduled ? `，另已安排${data.lawStudy.scheduled}次` : ''}`}</Typography.Text>
          </Card>
        )}
      </Flex>
      <Tabs
        items={[
          {
            key: 'meetings',
            label: '会议',
            children: (
              <Table
                rowKey="id"
                size="middle"
                loading={q.isPending}
                dataSource={[...(data?.meetings ?? [])]}
                locale={{ emptyText: '尚未安排会议' }}
                columns={[
                  { title: '会议', dataIndex: 'title', render: (t: string, m) => <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(m.id)}>{t}</Button> },
                  { title: '时间', dataIndex: 'startsAt', width: 170, render: (v: string) => beijingMinute(v) },
                  { title: '地点', dataIndex: 'place', width: 180 },
                  { title: '主持', dataIndex: 'chairTitle', width: 200, render: (t: string, m) => `${t}${m.entrustedNote ? '（受县长委托）' : ''}` },
                  { title: '形式', dataIndex: 'form', width: 90, render: (f: string) => (f === 'video' ? '视频' : '现场') },
                  { title: '状态', dataIndex: 'statusLabel', width: 90 },
                ]}
              />
            ),
          },
          {
            key: 'calendar',
            label: '日历',
            children: <MeetingCalendar meetings={data?.meetings ?? []} today={data?.today} onOpen={setOpen} />,
          },
          {
            key: 'topics',
            label: '议题',
            children: (
              <Table
                rowKey="id"
                size="middle"
                loading={q.isPending}
                dataSource={[...(data?.topics ?? [])]}
                locale={{ emptyText: '暂无议题' }}
                columns={[
                  { title: '议题', dataIndex: 'title' },
                  { title: '提交会议', dataIndex: 'meetingKindLabel', width: 140 },
                  { title: '提出人', dataIndex: 'proposer', width: 220 },
                  { title: '状态', dataIndex: 'statusLabel', width: 100 },
                  {
                    title: '办理', key: 'act', width: 220,
                    render: (_, t) => (
                      <Flex gap={4} wrap>
                        {t.status === 'proposed' && <Button size="small" onClick={() => { act.reset(); setNote(''); setDeciding({ topic: t, cmd: 'admit' }); }}>审定</Button>}
                        {t.status === 'admitted' && can(session, 'meeting:organise') && <Button size="small" onClick={() => { act.reset(); setMeetingId(undefined); setDeciding({ topic: t, cmd: 'schedule' }); }}>列入会议</Button>}
                      </Flex>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <PlanMeetingModal open={planning} onClose={() => setPlanning(false)} onDone={done} />
      <ProposeTopicModal open={proposing} onClose={() => setProposing(false)} onDone={done} />
      <Modal
        open={deciding !== null}
        title={deciding?.cmd === 'schedule' ? '列入会议' : '审定议题'}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
        width={640}
        footer={
          deciding?.cmd === 'schedule' ? (
            <Button type="primary" disabled={!meetingId} loading={act.isPending} onClick={() => deciding && meetingId && act.mutate({ id: deciding.topic.id, cmd: 'schedule', body: { meetingId } })}>列入</Button>
          ) : (
            <Flex gap={8} justify="end">
              <Button loading={act.isPending} onClick={() => deciding && act.mutate({ id: deciding.topic.id, cmd: 'refuse', body: { note } })}>不予列入</Button>
              <Button type="primary" loading={act.isPending} onClick={() => deciding && act.mutate({ id: deciding.topic.id, cmd: 'admit', body: { note } })}>同意列入会议</Button>
            </Flex>
          )
        }
      >
        {deciding && (
          <Flex vertical gap={12} style={{ marginTop: 8 }}>
            <Typography.Text strong>{deciding.topic.title}</Typography.Text>
            <Typography.Paragraph style={{ margin: 0 }}>{deciding.topic.facts.summary}</Typography.Paragraph>
            <Typography.Text>意见：{deciding.topic.facts.recommendation}</Typography.Text>
            {deciding.cmd === 'schedule' ? (
              <Select
                aria-label="会议"
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择已安排的会议"
                value={meetingId}
                onChange={setMeetingId}
                options={planned.filter((m) => m.kind === deciding.topic.meetingKind).map((m) => ({ value: m.id, label: `${m.title} ${beijingMinute(m.startsAt)}` }))}
              />
            ) : (
              <>
                <Typography.Text type="secondary">上会条件（第二十条、第二十三条、第四十六条、第五十一条）：</Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="admission">
                  {deciding.topic.verdicts.map((v) => (
                    <li key={v.rule}>
                      <ToneTag tone={v.outcome === 'allow' ? 'green' : v.outcome === 'warn' ? 'gold' : 'red'}>{v.outcome === 'allow' ? '符合' : v.outcome === 'warn' ? '请核对' : '不符合'}</ToneTag> {v.message}
                    </li>
                  ))}
                </ul>
                <Input.TextArea rows={2} aria-label="审定意见" placeholder="审定意见" value={note} onChange={(e) => setNote(e.target.value)} />
              </>
            )}
            <ErrorAlert error={act.error} />
          </Flex>
        )}
      </Modal>
      <MeetingDrawer id={open} onClose={() => setOpen(null)} office={can(session, 'meeting:organise')} />
    </Flex>
  );
}

function MeetingDrawer({ id, onClose, office }: { id: string | null; onClose: () => void; office: boolean }) {
  const q = useMeeting(id);
  const m = q.data?.meeting;
  return (
    <Drawer open={id !== null} onClose={onClose} title={m ? `${m.title}（${chineseDate(m.date)}）` : '会议'} size="large">
      {q.isError && <ErrorAlert error={q.error} />}
      {q.data && m && (
        <Flex vertical gap={16}>
          <Typography.Text>
            主持：{m.chairTitle} {m.chairDisplay}
            {m.entrustedNote ? `（${m.entrustedNote}）` : ''} · {m.place} · {m.form === 'video' ? '视频会议' : '现场会议'}
          </Typography.Text>
          <AttendanceCard detail={q.data} office={office} />
          <StudyCard detail={q.data} office={office} />
          <DiscussionCard detail={q.data} office={office} />
          {q.data.keyWork && <KeyWorkMeetingCard keyWork={q.data.keyWork} />}
          <MeetingLeaveCard detail={q.data} />          <MinutesCard detail={q.data} office={office} />
        </Flex>
      )}
    </Drawer>
  );
}
