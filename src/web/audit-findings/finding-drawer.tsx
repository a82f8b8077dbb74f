import { Descriptions, Drawer, Flex, Timeline, Typography } from 'antd';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { beijingMinute, chineseDate, stepActor } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { AmendForm, ConcludeForm, FollowUpForm, ReportForm } from './finding-forms.tsx';
import { STATUS_TONES, useFinding, type FindingEntry } from './findings-data.ts';

const FIELD_LABELS: Readonly<Record<string, string>> = { title: '问题标题', finding: '审计发现的问题', requirement: '整改要求', dueDate: '整改期限' };

function EntryItem({ e }: { e: FindingEntry }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>
        {e.kindLabel}
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
          {' '}· {beijingMinute(e.at)} · {stepActor(e)} · 状态：{e.statusAfterLabel}
        </Typography.Text>
      </Typography.Text>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.text}</Typography.Paragraph>
      {e.reportDate && <Typography.Text type="secondary">报送日期：{chineseDate(e.reportDate)}</Typography.Text>}
      {e.dueDate && <Typography.Text type="secondary">整改期限：{chineseDate(e.dueDate)}</Typography.Text>}
      {e.previous &&
        Object.entries(e.previous).map(([k, v]) => (
          <Typography.Text key={k} type="secondary">
            修改前的{FIELD_LABELS[k] ?? k}：{k === 'dueDate' ? chineseDate(v) : v}
          </Typography.Text>
        ))}
    </Flex>
  );
}

/** A finding with its whole history (append-only) and the forms the actor's post allows. */
export function FindingDrawer({ id, today, onClose }: { id: string | null; today: string; onClose: () => void }) {
  const detail = useFinding(id);
  const f = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={f ? `审计发现：${f.title}` : '审计发现'} destroyOnHidden>
      {detail.isPending && id !== null && <PageLoading />}
      {detail.isError && <ErrorAlert error={detail.error} title="无法读取审计发现" />}
      {f && (
        <Flex vertical gap={16} data-testid="finding-detail">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'body', label: '被审计单位', children: f.auditedBodyName },
              { key: 'status', label: '状态', children: <Flex gap={6}><ToneTag tone={STATUS_TONES[f.status]}>{f.statusLabel}</ToneTag>{f.overdue && <ToneTag tone="red">已逾期</ToneTag>}</Flex> },
              { key: 'due', label: '整改期限', children: chineseDate(f.dueDate) },
              { key: 'owner', label: '整改承办', children: f.ownerPositionTitle ?? '（未设主要负责人）' },
              { key: 'finding', label: '审计发现的问题', children: <span style={{ whiteSpace: 'pre-wrap' }}>{f.finding}</span> },
              { key: 'requirement', label: '整改要求', children: <span style={{ whiteSpace: 'pre-wrap' }}>{f.requirement}</span> },
            ]}
          />
          <section aria-labelledby="finding-history" data-testid="finding-history">
            <Typography.Title level={4} id="finding-history" style={{ marginTop: 0 }}>
              整改过程
            </Typography.Title>
            <Timeline items={f.history.map((e) => ({ key: e.id, content: <EntryItem e={e} /> }))} />
          </section>
          {f.abilities.report && <ReportForm finding={f} today={today} />}
          {(f.abilities['mark-rectified'] || f.abilities['mark-not-rectified']) && <ConcludeForm finding={f} />}
          {f.abilities['follow-up'] && <FollowUpForm finding={f} today={today} />}
          {f.abilities.amend && <AmendForm finding={f} />}
          {!Object.values(f.abilities).some(Boolean) && (
            <Typography.Text type="secondary" data-testid="finding-read-only">
              您可以查阅本记录；审计发现和整改结论只能由县审计局修改，整改情况由被审计单位报送。
            </Typography.Text>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
