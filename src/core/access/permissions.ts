/**
 * Roles and permissions. Every HTTP route declares one permission; the default is deny.
 * The three administrator roles (三员: 系统管理员, 安全管理员, 安全审计员) are kept apart:
 * none holds another's permissions, and none holds business permissions.
 */
export const PERMISSIONS = {
  public: '公开（无需登录）',
  authenticated: '已登录用户',
  'tasks:read': '查看本人待办',
  'tasks:complete': '办结待办',
  'tasks:create': '交办待办',
  'law:read': '查阅条文库',
  'calendar:read': '期限计算',
  'calendar:load': '载入节假日安排',
  'scheduler:run': '运行期限巡检',
  'org:read': '查看组织机构',
  'org:edit': '维护组织机构（AB角、委托、分工）',
  'leave:request': '请假、销假',
  'leave:decide': '审批请假',
  'leave:read': '查看请销假',
  'emergency:record': '记录紧急事项处置',
  'accounts:manage': '管理账号与权限',
  'audit:read': '查阅审计记录',
  'audit:verify': '校验审计链',
  'tasks:overdue': '查看逾期事项登记',
  'incoming:read': '查看来文（批办、承办、传阅）',
  'incoming:handle': '收文办理（签收、登记、初审、拟办、催办）',
  'meeting:read': '查看会议和议题',
  'meeting:propose': '提出会议议题',
  'meeting:organise': '组织会议（安排会议、议题列入会议）',
  'document:read': '查看公文',
  'document:draft': '拟稿',
  'document:sign': '审签公文',
  'document:review': '核稿',
  'document:register': '复核、登记编号、印发、归档',
  'leave:forward': '转呈或退回主要负责人的请假（县政府办公室）',
  'emergency:read': '查看紧急事项处置记录',
  'audit-findings:read': '查看审计整改（按岗位：审计局、县领导和办公室看全部，被审计单位看本单位）',
  'meeting:apply': '申请召开工作会议（第五十一条）',
  'consultation:read': '查看公开征求意见（审核意见、记录采纳情况、公开反馈按单位校验）',
  'consultation:manage': '发起公开征求意见（县政府办公室）',
  'normative:read': '查看规范性文件（起草、审查等环节按单位校验）',
  'normative:manage': '规范性文件立项、完备性审核、编号、公布、备案和清理（县政府办公室）',
  'decision:read': '查看重大行政决策（各环节按岗位校验：承办单位、县司法局、市场监管部门、执行单位）',
  'decision:manage': '管理决策事项目录，登记、公布重大行政决策，组织决策后评估（县政府办公室）',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ROLES = {
  staff: '工作人员',
  leader: '县领导',
  office: '县政府办公室',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditadmin: '安全审计员',
} as const;

export type Role = keyof typeof ROLES;

const BUSINESS: readonly Permission[] = ['tasks:read', 'tasks:complete', 'law:read', 'calendar:read', 'org:read', 'leave:request', 'leave:read', 'document:read', 'document:draft', 'document:sign', 'audit-findings:read', 'incoming:read', 'meeting:read', 'meeting:propose', 'meeting:apply', 'consultation:read', 'normative:read', 'decision:read'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  staff: BUSINESS,
  leader: [...BUSINESS, 'tasks:create', 'leave:decide', 'emergency:record', 'emergency:read', 'tasks:overdue'],
  // leave:decide lets an office member enter a leader's decision under a secretary link (代录, ADR 0004).
  office: [...BUSINESS, 'tasks:create', 'org:edit', 'leave:forward', 'leave:decide', 'emergency:read', 'document:review', 'document:register', 'tasks:overdue', 'incoming:handle', 'meeting:organise', 'consultation:manage', 'normative:manage', 'decision:manage'],
  sysadmin: ['law:read', 'calendar:read', 'calendar:load', 'scheduler:run', 'org:read', 'org:edit'],
  secadmin: ['law:read', 'accounts:manage'],
  auditadmin: ['law:read', 'audit:read', 'audit:verify'],
};

/** Roles that must use a second factor (TOTP) outside demo mode. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['leader', 'sysadmin', 'secadmin', 'auditadmin'];

export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditadmin'];

export function isRole(s: string): s is Role {
  return Object.hasOwn(ROLES, s);
}

export function permissionsOf(roles: readonly string[]): Set<Permission> {
  const out = new Set<Permission>(['public', 'authenticated']);
  for (const r of roles) if (isRole(r)) for (const p of ROLE_PERMISSIONS[r]) out.add(p);
  return out;
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return permission === 'public' || permissionsOf(roles).has(permission);
}

/** An account may hold at most one administrator role, and no business role beside it. */
export function checkRoleSeparation(roles: readonly string[]): string | null {
  const admin = roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r));
  if (admin.length > 1) return '系统管理员、安全管理员、安全审计员三个角色须由不同账号担任';
  if (admin.length === 1 && roles.length > 1) return '管理员账号不得兼任业务角色';
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) return `未知角色：${unknown.join('、')}`;
  return null;
}
