import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Segmented, Typography } from 'antd';
import { apiGet } from '../api.ts';
import type { EntryLeader } from '../api-types.ts';

/** GET /api/me/entry-leaders: the leaders whose decisions I may enter today (代录). */
export function useEntryLeaders(enabled = true) {
  return useQuery({
    queryKey: ['entry-leaders'],
    queryFn: async () => (await apiGet<EntryLeader[]>('/api/me/entry-leaders')).data,
    enabled,
    staleTime: 60_000,
  });
}

/** `王五 代录（张三的决定）`: never the 代 of acting authority. */
export function entryText(secretary: string, leader: string): string {
  return `${secretary} 代录（${leader}的决定）`;
}

/**
 * 本人 / 代录：某领导. Shown only to someone with a secretary link valid today; the value is the
 * leader's person id, or '' for one's own work.
 */
export function EntrySwitch({
  leaders,
  value,
  onChange,
}: {
  leaders: readonly EntryLeader[];
  value: string;
  onChange: (personId: string) => void;
}) {
  if (leaders.length === 0) return null;
  return (
    <Flex gap={8} align="center" wrap data-testid="entry-switch">
      <Typography.Text strong>办理身份</Typography.Text>
      <Segmented
        value={value}
        onChange={(v) => onChange(String(v))}
        options={[
          { value: '', label: '本人' },
          ...leaders.map((l) => ({
            value: l.leaderPersonId,
            label: `代录：${l.leaderName}（${l.positionTitle}）`,
          })),
        ]}
      />
    </Flex>
  );
}

/** The notice shown while entering a leader's decisions: whose decision it is, and that it is not acting authority. */
export function EntryNotice({ me, leader }: { me: string; leader: EntryLeader }) {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="entry-notice"
      title={`您正在代录${leader.leaderName}（${leader.positionTitle}）的决定`}
      description={`所录入的批准、不批准和办结属于${leader.leaderName}本人的决定，记为“${entryText(me, leader.leaderName)}”，不同于依AB角、委托的代为履职（第五条）。仅在代录关系有效期内可以录入。`}
    />
  );
}
