/**
 * The closed list of audit event types. Every state change writes exactly one of these in the
 * same transaction; adding a type here is the only way to add a kind of event.
 */
export const AUDIT_EVENT_TYPES = {
  'tenant.created': '创建租户',
  'seed.demo-loaded': '载入演示数据',
  'org.body-created': '新增机构',
  'org.position-created': '新增岗位',
  'org.person-created': '新增人员',
  'org.appointment-created': '新增任职',
  'account.created': '创建账号',
  'account.login': '登录',
  'account.login-failed': '登录失败',
  'account.locked': '账号锁定',
  'account.logout': '退出登录',
  'account.password-changed': '修改密码',
  'account.totp-enrolled': '启用动态口令',
  'account.unlocked': '解除锁定',
  'calendar.year-loaded': '载入节假日安排',
  'deadline.recomputed': '期限重新计算',
  'task.created': '创建待办',
  'task.completed': '办结待办',
  'task.cancelled': '撤销待办',
  'task.reminded': '待办提醒',
  'task.escalated': '待办逾期督办',
  'action.refused': '操作被规则拒绝',
  'absence.requested': '提出请假',
  'absence.approved': '批准请假',
  'absence.rejected': '不批准请假',
  'absence.cancelled': '撤回请假',
  'absence.returned': '销假',
  'delegation.created': '记录委托',
  'org.ab-pair-created': '设定AB角',
  'org.portfolio-assigned': '调整分管分工',
  'org.imported': '导入组织机构',
  'emergency.recorded': '记录紧急事项处置',
  'backup.created': '数据备份',
  'backup.restored': '从备份恢复',
  'account.totp-secret-issued': '签发动态口令密钥（待确认）',
  'org.body-renamed': '机构更名',
  'org.position-renamed': '岗位更名',
  'audit-finding.recorded': '记录审计发现',
  'audit-finding.reported': '报送审计整改情况',
  'audit-finding.concluded': '认定审计整改结果',
  'audit-finding.followed-up': '追加审计整改要求',
  'audit-finding.amended': '修改审计发现',
} as const satisfies Record<string, string>;

export type AuditEventType = keyof typeof AUDIT_EVENT_TYPES;

export function isAuditEventType(s: string): s is AuditEventType {
  return Object.hasOwn(AUDIT_EVENT_TYPES, s);
}
