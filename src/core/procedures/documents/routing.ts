/**
 * Sign-off routing (art. 53): who reviews, countersigns and signs a county government or office
 * document, computed from its kind, issuer, matter, importance and the portfolios of the county
 * leaders it touches at the moment of routing. Every step carries the clause that puts it there.
 */
import type { Verdict } from '../../rules/rule.ts';
import { IMPORTANCE_LABELS, MATTER_LABELS, type DocumentKind, type Importance, type Issuer, type Matter } from './kinds.ts';
import { COUNTY_LEADER_KINDS as LEADER_KINDS } from '../../org/org.ts';

/** A post on the route (the person is resolved when the step is done, through acting authority). */
export interface RoutePost {
  readonly positionId: string;
  readonly title: string;
  readonly kind: string;
}

export type RouteAction = 'legality-review' | 'countersign' | 'sign';
export const ROUTE_ACTION_LABELS: Readonly<Record<RouteAction, string>> = { 'legality-review': '合法性审查', countersign: '会签', sign: '签发' };

export interface RouteStep {
  readonly seq: number;
  readonly action: RouteAction;
  readonly positionId: string;
  readonly title: string;
  /** Citation id of the clause that puts the step on the route, e.g. `yunyang-2025:53(5)`. */
  readonly cite: string;
  readonly reason: string;
}

/** The county head's special order (art. 53(六)): the route as ordered, recorded with the order. */
export interface SpecialOrder {
  readonly steps: readonly { readonly action: RouteAction; readonly post: RoutePost }[];
  readonly orderedBy: string;
  readonly orderedAt: string;
  readonly note: string;
}

export interface RoutingFacts {
  readonly issuer: Issuer;
  readonly kind: DocumentKind;
  readonly matter: Matter;
  /** As proposed by the drafter and confirmed by the office at 核稿. */
  readonly importance: Importance;
  readonly importanceProposed: Importance;
  /** County leaders whose 分管 the document's subjects fall in, at the moment of routing (distinct, in rank order). */
  readonly inCharge: readonly RoutePost[];
  readonly countyHead: RoutePost | null;
  readonly executiveDeputy: RoutePost | null;
  readonly officeDirector: RoutePost | null;
  /** The principal of the 县司法局, who answers for the legality review (art. 53(五)). */
  readonly legalityReviewer: RoutePost | null;
  /** Pack parameter: who signs after two or more deputies have countersigned (art. 53(二): 县长或常务副县长). */
  readonly multiDeputySigner: 'county-head' | 'executive-deputy';
  /** Office documents of art. 53(三) that the office director may send up to the deputy in charge instead. */
  readonly officeSendsToDeputy: boolean;
  /** The signer chosen for an office work bulletin (县长, a 副县长 or the office director). */
  readonly bulletinSigner: RoutePost | null;
  /** Art. 53(四): the route for a joint party-government document, entered by the office from that procedure. */
  readonly jointRoute: readonly { readonly action: RouteAction; readonly post: RoutePost }[] | null;
  readonly specialOrder: SpecialOrder | null;
  /** For a department's submission: its principal (art. 54) and the principals of the co-departments it touches (art. 55). */
  readonly ownPrincipal?: RoutePost | null;
  readonly coDepartmentPrincipals?: readonly RoutePost[];
}

export type RoutingResult =
  | { readonly ok: true; readonly steps: readonly RouteStep[]; readonly clause: string; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly verdicts: readonly Verdict[]; readonly message: string };

const C = (clause: number) => `yunyang-2025:53(${clause})`;

/** Matters the 县长 signs by art. 53(一). */
const HEAD_MATTERS: ReadonlySet<Matter> = new Set(['report-to-city', 'party-group-to-committee', 'bill-to-congress', 'notice-to-cppcc', 'order', 'normative', 'personnel']);

function block(rule: string, clause: number, message: string): RoutingResult {
  const v: Verdict = { rule, outcome: 'block', cites: [C(clause)], message };
  return { ok: false, verdicts: [v], message };
}

class RouteBuilder {
  readonly steps: RouteStep[] = [];
  add(action: RouteAction, post: RoutePost, cite: string, reason: string): void {
    const last = this.steps[this.steps.length - 1];
    // One person is not asked twice in a row for the same post (a deputy who countersigns and then signs signs once).
    if (last && last.positionId === post.positionId) {
      this.steps[this.steps.length - 1] = { ...last, action: action === 'sign' ? 'sign' : last.action, cite, reason };
      return;
    }
    this.steps.push({ seq: this.steps.length + 1, action, positionId: post.positionId, title: post.title, cite, reason });
  }
}

/** The deputies in charge, without the county head (who signs last rather than countersigning). */
function deputiesInCharge(f: RoutingFacts): RoutePost[] {
  return f.inCharge.filter((p) => p.kind !== 'county-head' && p.kind !== 'acting-county-head');
}

function headSigns(f: RoutingFacts, r: RouteBuilder, clause: number, why: string): RoutingResult | undefined {
  if (!f.countyHead) return block('document.route', clause, '第五十三条：此件应由县长审签，但县长职务空缺，无法确定审签人');
  // Art. 53(七): no skipping levels — the deputies in charge see the document before the 县长.
  for (const d of deputiesInCharge(f)) r.add('countersign', d, C(7), `第五十三条第（七）项：不得越级送签，先经分管领导${d.title}审核会签`);
  r.add('sign', f.countyHead, C(clause), why);
  return undefined;
}

function deputiesSign(f: RoutingFacts, r: RouteBuilder, clause: number, subject: string): RoutingResult | undefined {
  const deputies = f.inCharge;
  if (deputies.length === 0) {
    return block('document.route', clause, `第五十三条第（${clause === 2 ? '二' : '三'}）项：${subject}应由分管副县长审签，但未能确定分管领导——请在核稿时写明事项涉及的部门或领域`);
  }
  if (deputies.length === 1) {
    const d = deputies[0]!;
    r.add('sign', d, C(clause), `第五十三条第（${clause === 2 ? '二' : '三'}）项：属于${d.title}分管工作范围，由其审签`);
    return undefined;
  }
  const signer = f.multiDeputySigner === 'county-head' ? f.countyHead : (f.executiveDeputy ?? f.countyHead);
  if (!signer) return block('document.route', 2, '第五十三条第（二）项：涉及两位及以上副县长分管工作，应由县长或常务副县长审签，但两职均空缺');
  for (const d of deputies) {
    if (d.positionId !== signer.positionId) r.add('countersign', d, C(2), `第五十三条第（二）项：涉及${deputies.length}位县领导分管工作，${d.title}会签提出意见`);
  }
  r.add('sign', signer, C(2), `第五十三条第（二）项：涉及两位及以上副县长分管工作，会签后由${signer.title}审签`);
  return undefined;
}

function fixedRoute(r: RouteBuilder, steps: readonly { action: RouteAction; post: RoutePost }[], clause: number, why: string): void {
  for (const s of steps) r.add(s.action, s.post, C(clause), why);
}

/** Computes the route. Pure: the caller gathers the posts and portfolios at the moment of routing. */
export function computeSignOffRoute(f: RoutingFacts): RoutingResult {
  const r = new RouteBuilder();
  const verdicts: Verdict[] = [];
  const importanceNote =
    f.importance === f.importanceProposed
      ? `重要程度：${IMPORTANCE_LABELS[f.importance]}（拟稿人提出，办公室核稿确认）`
      : `重要程度：${IMPORTANCE_LABELS[f.importance]}（拟稿人提出“${IMPORTANCE_LABELS[f.importanceProposed]}”，办公室核稿改定）`;
  verdicts.push({ rule: 'document.importance-confirmed', outcome: 'allow', cites: [C(1)], message: `第五十三条第（一）项：${importanceNote}，作为审签路线的依据之一` });

  // Art. 53(五): normative documents are reviewed for legality by the 县司法局 before anything else.
  if (f.matter === 'normative') {
    if (!f.legalityReviewer) return block('document.route', 5, '第五十三条第（五）项：规范性文件须经县司法局合法性审查，但未找到县司法局负责人岗位');
    r.add('legality-review', f.legalityReviewer, C(5), '第五十三条第（五）项：县政府出台的规范性文件由县司法局进行合法性审查');
  }

  if (f.issuer === 'department') return submissionRoute(f, r, verdicts);

  let clause: number;
  let failure: RoutingResult | undefined;
  if (f.specialOrder) {
    clause = 6;
    if (f.specialOrder.steps.length === 0 || f.specialOrder.steps[f.specialOrder.steps.length - 1]!.action !== 'sign') {
      return block('document.route', 6, '第五十三条第（六）项：县长交代的审签程序须以签发结束');
    }
    fixedRoute(r, f.specialOrder.steps, 6, `第五十三条第（六）项：按县长专门交代的程序审签（${f.specialOrder.orderedBy}，${f.specialOrder.note}）`);
  } else if (f.matter === 'joint-party-government') {
    clause = 4;
    if (!f.jointRoute || f.jointRoute.length === 0) {
      return block('document.route', 4, '第五十三条第（四）项：党政联合行文按市委办公厅、市政府办公厅关于党政联合行文办理程序的规定办理，请办公室按该程序录入审签路线');
    }
    fixedRoute(r, f.jointRoute, 4, '第五十三条第（四）项：党政联合行文，按党政联合行文办理程序审签（路线由办公室录入）');
  } else if (f.issuer === 'government' && (HEAD_MATTERS.has(f.matter) || f.importance === 'major')) {
    clause = f.matter === 'normative' ? 5 : 1;
    const why = HEAD_MATTERS.has(f.matter)
      ? `第五十三条第（一）项：${MATTER_LABELS[f.matter]}由县长审签`
      : '第五十三条第（一）项：涉及重大事项的公文由县长审签';
    failure = headSigns(f, r, f.matter === 'normative' ? 5 : 1, f.matter === 'normative' ? '第五十三条第（五）项：规范性文件经分管副县长会签后报县长审签' : why);
  } else if (f.issuer === 'office' && (f.matter === 'normative' || f.importance === 'major')) {
    clause = f.matter === 'normative' ? 5 : 1;
    failure = headSigns(f, r, f.matter === 'normative' ? 5 : 1, f.matter === 'normative' ? '第五十三条第（五）项：以县政府办公室名义印发的规范性文件经分管副县长会签后报县长审签' : '第五十三条第（一）项：涉及重大事项的公文由县长审签');
  } else if (f.issuer === 'government') {
    clause = 2;
    if (f.matter === 'request-to-city-department' && f.importance === 'important') {
      failure = headSigns(f, r, 2, '第五十三条第（二）项：向市政府有关部门请求批准、商洽工作的公文涉及重要事项的，报县长审签');
    } else {
      failure = deputiesSign(f, r, 2, f.matter === 'request-to-city-department' ? '向市政府有关部门请求批准、商洽工作的公文' : '县政府公文');
    }
  } else {
    clause = 3;
    if (f.matter === 'office-bulletin') {
      const signer = f.bulletinSigner ?? f.officeDirector;
      if (!signer) return block('document.route', 3, '第五十三条第（三）项：办公室工作通报由县长、副县长或办公室主任审签，请指定审签人');
      if (!(LEADER_KINDS.has(signer.kind) || signer.kind === 'office-director')) {
        return block('document.route', 3, `第五十三条第（三）项：办公室工作通报由县长、副县长或办公室主任审签，${signer.title}不在其列`);
      }
      if (f.officeDirector && signer.positionId !== f.officeDirector.positionId) r.add('countersign', f.officeDirector, C(7), '第五十三条第（七）项：不得越级送签，先经办公室主任审核');
      r.add('sign', signer, C(3), `第五十三条第（三）项：办公室工作通报由${signer.title}审签`);
    } else if ((f.matter === 'office-liaison' || f.matter === 'office-joint-committee' || f.matter === 'office-reply') && !f.officeSendsToDeputy && f.importance === 'ordinary') {
      if (!f.officeDirector) return block('document.route', 3, '第五十三条第（三）项：此件由县政府办公室主任审签，但主任职务空缺');
      r.add('sign', f.officeDirector, C(3), `第五十三条第（三）项：${MATTER_LABELS[f.matter]}由县政府办公室主任审签`);
    } else {
      // County-wide or important office documents, or the director sending one up: the deputy in charge.
      if (f.officeDirector) r.add('countersign', f.officeDirector, C(7), '第五十三条第（七）项：不得越级送签，先经办公室主任审核');
      failure = deputiesSign(f, r, 3, '涉及全县性、重要政策和重要工作部署的办公室公文');
    }
  }
  if (failure) return failure;
  verdicts.push({
    rule: 'document.route', outcome: 'allow', cites: [C(clause)],
    message: `第五十三条第（${'一二三四五六七'[clause - 1]}）项：审签路线为${r.steps.map((s) => `${s.title}${ROUTE_ACTION_LABELS[s.action]}`).join(' → ')}`,
  });
  return { ok: true, steps: r.steps, clause: C(clause), verdicts };
}

/**
 * A department's, town's or street's submission to the county government: the co-departments whose
 * duties it touches countersign (art. 55), then its own principal signs it off (art. 54).
 */
function submissionRoute(f: RoutingFacts, r: RouteBuilder, verdicts: Verdict[]): RoutingResult {
  if (!f.ownPrincipal) {
    const v: Verdict = { rule: 'document.route', outcome: 'block', cites: ['yunyang-2025:54'], message: '第五十四条：报送县政府的文件由本单位主要负责人审签，但未找到拟稿单位的主要负责人岗位' };
    return { ok: false, verdicts: [v], message: v.message };
  }
  for (const co of f.coDepartmentPrincipals ?? []) {
    r.add('countersign', co, 'yunyang-2025:55', `第五十五条：请示事项涉及${co.title.replace(/(主任|局长|镇长|书记)$/, '')}的职责，由其主要负责人会签`);
  }
  r.add('sign', f.ownPrincipal, 'yunyang-2025:54', '第五十四条：报送县政府的文件由本单位主要负责人审签，通过系统报送');
  const route = r.steps.map((s) => `${s.title}${ROUTE_ACTION_LABELS[s.action]}`).join(' → ');
  verdicts.push({ rule: 'document.route', outcome: 'allow', cites: ['yunyang-2025:54', 'yunyang-2025:55'], message: `第五十四条、第五十五条：审签路线为${route}` });
  return { ok: true, steps: r.steps, clause: 'yunyang-2025:54', verdicts: verdicts.filter((v) => v.rule !== 'document.importance-confirmed') };
}
