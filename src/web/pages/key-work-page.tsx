import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Modal, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { apiPost, type Envelope } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { downloadCsv } from '../csv.ts';
import { chineseDate } from '../format.ts';
import { KeyWorkDrawer, StandingTag } from '../key-work/key-work-drawer.tsx';
import { ItemForm } from '../key-work/key-work-forms.tsx';
import { invalidateKeyWork, KEY_WORK_CSV, quarterKey, STANDING_ORDER, STANDING_TONES, useKeyWork, type KeyWorkItem, type KeyWorkStanding, type QuarterRef } from '../key-work/key-work-data.ts';

/**
 * 重点工作清单 (art. 47): a quarter's key-work list — each item with its lead unit, leader in charge,
 * due date and standing (滞后 with its reason, computed by the server on the date); the office keeps
 * the list and carries unfinished items over once the quarter has ended.
 */
export function KeyWorkPage() {
  const [picked, setPicked] = useState<QuarterRef | null>(null);
  const [standing, setStanding] = useState<KeyWorkStanding | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const list = useKeyWork(picked);
  const client = useQueryClient();
  const data = list.data;
  const term = search.trim();
  const rows = useMemo(
    () => (data?.items ?? []).filter((i) => (standing === undefined || i.standing === standing) && (term === '' || [i.title, i.target, i.leadBodyName, ...i.coBodyNames, i.leaderHolders].some((s) => s.includes(term)))),
    [data, standing, term],
  );
  const carryAll = useMutation({
    mutationFn: (q: QuarterRef) => apiPost<readonly KeyWorkItem[]>('/api/key-work/carry-over', { year: q.year, quarter: q.quarter }),
    onSuccess: (r: Envelope<readonly KeyWorkItem[]>) => setOutcome({ title: `已将${r.data.length}项未完成事项挂单转入${data?.currentQuarter.label ?? '本季度'}`, verdicts: r.verdicts }),
    onSettled: () => invalidateKeyWork(client),
  });
  const done = (title: string, verdicts: readonly Verdict[]) => {
    setAdding(false);
    setOutcome({ title, verdicts });
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          重点工作清单
        </Typography.Title>
        {data?.canKeep && !data.ended && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            列入清单
          </Button>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }} className="yz-inline-links" data-testid="key-work-intro">
        县长办公会议原则上每季度初召开1次，按照“清单管理、挂单操作、按季推进”原则，分析总结县政府上季度重点工作推进情况，研究部署县政府本季度重点工作。依据：
        <Citation id="yunyang-2025:47" />。推进情况由牵头单位主要负责人或县政府办公室报送；完成时限已过仍未完成的事项显示为滞后（已结束的季度按季末情况计算）；季末未完成的事项挂单转入本季度，原季度清单保持原状。
      </Typography.Paragraph>
      {outcome && (
        <Flex vertical gap={8} data-testid="key-work-outcome">
          <Alert type="success" showIcon title={outcome.title} closable={{ onClose: () => setOutcome(null) }} />
          <Verdicts verdicts={outcome.verdicts.filter((v) => v.rule !== 'pack.in-force')} />
        </Flex>
      )}
      {list.isError && <ErrorAlert error={list.error} title="无法读取重点工作清单" />}
      {data && (
        <Flex gap={8} wrap align="center" data-testid="key-work-counts">
          <Typography.Text strong>{data.label}</Typography.Text>
          <Typography.Text type="secondary">共{data.counts.total}项：</Typography.Text>
          {STANDING_ORDER.map((s) => (
            <ToneTag key={s.value} tone={STANDING_TONES[s.value]}>
              {s.label} {data.counts[s.value]}
            </ToneTag>
          ))}
        </Flex>
      )}
      {data?.ended && (
        <Alert
          type="info"
          showIcon
          data-testid="key-work-ended"
          title={`${data.label}已结束，清单保持季末原状（${chineseDate(data.end)}），不再报送或调整。`}
          description={data.carryable > 0 ? `尚有${data.carryable}项未完成、尚未挂单，应挂单转入${data.currentQuarter.label}继续推进。` : undefined}
          action={data.canKeep && data.carryable > 0 ? (
            <Button loading={carryAll.isPending} onClick={() => carryAll.mutate(data)}>全部挂单转入{data.currentQuarter.label}</Button>
          ) : undefined}
        />
      )}
      <ErrorAlert error={carryAll.error} />
      <ListToolbar search={search} onSearch={setSearch} placeholder="按事项、单位或分管领导搜索" onExport={() => data && downloadCsv(`重点工作清单-${data.label}`, rows, KEY_WORK_CSV)} exportDisabled={rows.length === 0}>
        <Select
          aria-label="季度"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          value={data ? quarterKey(data) : undefined}
          onChange={(k: string) => {
            const q = data?.quarters.find((x) => quarterKey(x) === k);
            if (q) setPicked({ year: q.year, quarter: q.quarter });
          }}
          options={(data?.quarters ?? []).map((q) => ({ value: quarterKey(q), label: `${q.label}${q.current ? '（本季度）' : ''}` }))}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={standing ?? ''}
          onChange={(v: KeyWorkStanding | '') => setStanding(v === '' ? undefined : v)}
          options={[{ value: '', label: '全部状态' }, ...STANDING_ORDER]}
        />
      </ListToolbar>
      <Table<KeyWorkItem>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={term || standing ? '没有相符的事项' : `${data?.label ?? '本季度'}尚无重点工作`} /> }}
        data-testid="key-work-table"
        columns={[
          { title: '序号', dataIndex: 'seq', width: 64 },
          {
            title: '工作事项',
            key: 'title',
            render: (_: unknown, i) => (
              <Flex vertical gap={2} align="start">
                <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(i.id)}>
                  {i.title}
                </Button>
                <Flex gap={4} wrap>
                  {i.carriedFrom && <ToneTag tone="purple">挂单·{i.carriedFrom.quarterLabel}转入</ToneTag>}
                  {i.carriedTo && <ToneTag tone="purple">已挂单转入{i.carriedTo.quarterLabel}</ToneTag>}
                </Flex>
              </Flex>
            ),
          },
          {
            title: '牵头单位（配合单位）',
            key: 'units',
            width: 220,
            render: (_: unknown, i) => (
              <Flex vertical>
                <span>{i.leadBodyName}</span>
                {i.coBodyNames.length > 0 && <Typography.Text type="secondary">{i.coBodyNames.join('、')}</Typography.Text>}
              </Flex>
            ),
          },
          { title: '分管县领导', key: 'leader', width: 140, render: (_: unknown, i) => i.leaderHolders || i.leaderTitle },
          { title: '完成时限', key: 'due', width: 140, render: (_: unknown, i) => chineseDate(i.dueDate) },
          {
            title: '状态',
            key: 'standing',
            width: 280,
            render: (_: unknown, i) => (
              <Flex vertical gap={2}>
                <span><StandingTag item={i} /></span>
                {i.laggingReason && <Typography.Text className="yz-danger-text" style={{ fontSize: 12 }}>{i.laggingReason}</Typography.Text>}
              </Flex>
            ),
          },
        ]}
      />
      <KeyWorkDrawer id={open} today={data?.today ?? ''} quarters={data?.quarters ?? []} onClose={() => setOpen(null)} onOpen={setOpen} />
      <Modal open={adding} title={`列入${data?.label ?? ''}重点工作清单`} footer={null} width={720} onCancel={() => setAdding(false)} destroyOnHidden>
        {data && <ItemForm quarter={data} today={data.today} onDone={done} />}
      </Modal>
    </Flex>
  );
}
