import type { Rule, Verdict } from '../rules/rule.ts';
import { checkAbPair, checkAppointment, checkDelegation, type OrgCheckProblem } from './checks.ts';
import type { AbPair, Delegation, OrgAppointment, OrgSnapshot } from './org.ts';
import { AGENCY_TYPE_LABELS } from './structure.ts';

function verdictOf(rule: string, cites: readonly string[], problems: readonly OrgCheckProblem[], ok: string): Verdict {
  return problems.length === 0
    ? { rule, outcome: 'allow', cites, message: ok }
    : { rule, outcome: 'block', cites: [...new Set(problems.flatMap((p) => p.cites))], message: problems.map((p) => p.message).join('；') };
}

/** Art. 4: one holder at a time for a single post (two 县长 at once are refused); 兼任 of different posts is allowed. */
export const appointmentValid: Rule<{ snapshot: OrgSnapshot; appointment: OrgAppointment }> = {
  id: 'org.appointment-valid',
  // 县长 and 常务副县长 rest on arts. 4–5, the office director on art. 7.
  cites: [{ source: 'yunyang-2025', article: 4 }, { source: 'yunyang-2025', article: 5 }, { source: 'yunyang-2025', article: 7 }],
  appliesTo: 'org.appoint',
  summary: '县长、常务副县长、办公室主任等单一职务同一时间只能一人担任；一人可兼任多个不同职务',
  check: ({ snapshot, appointment }) => verdictOf('org.appointment-valid', ['yunyang-2025:4'], checkAppointment(snapshot, appointment), '第四条：任职有效'),
};

/** Art. 5: a B is another post held by someone else, and a post has one B at a time. */
export const abPairValid: Rule<{ snapshot: OrgSnapshot; pair: AbPair }> = {
  id: 'org.ab-pair-valid',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'org.set-ab',
  summary: 'AB角的B须为他人担任的另一岗位，同一岗位同一时间只设一个B',
  check: ({ snapshot, pair }) => verdictOf('org.ab-pair-valid', ['yunyang-2025:5'], checkAbPair(snapshot, pair), '第五条：AB角设置有效'),
};

/** Art. 5: a 委托 goes to another post, for a period that ends after it starts. */
export const delegationValid: Rule<{ snapshot: OrgSnapshot; delegation: Delegation }> = {
  id: 'org.delegation-valid',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'org.delegate',
  summary: '委托须交由其他岗位，并载明起止时间',
  check: ({ snapshot, delegation }) => verdictOf('org.delegation-valid', ['yunyang-2025:5'], checkDelegation(snapshot, delegation), '第五条：委托有效'),
};

export interface PortfolioClaim {
  readonly positionId: string;
  readonly bodyId: string | null;
  readonly area: string | null;
  readonly from: string;
  readonly to: string | null;
}

/** Art. 5: a department, town or policy area is led by one county leader at a time. */
export const portfolioUnique: Rule<{ claim: PortfolioClaim; existing: readonly PortfolioClaim[]; titleOf: (positionId: string) => string; subject: string }> = {
  id: 'org.portfolio-unique',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'org.assign-portfolio',
  summary: '同一部门、乡镇（街道）或工作领域同一时间只由一位县领导分管',
  check: ({ claim, existing, titleOf, subject }) => {
    const overlaps = (x: PortfolioClaim) => x.from <= (claim.to ?? '9999-12-31') && claim.from <= (x.to ?? '9999-12-31');
    const clash = existing.find((x) => x.positionId !== claim.positionId && overlaps(x) &&
      ((claim.bodyId !== null && x.bodyId === claim.bodyId) || (claim.area !== null && x.area === claim.area)));
    return clash
      ? { rule: 'org.portfolio-unique', outcome: 'block', cites: ['yunyang-2025:5'], message: `第五条：${subject}已由${titleOf(clash.positionId)}分管（自${clash.from}起），同一时间不能由两位县领导分管；请先结束原分工` }
      : { rule: 'org.portfolio-unique', outcome: 'allow', cites: ['yunyang-2025:5'], message: `第五条：${subject}分工有效` };
  },
};

/**
 * Art. 69: 派出机构, 直属事业单位, 部门管理机构 and 其他机构 are governed by these rules too. Such a body
 * is registered with its category, and its principal is then treated as a department's (leave under
 * art. 59, audit rectification under art. 35).
 */
export const agencyScope: Rule<{ name: string; agencyType: string | null }> = {
  id: 'org.agency-scope',
  cites: [{ source: 'yunyang-2025', article: 69 }],
  appliesTo: 'org.create-body',
  summary: '县政府派出机构、直属事业单位、部门管理机构、其他机构适用本规则，登记时注明类别',
  check: ({ name, agencyType }) => {
    const label = agencyType === null ? undefined : (AGENCY_TYPE_LABELS as Readonly<Record<string, string>>)[agencyType];
    return label === undefined
      ? { rule: 'org.agency-scope', outcome: 'block', cites: ['yunyang-2025:69'], message: `第六十九条：请注明${name}属于派出机构、直属事业单位、部门管理机构还是其他机构` }
      : { rule: 'org.agency-scope', outcome: 'allow', cites: ['yunyang-2025:69'], message: `第六十九条：${name}为县政府${label}，适用本规则，其主要负责人外出请假等按县政府工作部门办理` };
  },
};

export const ORG_RULES = [appointmentValid, abPairValid, delegationValid, portfolioUnique, agencyScope] as const;
