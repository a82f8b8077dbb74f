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
import { LEAVE_CSV, useLeaveList } from '../leave/leave-data.ts';
import { LeaveFormModal } from '../leave/leave-form-modal.tsx';
import { LeaveTable } from '../leave/leave-table.tsx';
import { can, type Session } from '../session.ts';

type TabKey = 'mine' | 'pending' | 'all';

const EMPTY: Readonly<Record<TabKey, string>> = { mine: '暂无申请', pending: '暂无待审批的申请', all: '暂无记录' };

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

  const all = useMemo(() => list.data ?? [], [list.data]);
  const mine = all.filter((l) => l.personId === me);
  const pending = all.filter((l) => l.abilities.approve || l.abilities.reject);
  const showMine = can(session, 'leave:request') || mine.length > 0;
  const showPending = can(session, 'leave:decide') || pending.length > 0;
  const showAll = all.some((l) => l.personId !== me);
  const tabs: { key: TabKey; label: string; rows: readonly LeaveItem[] }[] = [
    ...(showMine ? [{ key: 'mine' as const, label: '我的申请', rows: mine }] : []),
    ...(showPending ? [{ key: 'pending' as const, label: '待我审批', rows: pending }] : []),
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
    setOutcome({ title: `已提交申请（${r.data.status === 'approved' ? '已记录为已批准' : '待审批'}）`, verdicts: r.verdicts });
    void message.success('申请已提交');
    setParams({ tab: 'mine' });
  };
  const onDecided = (r: Envelope<LeaveItem>, d: Decision) => {
    setDecision(null);
    setOutcome({ title: `已${d.type === 'approve' ? '批准' : '不批准'}${d.item.personName}的申请`, verdicts: r.verdicts });
    void message.success(d.type === 'approve' ? '已批准' : '已不批准');
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
            t.key === 'pending' && t.rows.length > 0 ? (
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
      <LeaveTable
        items={shown}
        loading={list.isPending}
        emptyText={term ? `没有与“${term}”相符的记录` : EMPTY[current?.key ?? 'all']}
        onDecide={setDecision}
      />
      <LeaveFormModal open={applying} onClose={() => setApplying(false)} onDone={onApplied} />
      <DecideModal decision={decision} onClose={() => setDecision(null)} onDone={onDecided} />
    </Flex>
  );
}
