/**
 * The one catalogue of error codes: each stable code, its HTTP status and what it means.
 * docs/errors.md documents the same list; a test keeps the two in step both ways.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, zh: '输入不符合要求（消息中指明字段）' },
  UNKNOWN_FIELD: { status: 400, zh: '请求中含有未定义的字段' },
  CALENDAR_INVALID: { status: 400, zh: '节假日安排数据不符合格式' },
  UNAUTHENTICATED: { status: 401, zh: '未登录或会话不存在' },
  SESSION_EXPIRED: { status: 401, zh: '会话因长时间未操作而失效' },
  LOGIN_FAILED: { status: 401, zh: '用户名、密码或动态口令不正确' },
  MFA_REQUIRED: { status: 401, zh: '须输入动态口令' },
  CSRF_FAILED: { status: 403, zh: '缺少或错误的防跨站请求令牌' },
  FORBIDDEN: { status: 403, zh: '当前角色无此权限' },
  MFA_ENROLLMENT_REQUIRED: { status: 403, zh: '须先启用动态口令（第二因素）' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '须先修改一次性密码' },
  ROUTE_UNDECLARED: { status: 403, zh: '接口未声明权限，默认拒绝' },
  NOT_FOUND: { status: 404, zh: '资源不存在' },
  TASK_NOT_FOUND: { status: 404, zh: '待办不存在' },
  ABSENCE_NOT_FOUND: { status: 404, zh: '请假记录不存在' },
  ARTICLE_NOT_FOUND: { status: 404, zh: '条文不存在' },
  DOCUMENT_NOT_FOUND: { status: 404, zh: '公文不存在或无权查看' },
  INCOMING_NOT_FOUND: { status: 404, zh: '来文不存在或无权查看' },
  MEETING_NOT_FOUND: { status: 404, zh: '会议不存在' },
  TOPIC_NOT_FOUND: { status: 404, zh: '议题不存在' },
  CONFLICT: { status: 409, zh: '与当前状态冲突（已被他人修改等）' },
  TASK_NOT_OPEN: { status: 409, zh: '待办不是待办理状态' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已存在' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账号暂时锁定' },
  RULE_BLOCKED: { status: 422, zh: '规则不允许此操作（附条文依据）' },
  PACK_NOT_IN_FORCE: { status: 422, zh: '行为日期早于规则施行日期（第七十一条）' },
  ROLE_SEPARATION: { status: 422, zh: '违反三员分立或角色设置要求' },
  IMPORT_INVALID: { status: 422, zh: '导入文件有问题，未导入任何数据（逐行列出）' },
  ATTACHMENT_REFUSED: { status: 422, zh: '附件的类型、大小或内容不符合要求' },
  INTERNAL: { status: 500, zh: '服务器内部错误' },
  CODE_TAKEN: { status: 409, zh: '机构或岗位代码已被使用' },
  FINDING_NOT_FOUND: { status: 404, zh: '审计发现不存在（或无权查看）' },
  MEETING_APPROVAL_NOT_FOUND: { status: 404, zh: '工作会议申请不存在（或无权查看）' },
  DECISION_NOT_FOUND: { status: 404, zh: '会议议定事项不存在' },
  KEY_WORK_NOT_FOUND: { status: 404, zh: '重点工作事项不存在' },
  CONSULTATION_NOT_FOUND: { status: 404, zh: '征求意见不存在（或尚未开始）' },
  COMMENT_NOT_FOUND: { status: 404, zh: '意见不存在' },
  RATE_LIMITED: { status: 429, zh: '提交过于频繁，请稍后再试' },
  NORMATIVE_NOT_FOUND: { status: 404, zh: '规范性文件不存在' },
  FILING_NOT_FOUND: { status: 404, zh: '备案记录不存在' },
  MAJOR_DECISION_NOT_FOUND: { status: 404, zh: '重大行政决策不存在' },
  DECISION_CATALOGUE_NOT_FOUND: { status: 404, zh: '决策事项目录或目录事项不存在' },
} as const satisfies Record<string, { status: number; zh: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(s: string): s is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, s);
}

export function statusOf(code: string): number {
  return isErrorCode(code) ? ERROR_CATALOGUE[code].status : 500;
}
