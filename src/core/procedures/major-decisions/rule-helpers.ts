/** Helpers shared by the rules of major decisions: the regulation's short title, dates in Chinese, verdicts. */
import { formatChineseDate } from '../../kernel/time.ts';
import type { Verdict } from '../../rules/rule.ts';

export const T = '《重大行政决策程序暂行条例》';
export const d = (date: string) => formatChineseDate(date);
export const verdict = (rule: string, outcome: Verdict['outcome'], cites: readonly string[], message: string): Verdict => ({ rule, outcome, cites, message });
/** Text long enough to be a statement rather than a placeholder. */
export const filled = (s: string | null | undefined, min = 4): boolean => [...(s ?? '').trim()].length >= min;
