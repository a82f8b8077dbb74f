import { Descriptions, Drawer, Flex, Timeline, Typography } from 'antd';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { beijingMinute, chineseDate, stepActor } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { CarryOverForm, ItemForm, ProgressForm, ReopenForm } from './key-work-forms.tsx';
import { STANDING_TONES, useKeyWorkItem, type KeyWorkEntry, type KeyWorkItem, type QuarterView } from './key-work-data.ts';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '工作事项', target: '目标任务和措施', leadBodyId: '牵头单位', coBodyIds: '配合单位', leaderPositionId: '分管县领导', dueDate: '完成时限',
};

function EntryItem({ e }: { e: KeyWorkEntry }) {
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
      {e.previous &&
        Object.keys(e.previous).map((k) => (
          <Typography.Text key={k} type="secondary">
            调整了{FIELD_LABELS[k] ?? k}{k === 'dueDate' ? `（原为${chineseDate(String(e.previous?.[k]))}）` : ''}
          </Typography.Text>
        ))}
    </Flex>
  );
}

/** The standing tag, with 滞后's reason beside it (computed by the server on the date, art. 47). */
export function StandingTag({ item }: { item: Pick<KeyWorkItem, 'standing' | 'standingLabel' | 'laggingReason'> }) {
  return (
    <ToneTag tone={STANDING_TONES[item.standing]} title={item.laggingReason ?? undefined}>
      {item.standingLabel}
    </ToneTag>
  );
}

/**
 * An item with its whole history (append-only), its carry-over links, the topics that concern it,
 * and the forms the reader's post allows: report progress, edit, carry over.
 */
export function KeyWorkDrawer({ id, today, quarters, onClose, onOpen }: { id: string | null; today: string; quarters: readonly QuarterView[]; onClose: () => void; onOpen: (id: string) => void }) {
  const detail = useKeyWorkItem(id);
  const item = detail.data;
  const current = quarters.find((q) => q.current);
  const quarter = item && quarters.find((q) => q.year === item.year && q.quarter === item.quarter);
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={item ? `${item.quarterLabel}重点工作第${item.seq}项：${item.title}` : '重点工作'} destroyOnHidden>
      {detail.isPending && id !== null && <PageLoading />}
      {detail.isError && <ErrorAlert error={detail.error} title="无法读取重点工作事项" />}
      {item && (
        <Flex vertical gap={16} data-testid="key-work-detail">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'status', label: '状态', children: <Flex vertical gap={4}><span><StandingTag item={item} /></span>{item.laggingReason && <Typography.Text className="yz-danger-text">{item.laggingReason}</Typography.Text>}</Flex> },
              { key: 'target', label: '目标任务和措施', children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.target}</span> },
              { key: 'lead', label: '牵头单位', children: `${item.leadBodyName}${item.leadPrincipalTitle ? `（${item.leadPrincipalTitle}报送推进情况）` : ''}` },
              { key: 'co', label: '配合单位', children: item.coBodyNames.join('、') || '—' },
              { key: 'leader', label: '分管县领导', children: `${item.leaderTitle} ${item.leaderHolders}` },
              { key: 'due', label: '完成时限', children: chineseDate(item.dueDate) },
              ...(item.carriedFrom ? [{ key: 'from', label: '挂单来源', children: <Typography.Link onClick={() => onOpen(item.carriedFrom!.id)}>由{item.carriedFrom.quarterLabel}挂单转入（查看原事项）</Typography.Link> }] : []),
              ...(item.carriedTo ? [{ key: 'to', label: '挂单去向', children: <Typography.Link onClick={() => onOpen(item.carriedTo!.id)}>已挂单转入{item.carriedTo.quarterLabel}（查看）</Typography.Link> }] : []),
              ...(item.topics.length > 0 ? [{ key: 'topics', label: '相关议题', children: <Flex vertical>{item.topics.map((t) => <span key={t.id}>{t.title}（{t.meetingKindLabel}，{t.statusLabel}）</span>)}</Flex> }] : []),
            ]}
          />
          <section aria-labelledby="key-work-history" data-testid="key-work-history">
            <Typography.Title level={4} id="key-work-history" style={{ marginTop: 0 }}>
              推进过程
            </Typography.Title>
            <Timeline items={item.history.map((e) => ({ key: e.id, content: <EntryItem e={e} /> }))} />
          </section>
          {(item.abilities.report || item.abilities.complete) && <ProgressForm item={item} today={today} />}
          {item.abilities.carryOver && current && <CarryOverForm item={item} current={current} />}
          {item.abilities.reopen && <ReopenForm item={item} />}
          {item.abilities.edit && quarter && (
            <section aria-labelledby="key-work-edit">
              <Typography.Title level={4} id="key-work-edit">
                调整事项
              </Typography.Title>
              <ItemForm quarter={quarter} item={item} today={today} />
            </section>
          )}
          {!Object.values(item.abilities).some(Boolean) && (
            <Typography.Text type="secondary" data-testid="key-work-read-only">
              {quarter?.ended
                ? `${item.quarterLabel}已结束，其清单保持季末原状，仅供查阅（第四十七条）。`
                : '推进情况由牵头单位主要负责人或县政府办公室报送；清单由县政府办公室管理（第四十七条）。'}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
