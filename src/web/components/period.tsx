import { Flex, Typography } from 'antd';
import { beijingMinute } from '../format.ts';

/** A period of absence in Beijing time on two lines: 自 … / 至 … (or 尚未销假 when open). */
export function Period({ from, to, returnedAt }: { from: string; to: string | null; returnedAt?: string | null }) {
  return (
    <Flex vertical style={{ whiteSpace: 'nowrap' }}>
      <span>自 {beijingMinute(from)}</span>
      <span>{to ? `至 ${beijingMinute(to)}` : '尚未销假'}</span>
      {returnedAt && <Typography.Text type="secondary">{beijingMinute(returnedAt)} 销假</Typography.Text>}
    </Flex>
  );
}
