import { Button, Card, Flex, Table, Typography } from 'antd';
import type { ActingResult, AwayDay, AwayPerson } from '../api-types.ts';
import { Period } from '../components/period.tsx';
import { ToneTag } from '../components/tone-tag.tsx';
import { chineseWeekday, monthDay } from '../format.ts';
import { PROBLEM_LABELS, ViaTag } from './acting-parts.tsx';
import type { ActingTarget } from './acting-drawer.tsx';

export const ABSENCE_LABELS: Readonly<Record<AwayPerson['absence']['kind'], string>> = { leave: '请假', travel: '外出', inspection: '考察' };

interface AwayRow {
  readonly key: string;
  readonly person: AwayPerson;
  readonly title: string;
  readonly positionId: string | null;
  readonly acting: ActingResult | null;
}

function rowsOf(day: AwayDay): AwayRow[] {
  return day.away.flatMap((person): AwayRow[] =>
    person.positions.length === 0
      ? [{ key: person.personId, person, title: '', positionId: null, acting: null }]
      : person.positions.map((p) => ({ key: `${person.personId}:${p.positionId}`, person, title: p.title, positionId: p.positionId, acting: p.acting })),
  );
}

/** Who acts: the display and how, or — in red — why nobody does. */
function ActingCell({ acting }: { acting: ActingResult | null }) {
  if (!acting) return null;
  if (acting.actor) {
    return (
      <Flex vertical gap={4} align="start">
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{acting.display}</Typography.Text>
          <ViaTag via={acting.actor.via} />
        </Flex>
        {acting.problems.map((p) => (
          <Typography.Text key={p.message} className="yz-warning-text">
            {PROBLEM_LABELS[p.code]}：{p.message}
          </Typography.Text>
        ))}
      </Flex>
    );
  }
  const codes = [...new Set(acting.problems.map((p) => p.code))];
  return (
    <Flex vertical gap={4} align="start" className="yz-acting-problem">
      <Flex gap={4} wrap>
        {(codes.length > 0 ? codes : (['gap'] as const)).map((c) => (
          <ToneTag key={c} tone="red">
            {PROBLEM_LABELS[c]}
          </ToneTag>
        ))}
      </Flex>
      {acting.problems.map((p) => (
        <Typography.Text key={p.message} className="yz-danger-text">
          {p.message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** One day of the week: who is away at noon and who acts for each of their posts. */
export function AwayDayCard({
  day,
  today,
  destinations,
  onExplain,
}: {
  day: AwayDay;
  today: string | undefined;
  destinations: ReadonlyMap<string, string>;
  onExplain: (t: ActingTarget) => void;
}) {
  const rows = rowsOf(day);
  const headingId = `away-day-${day.date}-title`;
  const trouble = rows.some((r) => r.acting !== null && r.acting.actor === null);
  return (
    <section aria-labelledby={headingId} data-testid={`away-day-${day.date}`}>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            <span id={headingId}>
              {monthDay(day.date)} {chineseWeekday(day.date)}
            </span>
            {day.date === today && <ToneTag tone="blue">今天</ToneTag>}
          </Flex>
        }
        extra={
          day.away.length === 0 ? (
            <Typography.Text type="secondary">全员在岗</Typography.Text>
          ) : (
            <Typography.Text className={trouble ? 'yz-danger-text' : undefined} strong={trouble}>
              {day.away.length}人不在岗{trouble ? '，有岗位无人履职' : ''}
            </Typography.Text>
          )
        }
        styles={{ body: rows.length === 0 ? { display: 'none' } : { padding: 0 } }}
      >
        {rows.length > 0 && (
          <Table<AwayRow>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            rowClassName={(r) => (r.acting && r.acting.actor === null ? 'yz-row-problem' : '')}
            columns={[
              { title: '姓名', key: 'name', width: 90, render: (_: unknown, r) => <Typography.Text strong>{r.person.name}</Typography.Text> },
              { title: '类别', key: 'kind', width: 70, render: (_: unknown, r) => ABSENCE_LABELS[r.person.absence.kind] },
              { title: '去向', key: 'destination', width: 110, render: (_: unknown, r) => r.person.absence.destination ?? destinations.get(r.person.absence.id) ?? '—' },
              {
                title: '时间（北京时间）',
                key: 'period',
                width: 190,
                render: (_: unknown, r) => <Period from={r.person.absence.from} to={r.person.absence.to} />,
              },
              { title: '岗位', dataIndex: 'title', width: 230 },
              { title: '由谁履职', key: 'acting', render: (_: unknown, r) => <ActingCell acting={r.acting} /> },
              {
                title: '理由',
                key: 'why',
                width: 80,
                render: (_: unknown, r) =>
                  r.positionId ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      aria-label={`查看${monthDay(day.date)}${r.title}由谁履职的理由`}
                      onClick={() => onExplain({ positionId: r.positionId ?? '', title: r.title, at: day.at })}
                    >
                      查看
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
    </section>
  );
}
