import { Alert, Card, Descriptions, Empty, Flex, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { DocumentActions } from '../documents/document-actions.tsx';
import { AttachmentList } from '../documents/attachment-list.tsx';
import { IMPORTANCE_LABELS, ISSUER_LABELS, MATTER_LABELS, STATUS_TONES, useDocument } from '../documents/document-data.ts';
import type { Verdict } from '../documents/document-types.ts';
import { RouteSteps } from '../documents/route-steps.tsx';
import { beijingMinute, chineseDate } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';

/** One document: its elements, the art. 53 route with who acts now, the actions allowed, versions and history. */
export function DocumentPage() {
  const { id } = useParams();
  const q = useDocument(id);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  if (q.isPending) return <PageLoading />;
  if (q.isError) return <ErrorAlert error={q.error} title="无法读取公文" />;
  const detail = q.data;
  const d = detail.document;
  const e = d.elements;

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <ToneTag tone={STATUS_TONES[d.status]}>{d.statusLabel}</ToneTag>
          {e.urgency !== '普通' && <ToneTag tone="red">{e.urgency}</ToneTag>}
          {d.docNumber && <Typography.Text strong data-testid="doc-number">{d.docNumber}</Typography.Text>}
        </Flex>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {e.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {e.kind} · {ISSUER_LABELS[e.issuer]} · 拟稿：{d.drafterName}
          {d.draftingBodyName ? `（${d.draftingBodyName}）` : ''} · 更新于 {beijingMinute(d.updatedAt)}
        </Typography.Text>
      </Flex>
      {detail.meeting && (
        <Typography.Text data-testid="doc-meeting" className="yz-inline-links">
          会议纪要（第五十条），来自 <Link to={`/meetings?meeting=${detail.meeting.id}`}>{detail.meeting.title}（{chineseDate(detail.meeting.date)}）</Link>；纪要签发即为本文签发，由县政府办公室复核、登记编号、印发、归档
        </Typography.Text>
      )}
      {detail.currentTask?.dueDate && (
        <Typography.Text data-testid="step-due" className={detail.currentTask.overdue ? 'yz-danger-text' : undefined}>
          当前环节“{detail.currentTask.title.split('：')[0]}”{detail.currentTask.overdue ? '已逾期，' : ''}限{chineseDate(detail.currentTask.dueDate)}办结（第四十条“文不过夜”）
        </Typography.Text>
      )}
      <DocumentActions detail={detail} onDone={(title, verdicts) => setOutcome({ title, verdicts })} />
      {outcome && (
        <Flex vertical gap={8} data-testid="document-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      <Flex gap={16} wrap align="start">
        <Card title="审签路线" style={{ flex: '1 1 360px' }} size="small">
          {d.route.length === 0 ? (
            <Empty description={d.status === 'drafting' || d.status === 'reviewing' ? '核稿时按第五十三条计算审签路线' : '无'} />
          ) : (
            <Flex vertical gap={8} className="yz-inline-links">
              {d.routeClause && (
                <Typography.Text type="secondary">
                  依据：<Citation id={d.routeClause} />
                  {d.importance && `；重要程度：${IMPORTANCE_LABELS[d.importance]}${d.importance !== e.importanceProposed ? `（拟稿人提出“${IMPORTANCE_LABELS[e.importanceProposed]}”，核稿改定）` : '（核稿确认）'}`}
                </Typography.Text>
              )}
              {d.specialOrder && <Alert type="warning" showIcon title={`县长专门交代（${d.specialOrder.orderedBy}）：${d.specialOrder.note}`} />}
              <RouteSteps detail={detail} />
            </Flex>
          )}
        </Card>
        <Card title="公文要素" style={{ flex: '2 1 480px' }} size="small">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="发文字号">{d.docNumber ?? '登记时编号'}</Descriptions.Item>
            <Descriptions.Item label="主送">{e.mainRecipients.join('、')}</Descriptions.Item>
            <Descriptions.Item label="抄送">{e.ccRecipients.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label="签发人">{signers(d) || '签发后确定'}</Descriptions.Item>
            <Descriptions.Item label="成文日期">{d.signedDate ? chineseDate(d.signedDate) : '签发后确定'}</Descriptions.Item>
            <Descriptions.Item label="印发">{d.issuedDate ? `县政府办公室 ${chineseDate(d.issuedDate)}印发` : '—'}</Descriptions.Item>
            <Descriptions.Item label="附件">{e.attachmentNames.length > 0 ? e.attachmentNames.map((n, i) => `${i + 1}. ${n}`).join('　') : '—'}</Descriptions.Item>
            <Descriptions.Item label="附注">{e.annotation || '—'}</Descriptions.Item>
            <Descriptions.Item label="公开属性">
              {e.disclosure ?? <Typography.Text type="danger">未确定（第三十二条）</Typography.Text>}
              {e.disclosureReason ? `（${e.disclosureReason}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="事项类别">{MATTER_LABELS[e.matter] ?? e.matter}</Descriptions.Item>
            <Descriptions.Item label="重要程度">
              拟稿人提出：{IMPORTANCE_LABELS[e.importanceProposed]}
              {d.importance ? `；核稿确认：${IMPORTANCE_LABELS[d.importance]}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="涉及">{[...d.subjectBodyNames, ...e.subjectAreas].join('、') || `拟稿单位${d.draftingBodyName ? `（${d.draftingBodyName}）` : ''}`}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Flex>
      <AttachmentList detail={detail} editable={(d.status === 'drafting' && detail.abilities['submit'] === true) || (d.status === 'drafting' && detail.abilities['route'] === true) || (d.status === 'reviewing' && detail.abilities['review'] === true)} />
      <Tabs
        items={[
          {
            key: 'body',
            label: '正文',
            children: (
              <Flex vertical gap={12}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.body || '（无正文）'}</Typography.Paragraph>
                {e.isPolicy && (
                  <Card size="small" title="政策解读（与文件同步审签，第三十二条）">
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.interpretation}</Typography.Paragraph>
                  </Card>
                )}
              </Flex>
            ),
          },
          {
            key: 'history',
            label: '办理记录',
            children: (
              <Table
                size="small"
                rowKey="seq"
                pagination={false}
                dataSource={[...detail.history]}
                columns={[
                  { title: '时间', dataIndex: 'at', render: (v: string) => beijingMinute(v), width: 170 },
                  { title: '环节', dataIndex: 'label', width: 180 },
                  { title: '办理人', render: (_, r) => (r.onBehalfOf ? `${r.actor}（代${r.onBehalfOf}）` : r.actor), width: 180 },
                  { title: '说明', render: (_, r) => historyNote(r.payload) },
                ]}
              />
            ),
          },
          {
            key: 'versions',
            label: `版本（${detail.versions.length}）`,
            children: (
              <Table
                size="small"
                rowKey="versionNo"
                pagination={false}
                dataSource={[...detail.versions]}
                columns={[
                  { title: '版本', dataIndex: 'versionNo', width: 70 },
                  { title: '时间', dataIndex: 'changedAt', render: (v: string) => beijingMinute(v), width: 170 },
                  { title: '修改人', dataIndex: 'changedBy', width: 120 },
                  { title: '修改内容', dataIndex: 'changedFields', render: (v: readonly string[]) => v.join('、') },
                  { title: '说明', dataIndex: 'note' },
                ]}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

/** 签发人 (GB/T 9704: 上行文标注签发人): who signed, a stand-in as 王晓梅（代刘建华）. */
function signers(d: { route: readonly { action: string; done: { personName: string; onBehalfOfName: string | null } | null }[] }): string {
  return d.route.filter((s) => s.action === 'sign' && s.done).map((s) => (s.done!.onBehalfOfName ? `${s.done!.personName}（代${s.done!.onBehalfOfName}）` : s.done!.personName)).join('、');
}

function historyNote(p: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  if (typeof p['opinion'] === 'string') parts.push(`意见：${p['opinion']}`);
  if (typeof p['reason'] === 'string') parts.push(`理由：${p['reason']}`);
  if (typeof p['number'] === 'string') parts.push(`文号：${p['number']}`);
  if (typeof p['basis'] === 'string') parts.push(p['basis']);
  if (Array.isArray(p['changed'])) parts.push(`修改：${(p['changed'] as string[]).join('、')}`);
  if (typeof p['note'] === 'string' && p['note'] !== '') parts.push(`核稿意见：${p['note']}`);
  return parts.join('；');
}
