import { DomainError } from '../../core/kernel/result.ts';
import type { Verdict } from '../../core/rules/rule.ts';

export const notFound = (code: string, what: string) => new DomainError(code, `${what}不存在`);

export function ruleBlocked(verdicts: readonly Verdict[], message = '规则不允许此操作'): DomainError {
  const blocking = verdicts.filter((v) => v.outcome === 'block');
  return new DomainError('RULE_BLOCKED', blocking.map((v) => v.message).join('；') || message, { verdicts });
}
