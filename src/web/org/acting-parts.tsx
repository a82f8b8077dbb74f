import { Alert, Flex, Timeline, Typography } from 'antd';
import type { ActingProblem, ActingReason, ActingResult, ActingVia } from '../api-types.ts';
import { Citation } from '../components/citation.tsx';
import { ToneTag, type Tone } from '../components/tone-tag.tsx';

export const VIA_LABELS: Readonly<Record<ActingVia, string>> = {
  holder: '本人',
  delegation: '委托',
  ab: 'AB角',
  presiding: '主持工作',
};

const VIA_TONES: Readonly<Record<ActingVia, Tone>> = { holder: 'green', delegation: 'purple', ab: 'blue', presiding: 'gold' };

/** How the actor came to act: 本人, 委托, AB角 or 主持工作 (art. 59). */
export function ViaTag({ via }: { via: ActingVia }) {
  return <ToneTag tone={VIA_TONES[via]}>{via === 'holder' ? '本人履职' : `依${VIA_LABELS[via]}`}</ToneTag>;
}

export const PROBLEM_LABELS: Readonly<Record<ActingProblem['code'], string>> = { vacant: '岗位空缺', gap: '无人履职', cycle: '循环' };

/** The citations of a step or problem, each linking to its article. */
export function Cites({ cites }: { cites: readonly string[] }) {
  if (cites.length === 0) return null;
  return (
    <Flex gap={6} wrap component="span" style={{ display: 'inline-flex' }}>
      <span>依据：</span>
      {cites.map((c) => (
        <Citation key={c} id={c} />
      ))}
    </Flex>
  );
}

/** Short tags for problems (red): 无人履职, 岗位空缺, 循环. */
export function ProblemTags({ problems }: { problems: readonly ActingProblem[] }) {
  const codes = [...new Set(problems.map((p) => p.code))];
  return (
    <>
      {codes.map((c) => (
        <ToneTag key={c} tone="red">
          {PROBLEM_LABELS[c]}
        </ToneTag>
      ))}
    </>
  );
}

/** Every problem met, as a warning with its article (a gap or cycle is an error: nobody acts). */
export function ActingProblems({ result }: { result: ActingResult }) {
  if (result.problems.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="acting-problems">
      {result.problems.map((p) => (
        <Alert
          key={`${p.code}:${p.message}`}
          type={result.actor === null ? 'error' : 'warning'}
          showIcon
          title={`${PROBLEM_LABELS[p.code]}：${p.message}`}
          description={p.cites.length > 0 ? <Cites cites={p.cites} /> : undefined}
        />
      ))}
    </Flex>
  );
}

const STEP_LABELS: Readonly<Record<ActingReason['kind'], string>> = {
  holder: '在岗',
  absent: '不在岗',
  delegation: '委托',
  ab: 'AB角',
  presiding: '主持工作',
  vacant: '岗位空缺',
  gap: '无人履职',
  cycle: '循环',
};

function stepColor(kind: ActingReason['kind']): string {
  if (kind === 'holder') return 'green';
  if (kind === 'absent') return 'gray';
  if (kind === 'vacant' || kind === 'gap' || kind === 'cycle') return 'red';
  return 'blue';
}

/** The chain of reasons, in order, each with its citations. */
export function ActingChain({ chain }: { chain: readonly ActingReason[] }) {
  return (
    <Timeline
      data-testid="acting-chain"
      items={chain.map((r, i) => ({
        key: `${i}:${r.kind}`,
        color: stepColor(r.kind),
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>{STEP_LABELS[r.kind]}</Typography.Text>
            <Typography.Text>{r.message}</Typography.Text>
            <Typography.Text type="secondary">
              <Cites cites={r.cites} />
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
