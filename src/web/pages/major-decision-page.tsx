import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { chineseDate } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { PHASE_LABELS, PHASE_TONES, STATUS_TONES, useDossier, type Phase } from '../major-decisions/decision-data.ts';
import { DossierActions } from '../major-decisions/dossier-actions.tsx';
import { DossierRecord } from '../major-decisions/dossier-record.tsx';

/**
 * One major decision's dossier: where it stands, the next required step and what blocks it, every
 * statutory step with its state and article, the forms the reader's post allows, the 待办 with their
 * due dates, the whole record in order, and the export of it all as one file.
 */
export function MajorDecisionPage() {
  const { id } = useParams();
  const q = useDossier(id);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const d = q.data;
  if (q.isPending) return <PageLoading />;
  if (q.isError || !d) return <ErrorAlert error={q.error} title="无法读取决策卷宗" />;
  const url = `/api/major-decisions/${encodeURIComponent(d.id)}`;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical gap={4}>
          <Link to="/major-decisions?tab=dossiers">← 决策卷宗</Link>
          <Typography.Title level={2} style={{ margin: 0 }}>{d.title}</Typography.Title>
        </Flex>
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} href={`${url}/dossier.html`} download>导出卷宗（HTML）</Button>
          <Button href={`${url}/dossier.json`} target="_blank">卷宗数据（JSON）</Button>
        </Flex>
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="dossier-facts" items={[
        { key: 'status', label: '所处环节', children: <ToneTag tone={STATUS_TONES[d.status] ?? 'default'}>{d.statusLabel}</ToneTag> },
        { key: 'item', label: '目录事项', children: d.item ? `${d.item.year}年度第${d.item.seq}项：${d.item.title}（${d.item.matterKindLabel}）` : '—' },
        { key: 'lead', label: '决策承办单位', children: d.leadBodyName },
        { key: 'draft', label: '决策草案', children: `第${d.draftVersion}稿${d.affectsMarket ? '；涉及市场主体经济活动' : ''}` },
        { key: 'bodies', label: '涉及的部门和乡镇（街道）', children: d.concernedBodies.map((b) => `${b.name}（${b.opinionLabel}）`).join('、') || '无' },
        ...(d.topic ? [{ key: 'topic', label: '会议议题', children: `${d.topic.title}（${d.topic.meetingKindLabel}，${d.topic.statusLabel}${d.topic.concluded ? `，${d.topic.concluded.outcomeLabel}` : ''}）` }] : []),
        ...(d.decision ? [{ key: 'decision', label: '决策内容', children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.decision.text}</span> }] : []),
        ...(d.execution ? [{ key: 'exec', label: '决策执行单位', children: `${[d.execution.leadBodyName, ...d.execution.coBodyNames].join('、')}；每${d.execution.reportEveryDays}日报告${d.execution.nextReportDue ? `，下次${chineseDate(d.execution.nextReportDue)}前` : ''}` }] : []),
        ...(d.published ? [{ key: 'pub', label: '门户公布', children: `${d.published.status}${d.published.statusNote ? `（${d.published.statusNote}）` : ''}` }] : []),
      ]} />
      {d.next && (
        <Card size="small" title={`下一步：${d.next.label}`} data-testid="next-step">
          <Flex vertical gap={8}>
            <Typography.Text>{d.next.detail}</Typography.Text>
            <Verdicts verdicts={d.next.blockers} />
          </Flex>
        </Card>
      )}
      {outcome && (
        <Flex vertical gap={8} data-testid="dossier-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      <section aria-labelledby="phases-h">
        <Typography.Title level={3} id="phases-h">法定程序</Typography.Title>
        <Table<Phase> size="small" rowKey="key" pagination={false} dataSource={[...d.phases]} data-testid="phases"
          columns={[
            { title: '程序', dataIndex: 'label', width: 220 },
            { title: '状态', key: 'state', width: 100, render: (_: unknown, p) => <ToneTag tone={PHASE_TONES[p.state]}>{PHASE_LABELS[p.state]}</ToneTag> },
            { title: '情况及依据', dataIndex: 'detail' },
          ]} />
      </section>
      <section aria-labelledby="actions-h">
        <Typography.Title level={3} id="actions-h">办理</Typography.Title>
        <DossierActions d={d} onOutcome={(title, verdicts) => setOutcome({ title, verdicts })} />
      </section>
      {d.tasks.length > 0 && (
        <section aria-labelledby="tasks-h">
          <Typography.Title level={3} id="tasks-h">待办和期限</Typography.Title>
          <Table size="small" rowKey="id" pagination={false} dataSource={[...d.tasks]} data-testid="dossier-tasks"
            columns={[
              { title: '待办', dataIndex: 'title' },
              { title: '承办岗位', dataIndex: 'ownerTitle', width: 180 },
              { title: '期限', key: 'due', width: 320, render: (_: unknown, t: (typeof d.tasks)[number]) => (t.dueDate ? <Flex vertical><span>{chineseDate(t.dueDate)}24时{t.explanation?.provisional ? '（暂定）' : ''}</span>{t.explanation && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.explanation.summary}</Typography.Text>}</Flex> : '无期限') },
            ]} />
        </section>
      )}
      <section aria-labelledby="record-h">
        <Typography.Title level={3} id="record-h">卷宗记录</Typography.Title>
        <DossierRecord entries={d.entries} />
      </section>
    </Flex>
  );
}
