import type { Rule } from './rule.ts';

export interface PackInForceInput {
  /** Beijing local date of the action. */
  readonly date: string;
  /** The pack in force on that date, if any. */
  readonly packId: string | undefined;
  readonly earliestEffectiveFrom: string;
}

/** Art. 71: the 2025 rules apply from their publication (2025-10-26); earlier actions are not judged by them. */
export const packInForce: Rule<PackInForceInput> = {
  id: 'pack.in-force',
  cites: [{ source: 'yunyang-2025', article: 71 }],
  appliesTo: '*',
  summary: '本规则自发布之日（2025年10月26日）起施行；此前的行为不适用本系统的规则包',
  check: ({ date, packId, earliestEffectiveFrom }) =>
    packId
      ? { rule: 'pack.in-force', outcome: 'allow', cites: ['yunyang-2025:71'], message: `第七十一条：${date}适用规则包 ${packId}` }
      : {
          rule: 'pack.in-force',
          outcome: 'block',
          cites: ['yunyang-2025:71'],
          message: `第七十一条：本规则自${earliestEffectiveFrom}起施行，${date}的行为不在任何已载入规则包的施行期内，系统不予办理`,
        },
};
