import { Button, DatePicker, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { OrgPositionView } from '../api-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ListToolbar } from '../components/list-toolbar.tsx';
import { downloadCsv } from '../csv.ts';
import { chineseDate } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { ActingDrawer, type ActingTarget } from '../org/acting-drawer.tsx';
import { bodyOrder, groupOf, holderNames, indexChart, ORG_GROUPS, useOrgChart } from '../org/org-data.ts';
import { OrgMaintain } from '../org/org-maintain.tsx';
import { ORG_CSV, OrgTable, type OrgRow } from '../org/org-table.tsx';
import { SecretaryLinks } from '../org/secretary-links.tsx';
import { can, type Session } from '../session.ts';

const DATE = 'YYYY-MM-DD';

/**
 * 组织机构: bodies by group, each post with its holders, 分管, AB角 and 协助; a post opens 由谁履职
 * and its 历史. With org:edit, 维护 and 导入/导出 as well.
 */
export function OrgPage({ session }: { session: Session }) {
  const [on, setOn] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<ActingTarget | null>(null);
  const chart = useOrgChart(on);
  const index = useMemo(() => indexChart(chart.data), [chart.data]);
  const term = search.trim();

  const rows = useMemo<OrgRow[]>(() => {
    const order = bodyOrder(chart.data?.bodies ?? []);
    const compare = (a: OrgRow, b: OrgRow) => {
      const [x, y] = [order(a.body), order(b.body)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    };
    return (chart.data?.positions ?? [])
      .flatMap((position) => {
        const body = index.bodies.get(position.bodyId);
        return body ? [{ body, position }] : [];
      })
      .filter(({ body, position }) => term === '' || [body.path, position.title, holderNames(position)].some((s) => s.includes(term)))
      .sort(compare);
  }, [chart.data, index, term]);

  const unstaffed = useMemo(() => {
    const withPosts = new Set((chart.data?.positions ?? []).map((p) => p.bodyId));
    return (chart.data?.bodies ?? []).filter((b) => !withPosts.has(b.id));
  }, [chart.data]);

  // A post's drawer asks about now, or — for a past date picked above — noon that day, Beijing time.
  const open = (p: OrgPositionView) => setTarget({ positionId: p.id, title: p.title, ...(on ? { at: `${on}T12:00:00+08:00`, on } : {}) });
  const date = chart.data?.date;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          组织机构
        </Typography.Title>
        {date && (
          <Typography.Text type="secondary" data-testid="org-date">
            {on ? `${chineseDate(date)}的任职情况` : `当前任职情况（${chineseDate(date)}）`}
          </Typography.Text>
        )}
      </Flex>
      <ListToolbar
        search={search}
        onSearch={setSearch}
        placeholder="按姓名、岗位或机构搜索"
        onExport={() => date && downloadCsv(`组织机构-${date}`, rows, ORG_CSV(index, date))}
        exportDisabled={rows.length === 0}
      >
        <DatePicker
          aria-label="查看某日"
          placeholder="查看某日"
          format={DATE}
          value={on ? dayjs(on, DATE) : null}
          onChange={(d) => setOn(d ? d.format(DATE) : undefined)}
          style={{ width: 160 }}
        />
        {on && <Button onClick={() => setOn(undefined)}>回到今天</Button>}
      </ListToolbar>
      {chart.data && can(session, 'org:edit') && <OrgMaintain chart={chart.data} />}
      {chart.isError && <ErrorAlert error={chart.error} title="无法读取组织机构" />}
      {chart.isPending && <PageLoading />}
      {chart.data && rows.length === 0 && <Empty description={term ? `没有与“${term}”相符的岗位或人员` : '暂无岗位'} />}
      {ORG_GROUPS.map((g) => {
        const groupRows = rows.filter((r) => groupOf(r.body, index.bodies).key === g.key);
        const empty = term === '' ? unstaffed.filter((b) => groupOf(b, index.bodies).key === g.key) : [];
        if (groupRows.length === 0 && empty.length === 0) return null;
        return (
          <section key={g.key} aria-labelledby={`org-group-${g.key}`} data-testid={`org-group-${g.key}`}>
            <Typography.Title level={3} id={`org-group-${g.key}`} style={{ marginTop: 0 }}>
              {g.label}
            </Typography.Title>
            {groupRows.length > 0 && <OrgTable rows={groupRows} index={index} onOpen={open} />}
            {empty.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                未登记岗位的机构：{empty.map((b) => b.path).join('、')}
              </Typography.Paragraph>
            )}
          </section>
        );
      })}
      {date && term === '' && <SecretaryLinks date={date} editable={can(session, 'org:edit')} />}
      <ActingDrawer target={target} onClose={() => setTarget(null)} />
    </Flex>
  );
}
