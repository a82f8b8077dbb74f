/**
 * The shape of the organisation (art. 4, art. 9, art. 69): the fixed lists of body kinds, art. 69
 * categories, statutory duties and position kinds; a body's place in the tree (a 科室 belongs to
 * its parent body); checks of a new body or post before it is saved. Pure.
 */

/** Kinds of bodies. A `unit` (内设机构/科室) sits inside another body; an `agency` is one of art. 69. */
export const BODY_KIND_LABELS = {
  government: '县政府',
  office: '县政府办公室',
  department: '工作部门',
  town: '镇',
  street: '街道',
  unit: '内设机构（科室）',
  agency: '派出及直属机构（第六十九条）',
  outside: '外部机构',
  upper: '上级机关',
} as const;
export type BodyKind = keyof typeof BODY_KIND_LABELS;
export const BODY_KINDS = Object.keys(BODY_KIND_LABELS) as [BodyKind, ...BodyKind[]];

/** Art. 69: the bodies to which the rules apply besides the working departments. */
export const AGENCY_TYPE_LABELS = {
  dispatched: '派出机构',
  institution: '直属事业单位',
  managed: '部门管理机构',
  other: '其他机构',
} as const;
export type AgencyType = keyof typeof AGENCY_TYPE_LABELS;
export const AGENCY_TYPES = Object.keys(AGENCY_TYPE_LABELS) as [AgencyType, ...AgencyType[]];

/** Statutory functions the system routes work to, each held by one body of the tenant. */
export const BODY_DUTY_LABELS = {
  audit: '审计监督（县审计局，第九条）',
  justice: '合法性审查（县司法局）',
  'market-regulation': '公平竞争审查（县市场监管局）',
  press: '新闻发布（县政府新闻办）',
  supervision: '督查（督查机构）',
  development: '发展改革（县发展改革委，常务会议固定列席）',
  finance: '财政（县财政局，常务会议固定列席）',
  statistics: '统计（县统计局，常务会议固定列席）',
  'npc-standing': '县人大常委会（常务会议固定列席）',
  cppcc: '县政协（常务会议固定列席）',
  'party-office': '县委办公室（常务会议固定列席）',
} as const;
export type BodyDuty = keyof typeof BODY_DUTY_LABELS;
export const BODY_DUTIES = Object.keys(BODY_DUTY_LABELS) as [BodyDuty, ...BodyDuty[]];

/** Kinds of posts, fixed. */
export const POSITION_KIND_LABELS = {
  'county-head': '县长',
  'acting-county-head': '代理县长',
  'executive-deputy': '常务副县长',
  deputy: '副县长',
  'party-member': '县政府党组成员',
  'office-director': '县政府办公室主任',
  'office-member': '县政府办公室班子成员',
  principal: '主要负责人',
  'deputy-principal': '副职负责人',
  'unit-head': '科室负责人',
  staff: '工作人员',
} as const;
export type PositionKindName = keyof typeof POSITION_KIND_LABELS;
export const POSITION_KINDS = Object.keys(POSITION_KIND_LABELS) as [PositionKindName, ...PositionKindName[]];

/** Bodies that cannot hold a 科室 of this government (they are not part of it). */
const FOREIGN_KINDS: ReadonlySet<string> = new Set(['outside', 'upper']);

export interface BodyNode {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
}

/**
 * The body a body belongs to for portfolios, leave and audit: a 科室 is part of its parent body,
 * so it resolves upwards until a body that is not a 科室. Unknown ids and cycles give undefined.
 */
export function topLevelBody<B extends BodyNode>(bodies: readonly B[], bodyId: string): B | undefined {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const seen = new Set<string>();
  let body = byId.get(bodyId);
  while (body && body.kind === 'unit') {
    if (seen.has(body.id) || body.parentId === null) return undefined;
    seen.add(body.id);
    body = byId.get(body.parentId);
  }
  return body;
}

/** The body with every 科室 inside it (at any depth): whoever holds a post in one of these is "in" the body. */
export function bodyWithUnits(bodies: readonly BodyNode[], bodyId: string): Set<string> {
  const out = new Set<string>([bodyId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const b of bodies) {
      if (b.kind === 'unit' && b.parentId !== null && out.has(b.parentId) && !out.has(b.id)) {
        out.add(b.id);
        grew = true;
      }
    }
  }
  return out;
}

/** `县政府办公室 · 秘书科`: a 科室 is named with the bodies it sits in. */
export function bodyPath(bodies: readonly BodyNode[], bodyId: string): string {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const names: string[] = [];
  const seen = new Set<string>();
  let body = byId.get(bodyId);
  while (body && !seen.has(body.id)) {
    seen.add(body.id);
    names.unshift(body.name);
    if (body.kind !== 'unit' || body.parentId === null) break;
    body = byId.get(body.parentId);
  }
  return names.join(' · ');
}

export interface NewBodyInput {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly agencyType: string | null;
  readonly duty: string | null;
}

export interface StructureProblem {
  /** The request field the problem is about. */
  readonly field: string;
  readonly code: 'duplicate-code' | 'unknown-kind' | 'parent-required' | 'unknown-parent' | 'foreign-parent' | 'agency-type' | 'duty-taken' | 'unknown-duty';
  readonly message: string;
}

/**
 * A new body: its code is unused; its kind is known; a 科室 has a parent that is a body of this
 * government (not an outside or upper body); only an art. 69 body has a category; a duty is held
 * by one body at most. The category's presence for an art. 69 body is the rule `org.agency-scope`.
 */
export function checkNewBody(bodies: readonly (BodyNode & { readonly duty?: string | null })[], input: NewBodyInput): StructureProblem[] {
  const problems: StructureProblem[] = [];
  if (bodies.some((b) => b.code === input.code)) {
    problems.push({ field: 'code', code: 'duplicate-code', message: `字段 code：机构代码“${input.code}”已被使用` });
  }
  if (!(BODY_KINDS as readonly string[]).includes(input.kind)) {
    problems.push({ field: 'kind', code: 'unknown-kind', message: `字段 kind：未知的机构类别“${input.kind}”` });
  }
  const parent = input.parentId === null ? undefined : bodies.find((b) => b.id === input.parentId);
  if (input.parentId !== null && !parent) {
    problems.push({ field: 'parentId', code: 'unknown-parent', message: '字段 parentId：上级机构不存在' });
  }
  if (input.kind === 'unit') {
    if (input.parentId === null) {
      problems.push({ field: 'parentId', code: 'parent-required', message: '字段 parentId：科室（内设机构）须指明所在机构' });
    } else if (parent && FOREIGN_KINDS.has(parent.kind)) {
      problems.push({ field: 'parentId', code: 'foreign-parent', message: `字段 parentId：${parent.name}不是本级政府的机构，不能在其下设科室` });
    }
  }
  if (input.kind !== 'agency' && input.agencyType !== null) {
    problems.push({ field: 'agencyType', code: 'agency-type', message: '字段 agencyType：只有第六十九条所列机构才有机构类别' });
  }
  if (input.agencyType !== null && !(AGENCY_TYPES as readonly string[]).includes(input.agencyType)) {
    problems.push({ field: 'agencyType', code: 'agency-type', message: `字段 agencyType：未知的机构类别“${input.agencyType}”` });
  }
  if (input.duty !== null) {
    if (!(BODY_DUTIES as readonly string[]).includes(input.duty)) {
      problems.push({ field: 'duty', code: 'unknown-duty', message: `字段 duty：未知的法定职能“${input.duty}”` });
    } else {
      const holder = bodies.find((b) => b.duty === input.duty);
      if (holder) problems.push({ field: 'duty', code: 'duty-taken', message: `字段 duty：${BODY_DUTY_LABELS[input.duty as BodyDuty]}已由${holder.name}承担` });
    }
  }
  return problems;
}

export interface NewPositionInput {
  readonly code: string;
  readonly title: string;
  readonly kind: string;
  readonly bodyId: string;
}

/** A new post: its code is unused, its kind is one of the fixed list, its body exists. */
export function checkNewPosition(bodies: readonly BodyNode[], positions: readonly { readonly code: string }[], input: NewPositionInput): StructureProblem[] {
  const problems: StructureProblem[] = [];
  if (positions.some((p) => p.code === input.code)) {
    problems.push({ field: 'code', code: 'duplicate-code', message: `字段 code：岗位代码“${input.code}”已被使用` });
  }
  if (!(POSITION_KINDS as readonly string[]).includes(input.kind)) {
    problems.push({ field: 'kind', code: 'unknown-kind', message: `字段 kind：未知的岗位类别“${input.kind}”` });
  }
  if (!bodies.some((b) => b.id === input.bodyId)) {
    problems.push({ field: 'bodyId', code: 'unknown-parent', message: '字段 bodyId：所在机构不存在' });
  }
  return problems;
}
