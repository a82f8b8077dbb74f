import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { IncomingActions } from '../incoming/incoming-actions.tsx';
import { INCOMING_TONES, useIncoming } from '../incoming/incoming-data.ts';
import { PageLoading } from '../layout/guards.tsx';

/** One letter: what arrived, each step of its handling, and the step the viewer may take now. */
export function IncomingDetailPage() {
  const { id } = useParams();
  const q = useIncoming(id);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  if (q.isPending) return <PageLoading />;
  if (q.isError) return <ErrorAlert error={q.error} title="无法读取来文" />;
  const r = q.data.incoming;
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <ToneTag tone={INCOMING_TONES[r.status]}>{r.statusLabel}</ToneTag>
          {r.urgency !== '普通' && <ToneTag tone="red">{r.urgency}</ToneTag>}
          {r.registerNo && <Typography.Text strong data-testid="register-no">{r.registerNo}</Typography.Text>}
        </Flex>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {r.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {r.fromName}
          {r.theirNumber ? ` · ${r.theirNumber}` : ''} · {r.kind} · 签收于 {beijingMinute(r.receivedAt)}
        </Typography.Text>
      </Flex>
      {r.disagreement && <Alert type="warning" showIcon title="会签部门未能取得一致意见，报请县政府决定（第五十五条）" />}
      <IncomingActions detail={q.data} onDone={(title, verdicts) => setOutcome({ title, verdicts })} />
      {outcome && (
        <Flex vertical gap={8} data-testid="incoming-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      <Card size="small" title="办理情况">
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="初审">{r.reviewNote || (r.status === 'received' || r.status === 'registered' ? '—' : '通过')}</Descriptions.Item>
          <Descriptions.Item label="拟办意见">{r.proposal ? `${r.proposal}${r.leaderTitle ? `（呈${r.leaderTitle}）` : ''}` : '—'}</Descriptions.Item>
          {r.readers.length > 0 && (
            <Descriptions.Item label="传阅">{r.readers.map((x) => `${x.title}${x.readAt ? `（${x.readBy ?? ''}已阅）` : '（未阅）'}`).join('、')}</Descriptions.Item>
          )}
          <Descriptions.Item label="批办">{r.instruction ? `${r.instructedBy ?? ''}：${r.instruction}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="主办 / 协办">{r.leadBodyName ? `${r.leadBodyName}${r.coBodyNames.length > 0 ? ` / ${r.coBodyNames.join('、')}` : ''}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="办理时限">{r.dueDate ? chineseDate(r.dueDate) : '—'}</Descriptions.Item>
          <Descriptions.Item label="办理结果">{r.result ?? '—'}</Descriptions.Item>
          {r.sourceDocumentId && <Descriptions.Item label="报送件"><Link to={`/documents/${r.sourceDocumentId}`}>查看报送件及会签情况</Link></Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title="正文或摘要">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.body || '（无）'}</Typography.Paragraph>
      </Card>
      <Table
        size="small"
        rowKey="seq"
        pagination={false}
        dataSource={[...q.data.history]}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => beijingMinute(v) },
          { title: '环节', dataIndex: 'label', width: 160 },
          { title: '办理人', width: 180, render: (_, e) => (e.onBehalfOf ? `${e.actor}（代${e.onBehalfOf}）` : e.actor || '系统') },
        ]}
      />
    </Flex>
  );
}
