import { Alert, Flex } from 'antd';
import { isApiError } from '../api.ts';
import { Verdicts } from './verdicts.tsx';

/** A failed request: the server's Chinese message and, for rule refusals, the blocking verdicts. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = isApiError(error) ? error.message : error instanceof Error ? error.message : '操作失败，请稍后重试';
  const verdicts = isApiError(error) ? error.verdicts : [];
  const blocking = verdicts.some((v) => v.outcome !== 'allow');
  return (
    <Flex vertical gap={8}>
      {/* A rule refusal's message repeats the verdicts; show them, each with its article. */}
      {blocking ? (
        <Verdicts verdicts={verdicts} />
      ) : (
        <Alert type="error" showIcon title={title ?? message} description={title ? message : undefined} />
      )}
    </Flex>
  );
}
