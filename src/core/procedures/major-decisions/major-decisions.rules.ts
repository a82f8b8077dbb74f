/**
 * The rules of major administrative decisions (arts. 20, 23–28; 国务院令第713号). Each message begins
 * with the provisions it enforces, as a clerk reads them.
 */
import type { Rule } from '../../rules/rule.ts';
import type { ItemStanding } from './major-decisions.ts';
import { T, d, verdict, filled } from './rule-helpers.ts';
import { hearingProcedure, participationDone, expertSigned, expertIndependent, expertReviewDone, riskReport, riskControllable, bodyReply, bodiesConsulted, fairCompetitionReviewer, fairCompetitionDone, legalityPackage, legalityReviewer, legalityReviewTime, legalityCounsel, legalityPassed } from './steps.rules.ts';
import { collectiveDecision, discussionRecord, partyReport, publication, publicationTimely, executionUnit, progressReporter, evaluationTrigger, evaluatorIndependent, evaluationReport, changeProcedure } from './after.rules.ts';

export { filled } from './rule-helpers.ts';
export * from './steps.rules.ts';
export * from './after.rules.ts';

// ——— The catalogue ———

export interface InCatalogueFacts {
  readonly standing: ItemStanding | 'missing';
  readonly itemTitle: string;
  readonly year: number;
}

/** Art. 23 (目录化管理), 条例第三条: a decision procedure starts only for a matter in the consented catalogue. */
export const inCatalogue: Rule<InCatalogueFacts> = {
  id: 'decision.in-catalogue',
  cites: [{ source: 'yunyang-2025', article: 23 }, { source: 'major-decision-2019', article: 3 }, { source: 'cq-major-decision-2020', article: 3 }],
  appliesTo: 'major-decision.open',
  summary: '实行重大行政决策目录化管理：列入经县委同意的年度决策事项目录的事项，方可启动决策程序',
  check: ({ standing, itemTitle, year }) => {
    const cites = ['yunyang-2025:23', 'major-decision-2019:3'];
    const lead = `第二十三条、${T}第三条`;
    switch (standing) {
      case 'listed':
      case 'withdrawal-proposed':
        return verdict('decision.in-catalogue', 'allow', cites, `${lead}：“${itemTitle}”已列入经县委同意的${year}年度重大行政决策事项目录`);
      case 'proposed':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：“${itemTitle}”所在的${year}年度决策事项目录（或其调整）尚未经县委同意，不能启动决策程序`);
      case 'withdrawn':
      case 'dropped':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：“${itemTitle}”已调出${year}年度决策事项目录，不能按重大行政决策办理`);
      case 'missing':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：该事项不在决策事项目录中，须先经县委同意列入目录`);
    }
  },
};

export interface ConsentFacts {
  readonly action: 'consent' | 'publish';
  readonly consented: boolean;
  /** Items added or withdrawn by this edition. */
  readonly changes: number;
  readonly date: string;
  readonly document: string;
  readonly today: string;
  readonly editionLabel: string;
}

/** 条例第三条第三款: the catalogue takes effect with the party committee's consent and is then published. */
export const catalogueConsent: Rule<ConsentFacts> = {
  id: 'decision.catalogue-consent',
  cites: [{ source: 'major-decision-2019', article: 3 }, { source: 'yunyang-2025', article: 23 }],
  appliesTo: 'decision-catalogue.consent',
  summary: '决策事项目录经同级党委同意后向社会公布，并根据实际情况调整',
  check: ({ action, consented, changes, date, document, today, editionLabel }) => {
    const cites = ['major-decision-2019:3', 'yunyang-2025:23'];
    const lead = `${T}第三条`;
    if (action === 'publish') {
      return consented
        ? verdict('decision.catalogue-consent', 'allow', cites, `${lead}：${editionLabel}已经县委同意，向社会公布`)
        : verdict('decision.catalogue-consent', 'block', cites, `${lead}：决策事项目录须经同级党委同意后向社会公布——${editionLabel}尚未记录县委同意`);
    }
    if (changes === 0) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：${editionLabel}没有列入或调出任何事项，无需报县委同意`);
    if (!filled(document)) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：请载明县委同意的文件或会议纪要（如文号）`);
    if (date > today) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：县委同意的日期不能晚于今天`);
    return verdict('decision.catalogue-consent', 'allow', cites, `${lead}：${editionLabel}经县委同意（${d(date)}，${document.trim()}）`);
  },
};

export interface AdjustmentFacts {
  readonly action: 'open' | 'withdraw';
  readonly reason: string;
  /** The latest edition has been published (an adjustment follows a published catalogue). */
  readonly previousPublished: boolean;
}

/** 条例第三条第三款: the catalogue is adjusted with a reason and, again, the party committee's consent. */
export const catalogueAdjustment: Rule<AdjustmentFacts> = {
  id: 'decision.catalogue-adjustment',
  cites: [{ source: 'major-decision-2019', article: 3 }],
  appliesTo: 'decision-catalogue.adjust',
  summary: '根据实际情况调整决策事项目录，说明理由，重新报经县委同意后公布',
  check: ({ action, reason, previousPublished }) => {
    const cites = ['major-decision-2019:3'];
    const lead = `${T}第三条`;
    if (action === 'open' && !previousPublished) return verdict('decision.catalogue-adjustment', 'block', cites, `${lead}：现行目录尚未向社会公布，请先公布再调整`);
    if (!filled(reason, 6)) return verdict('decision.catalogue-adjustment', 'block', cites, `${lead}：${action === 'open' ? '调整决策事项目录' : '调出事项'}须说明理由（不少于6字）`);
    return verdict('decision.catalogue-adjustment', 'allow', cites, `${lead}：${action === 'open' ? '调整目录' : '调出事项'}，理由：${reason.trim()}；调整须经县委同意后生效并公布`);
  },
};

// ——— Who prepares ———

export interface UndertakingFacts {
  readonly role: 'undertaking' | 'office' | 'other';
  readonly bodyName: string;
  readonly action: string;
}

/** 条例第十一条、第十二条: the undertaking unit drafts the decision and carries out its procedure. */
export const undertakingUnit: Rule<UndertakingFacts> = {
  id: 'decision.undertaking-unit',
  cites: [{ source: 'major-decision-2019', article: 11 }, { source: 'major-decision-2019', article: 12 }],
  appliesTo: 'major-decision.prepare',
  summary: '决策承办单位负责决策草案的拟订等工作，履行决策法定程序',
  check: ({ role, bodyName, action }) => {
    const cites = ['major-decision-2019:11', 'major-decision-2019:12'];
    if (role === 'other') return verdict('decision.undertaking-unit', 'block', cites, `${T}第十一条、第十二条：决策草案的拟订和法定程序的履行由决策承办单位（${bodyName}）负责，您不能${action}`);
    return verdict('decision.undertaking-unit', 'allow', cites, `${T}第十一条、第十二条：${role === 'undertaking' ? `决策承办单位（${bodyName}）` : '县政府办公室'}${action}`);
  },
};

export const MAJOR_DECISION_RULES = [
  inCatalogue, catalogueConsent, catalogueAdjustment, undertakingUnit, hearingProcedure, participationDone, expertSigned, expertIndependent, expertReviewDone,
  riskReport, riskControllable, bodyReply, bodiesConsulted, fairCompetitionReviewer, fairCompetitionDone, legalityPackage, legalityReviewer, legalityReviewTime,
  legalityCounsel, legalityPassed, collectiveDecision, discussionRecord, partyReport, publication, publicationTimely, executionUnit, progressReporter,
  evaluationTrigger, evaluatorIndependent, evaluationReport, changeProcedure,
] as const;
