import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Flex, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Envelope } from '../api.ts';
import type { LeaveItem, Verdict } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { Verdicts } from '../components/verdicts.tsx';
import { downloadCsv } from '../csv.ts';
import { DecideModal, type Decision } from '../leave/decide-modal.tsx';
import { LEAVE_CSV, useLeaveFor, useLeaveList } from '../leave/leave-data.ts';
import { EntryNotice, useEntryLeaders } from '../entry/entry-data.tsx';
import { LeaveFormModal } from '../leave/leave-form-modal.tsx';
import { LeaveTable } from '../leave/leave-table.tsx';
import { can, type Session } from '../session.ts';

type TabKey = 'mine' | 'pending' | 'office' | 'entry' | 'all';

const EMPTY: Readonly<Record<TabKey, string>> = {
  mine: '暂无申请', pending: '暂无待审批的申请', office: '暂无待转呈的申请', entry: '暂无待该领导审批的申请', all: '暂无记录',
};

const DONE: Readonly<Record<Decision['type'], string>> = { approve: '批准', reject: '不批准', forward: '转呈', 'send-back': '退回' };

/** 请销假 (art. 59): my requests, those awaiting my approval and — when visible — everyone's. */
export function LeavePage({ session }: { session: Session }) {
  const me = session.me.account.personId;
  const list = useLeaveList();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [applying, setApplying] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [outcome, setOutcome] = useState<{ title: string; verdicts: readonly Verdict[] } | null>(null);
  const { message } = App.useApp();
  // 代录 (SPEC §1): the leader this user may enter decisions for today, if any.
  const leader = (useEntryLeaders().data ?? [])[0];
  const entryList = useLeaveFor(leader?.leaderPersonId);
  const entryRows = (entryList.data ?? []).filter((l) => l.abilities.approve || l.abilities.reject);

  const all = useMemo(() => list.data ?? [], [list.data]);
  const mine = all.filter((l) => l.personId === me);
  const pending = all.filter((l) => l.abilities.approve || l.abilities.reject);
  const atOffice = all.filter((l) => l.abilities.forward || l.abilities.sendBack);
  const showMine = can(session, 'leave:request') || mine.length > 0;
  const showPending = session.me.account.roles.includes('leader') || pending.length > 0;
  const showOffice = can(session, 'leave:forward') || atOffice.length > 0;
  const showAll = all.some((l) => l.personId !== me);
  const tabs: { key: TabKey; label: string; rows: readonly LeaveItem[] }[] = [
    ...(showMine ? [{ key: 'mine' as const, label: '我的申请', rows: mine }] : []),
    ...(showPending ? [{ key: 'pending' as const, label: '待我审批', rows: pending }] : []),
    ...(showOffice ? [{ key: 'office' as const, label: '待办公室转呈', rows: atOffice }] : []),
    ...(leader ? [{ key: 'entry' as const, label: `代录：${leader.leaderName}`, rows: entryRows }] : []),
    ...(showAll ? [{ key: 'all' as const, label: '全部', rows: all }] : []),
  ];
  const asked = params.get('tab');
  const current = tabs.find((t) => t.key === asked) ?? tabs[0];
  const term = search.trim();
  const shown = (current?.rows ?? []).filter(
    (l) => term === '' || [l.personName, l.positionTitle, l.destination, l.reason, l.statusLabel].some((s) => s.includes(term)),
  );

  const onApplied = (r: Envelope<LeaveItem>) => {
    setApplying(false);
    const state = r.data.status === 'approved' ? '已记录为已批准' : r.data.status === 'at-office' ? '待县政府办公室转呈' : '待审批';
    setOutcome({ title: `已提交申请（${state}）`, verdicts: r.verdicts });
    void message.success('申请已提交');
    setParams({ tab: 'mine' });
  };
  const onDecided = (r: Envelope<LeaveItem>, d: Decision) => {
    setDecision(null);
    const who = d.onBehalfOf ? `代录${d.onBehalfOf.name}的决定：` : '';
    setOutcome({ title: `${who}已${DONE[d.type]}${d.item.personName}的申请`, verdicts: r.verdicts });
    void message.success(`${who}已${DONE[d.type]}`);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          请销假
        </Typography.Title>
        {can(session, 'leave:request') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            申请
          </Button>
        )}
      </Flex>
      {outcome && (
        <Flex vertical gap={8} data-testid="leave-outcome">
          <Alert
            type="success"
            showIcon
            title={outcome.verdicts.some((v) => v.outcome !== 'allow') ? `${outcome.title}，但有以下提示：` : outcome.title}
            closable={{ onClose: () => setOutcome(null) }}
          />
          <Verdicts verdicts={outcome.verdicts} />
        </Flex>
      )}
      <Tabs
        activeKey={current?.key}
        onChange={(k) => setParams({ tab: k })}
        items={tabs.map((t) => ({
          key: t.key,
          label:
            (t.key === 'pending' || t.key === 'office' || t.key === 'entry') && t.rows.length > 0 ? (
              <Flex gap={6} align="center">
                {t.label}
                <Badge count={t.rows.length} color="#a8071a" />
              </Flex>
            ) : (
              t.label
            ),
        }))}
      />
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="按姓名、去向或事由搜索"
        onExport={() => downloadCsv(`请销假-${current?.label ?? ''}`, shown, LEAVE_CSV)}
        exportDisabled={shown.length === 0}
      />
      {list.isError && <ErrorAlert error={list.error} title="无法读取请销假记录" />}
      {current?.key === 'entry' && leader && <EntryNotice me={session.me.account.displayName} leader={leader} />}
      <LeaveTable
        items={shown}
        loading={current?.key === 'entry' ? entryList.isPending : list.isPending}
        emptyText={term ? `没有与“${term}”相符的记录` : EMPTY[current?.key ?? 'all']}
        onDecide={setDecision}
        onBehalfOf={current?.key === 'entry' && leader ? { personId: leader.leaderPersonId, name: leader.leaderName, me: session.me.account.displayName } : undefined}
      />
      <LeaveFormModal open={applying} onClose={() => setApplying(false)} onDone={onApplied} />
      <DecideModal decision={decision} onClose={() => setDecision(null)} onDone={onDecided} />
    </Flex>
  );
}
