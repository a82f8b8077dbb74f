import { Alert, Flex } from 'antd';
import type { Verdict } from '../api-types.ts';
import { Citation } from './citation.tsx';

/**
 * Every block and warn verdict with its article. The server's message already begins with the
 * article (第四十条：…); each citation also links to the article's page in 条文库.
 */
export function Verdicts({ verdicts }: { verdicts: readonly Verdict[] }) {
  const shown = verdicts.filter((v) => v.outcome !== 'allow');
  if (shown.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="verdicts">
      {shown.map((v) => (
        <Alert
          key={`${v.rule}:${v.message}`}
          type={v.outcome === 'block' ? 'error' : 'warning'}
          showIcon
          title={v.message}
          description={
            <Flex gap={8} wrap>
              <span>{v.outcome === 'block' ? '规则不允许此操作' : '可以继续，但请注意'}。依据：</span>
              {v.cites.map((c, i) => (
                <Citation key={c} id={c} label={v.citeLabels?.[i]} />
              ))}
              <span style={{ color: 'rgba(0,0,0,0.65)' }}>（规则 {v.rule}）</span>
            </Flex>
          }
        />
      ))}
    </Flex>
  );
}
