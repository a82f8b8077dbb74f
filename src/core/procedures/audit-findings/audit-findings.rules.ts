import type { Rule } from '../../rules/rule.ts';

const C9 = ['yunyang-2025:9'];
const C35 = ['yunyang-2025:35'];

export interface IndependenceFacts {
  /** The actor acts for a post in the audit bureau or one of its 科室. */
  readonly inAuditBureau: boolean;
  /** What is being done, in Chinese (记录审计发现, 认定已整改 …). */
  readonly action: string;
  readonly bureauName: string;
}

/**
 * Art. 9: the audit bureau exercises audit supervision independently, free from interference by
 * other administrative bodies, social organisations and individuals. Findings, their text and
 * their conclusions are recorded and changed by people holding a post in the bureau (or acting
 * for one) — nobody else: not the audited body, not the office, not a county leader, not an
 * administrator.
 */
export const auditIndependent: Rule<IndependenceFacts> = {
  id: 'audit.independent',
  cites: [{ source: 'yunyang-2025', article: 9 }],
  appliesTo: 'audit-finding.record, audit-finding.conclude, audit-finding.follow-up, audit-finding.amend',
  summary: '县审计局独立行使审计监督职能，审计发现及整改结论只能由县审计局（含其科室）人员记录和修改，不受其他部门干涉',
  check: ({ inAuditBureau, action, bureauName }) =>
    inAuditBureau
      ? { rule: 'audit.independent', outcome: 'allow', cites: C9, message: `第九条：由${bureauName}人员${action}，依法独立行使审计监督职能` }
      : {
          rule: 'audit.independent', outcome: 'block', cites: C9,
          message: `第九条：${bureauName}在县长和市审计局的双重领导下依法独立行使审计监督职能，不受其他行政机关、社会团体和个人的干涉；审计发现和整改结论只能由${bureauName}（含其科室）人员记录和修改，您不能${action}`,
        },
};

export interface RectificationOwedFacts {
  readonly auditedBodyName: string;
  /** The post that owes the report (the audited body's principal), when there is one. */
  readonly ownerTitle: string | null;
  readonly dueDate: string;
}

/**
 * Art. 35: the audited body rectifies the problems found and reports to the county government. A
 * finding is recorded only when someone owes that report — the audited body's principal post.
 */
export const rectificationOwed: Rule<RectificationOwedFacts> = {
  id: 'audit.rectification-owed',
  cites: [{ source: 'yunyang-2025', article: 35 }],
  appliesTo: 'audit-finding.record, audit-finding.follow-up',
  summary: '被审计单位对审计发现的问题认真整改并向县政府报告；由其主要负责人岗位承办整改待办',
  check: ({ auditedBodyName, ownerTitle, dueDate }) =>
    ownerTitle === null
      ? { rule: 'audit.rectification-owed', outcome: 'block', cites: C35, message: `第三十五条：${auditedBodyName}没有主要负责人岗位，整改和报告无人承办；请先在组织机构中设置其主要负责人` }
      : { rule: 'audit.rectification-owed', outcome: 'allow', cites: C35, message: `第三十五条：${auditedBodyName}应认真整改并向县政府报告；已交${ownerTitle}办理，期限${dueDate}` },
};

export interface ReportFacts {
  readonly inAuditedBody: boolean;
  readonly auditedBodyName: string;
}

/** Art. 35: the rectification report comes from the audited body (its principal, staff, or whoever acts for them). */
export const rectificationReported: Rule<ReportFacts> = {
  id: 'audit.rectification-reported',
  cites: [{ source: 'yunyang-2025', article: 35 }],
  appliesTo: 'audit-finding.report',
  summary: '整改情况由被审计单位报送',
  check: ({ inAuditedBody, auditedBodyName }) =>
    inAuditedBody
      ? { rule: 'audit.rectification-reported', outcome: 'allow', cites: C35, message: `第三十五条：${auditedBodyName}报送整改情况，县政府领导和办公室可查阅` }
      : { rule: 'audit.rectification-reported', outcome: 'block', cites: C35, message: `第三十五条：整改情况由被审计单位（${auditedBodyName}）报送，您不在该单位任职` },
};

export const AUDIT_FINDING_RULES = [auditIndependent, rectificationOwed, rectificationReported] as const;
