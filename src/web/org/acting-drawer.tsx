import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Flex, Form, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { apiGet } from '../api.ts';
import type { ActingResult } from '../api-types.ts';
import { DateTimePicker } from '../components/date-time-picker.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { beijingIso, beijingMinute } from '../format.ts';
import { PageLoading } from '../layout/guards.tsx';
import { ActingChain, ActingProblems, ProblemTags, ViaTag } from './acting-parts.tsx';
import { PositionHistory } from './position-history.tsx';

export interface ActingTarget {
  readonly positionId: string;
  readonly title: string;
  /** The instant to ask about; undefined = now (the server's clock). */
  readonly at?: string;
  /** The chart's date for 历史; undefined = the server's today. */
  readonly on?: string;
}

function useActing(positionId: string | undefined, at: string | undefined) {
  return useQuery({
    queryKey: ['org', 'acting', positionId, at ?? 'now'],
    queryFn: async () => {
      const q = new URLSearchParams({ positionId: positionId ?? '' });
      if (at) q.set('at', at);
      return (await apiGet<ActingResult>(`/api/org/acting?${q.toString()}`)).data;
    },
    enabled: positionId !== undefined,
  });
}

function ActingAnswer({ result }: { result: ActingResult }) {
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">此时由谁履职</Typography.Text>
        {result.actor ? (
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="acting-display">
              {result.display}
            </Typography.Title>
            <ViaTag via={result.actor.via} />
          </Flex>
        ) : (
          <Flex align="center" gap={8} wrap data-testid="acting-display">
            <Typography.Title level={3} className="yz-danger-text" style={{ margin: 0 }}>
              无人履职
            </Typography.Title>
            <ProblemTags problems={result.problems} />
          </Flex>
        )}
      </Flex>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'at', label: '查询时刻', children: `${beijingMinute(result.at)}（北京时间）` },
          { key: 'holders', label: '任职人员', children: result.holders.map((h) => h.name).join('、') || '空缺' },
        ]}
      />
      <ActingProblems result={result} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        理由
      </Typography.Title>
      <ActingChain chain={result.chain} />
    </Flex>
  );
}

/** 由谁履职: who acts for a position at an instant (GET /api/org/acting), why, and what is wrong. */
export function ActingDrawer({ target, onClose }: { target: ActingTarget | null; onClose: () => void }) {
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const at = picked ? beijingIso(picked) : target?.at;
  const acting = useActing(target?.positionId, at);
  const close = () => {
    setPicked(null);
    onClose();
  };
  return (
    <Drawer open={target !== null} onClose={close} size="large" title={target ? `由谁履职：${target.title}` : '由谁履职'} destroyOnHidden>
      <Tabs
        items={[
          {
            key: 'acting',
            label: '由谁履职',
            children: (
              <Flex vertical gap={16}>
                <Form layout="inline">
                  <Form.Item label="查询时刻（北京时间）" htmlFor="acting-at">
                    <DateTimePicker
                      id="acting-at"
                      placeholder={target?.at ? beijingMinute(target.at) : '现在（可另选时刻）'}
                      value={picked}
                      onChange={(v) => setPicked(v)}
                    />
                  </Form.Item>
                </Form>
                {acting.isPending && <PageLoading />}
                {acting.isError && <ErrorAlert error={acting.error} title="无法确定由谁履职" />}
                {acting.data && <ActingAnswer result={acting.data} />}
              </Flex>
            ),
          },
          { key: 'history', label: '历史', children: target ? <PositionHistory positionId={target.positionId} on={target.on} /> : null },
        ]}
      />
    </Drawer>
  );
}
