/** The pack's parameters of time, tasks and documents, audit and security, organisation and meetings. */
import type { Parameter } from '../../core/law/parameters.ts';

export const PRODUCT_DEFAULT = '产品默认值（无法定依据）';
const SECURITY_PRACTICE = '等保 2.0 实践（GB/T 22239-2019 要求登录失败处理和会话超时，未规定数值）';

export const GOVERNMENT_PARAMETERS = [
  // Time
  {
    key: 'time.zone',
    value: 'Asia/Shanghai',
    source: '北京时间（UTC+8，无夏令时）',
    status: 'SECONDARY',
    // DESIGN §5; no text in shared/law states the national standard time.
    note: '本规则采用的当地时间。本系统收录的法规文本中未见关于国家标准时间的规定。',
  },
  {
    key: 'time.utcOffsetMinutes',
    value: 480,
    unit: '分钟',
    source: '北京时间（UTC+8，无夏令时）',
    status: 'SECONDARY',
    note: '北京时间与协调世界时（UTC）的时差；确定适用的规则版本、计算到期日等所用的当地日期，均按此时差确定。',
  },
  {
    key: 'time.dayEndsAt',
    value: '24:00',
    source: 'civil-code:203',
    status: 'VERIFIED',
    note: '期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
  },
  {
    key: 'calendar.weeklyRestDays',
    value: 'SAT,SUN',
    source: 'work-hours-1995:7',
    status: 'VERIFIED',
    note: '国家机关星期六和星期日为周休息日；因放假调休安排的上班日，以年度节假日安排数据为准。',
  },
  // Tasks and documents
  {
    key: 'task.reminderLeadWorkdays',
    value: 1,
    unit: '工作日',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '待办事项在到期日前提前提醒的工作日数。本系统默认值，无规定依据。',
  },
  {
    key: 'document.stepDueWorkdays',
    value: 0,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    // SPEC §2
    note: '“文不过夜”（第四十条；第五十二条要求限时办结）理解为：公文办理环节应在送达当日办结（0表示送达的当个工作日）；在工作时间以外送达的，应在下一个工作日结束前办结。此为对条文的理解，条文未规定具体数值。',
  },
  {
    key: 'document.matterDueWorkdays',
    value: 5,
    unit: '工作日',
    source: 'yunyang-2025:40',
    status: 'SECONDARY',
    // SPEC §2
    note: '“事不过周”（第四十条）理解为：除另有规定外，事项应在5个工作日内办结。此为对条文的理解，条文未规定具体数值。',
  },
  {
    key: 'time.officeHoursEndMinutes',
    value: 1050,
    unit: '分钟（自0时起，1050即17:30）',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '办公时间的结束时刻，用于“文不过夜”：工作日17:30前送达的公文环节当日办结，此后送达的次一工作日办结。规则未规定办公时间，本系统默认值，可按本机关作息调整。',
  },
  {
    key: 'document.attachmentMaxMegabytes',
    value: 20,
    unit: 'MB',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '单个公文附件的大小上限。规则和上位法未规定，本系统默认值，可按本机关网络和存储条件调整。',
  },
  {
    key: 'document.multiDeputySigner',
    value: 0,
    unit: '0=常务副县长，1=县长',
    source: 'yunyang-2025:53',
    status: 'SECONDARY',
    note: '第五十三条第（二）项：涉及两位及以上副县长分管工作的公文，经会签后“由县长或常务副县长审签”。条文未规定何时由谁，本系统默认由常务副县长审签（0）；设为1则由县长审签。涉及重大事项的已按第（一）项由县长审签。见 docs/adr/0006-document-routing.md。',
  },
  // Audit and security
  {
    key: 'audit.retentionMonths',
    value: 6,
    unit: '月',
    source: 'cybersecurity:21(3)',
    status: 'VERIFIED',
    // DESIGN §7
    note: '网络日志留存不少于六个月。此为最低要求，使用单位可延长留存期限。',
  },
  {
    key: 'security.lockoutThreshold',
    value: 5,
    unit: '次',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '在计数时段内登录失败达到此次数的，锁定账号。系等保常见做法，无规定明确该数值。',
  },
  {
    key: 'security.lockoutWindowMinutes',
    value: 15,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '登录失败次数的计数时段，亦为账号锁定的持续时间。系等保常见做法，无规定明确该数值。',
  },
  {
    key: 'security.idleTimeoutMinutes',
    value: 30,
    unit: '分钟',
    source: SECURITY_PRACTICE,
    status: 'NOT_FOUND',
    note: '会话闲置达到此时长的，自动结束该会话。系等保常见做法，无规定明确该数值。',
  },
  // Organisation
  {
    key: 'leave.headAbsenceNoticeDays',
    value: 3,
    unit: '日',
    source: 'yunyang-2025:59',
    status: 'VERIFIED',
    note: '部门和乡镇（街道）主要负责人离云外出，应提前3天向县政府请假。',
  },
  // Meetings
  {
    key: 'emergency.reportWorkdays',
    value: 1,
    unit: '工作日',
    source: 'yunyang-2025:6',
    status: 'SECONDARY',
    note: '第六条要求紧急事项处置后“及时”向县长报告，未规定时限；本系统取1个工作日，逾期由期限巡检督办。',
  },
  {
    key: 'meeting.executiveIntervalWeeks',
    value: 2,
    unit: '周',
    source: 'yunyang-2025:46',
    status: 'VERIFIED',
    note: '县政府常务会议一般每两周召开1次（用于提示例行会议应召开的时间）。',
  },
  {
    key: 'meeting.attendanceWarnPercent',
    value: 50,
    unit: '%',
    source: PRODUCT_DEFAULT,
    status: 'NOT_FOUND',
    note: '登记会议召开时，签到的组成人员（含经批准代会的分管副职）低于此比例则提示，不拦截。规则未规定法定人数，本系统默认过半数提示。见 docs/adr/0007-meeting-attendance.md。',
  },
  {
    key: 'meeting.decisionPublishWorkdays',
    value: 20,
    unit: '工作日',
    source: '第三十条“及时公布”未规定时限（本规则未找到具体期限）',
    status: 'NOT_FOUND',
    note: '会议纪要签发后，公开的议定事项应在此期限内由县政府办公室公布（第三十条只要求“及时公布”）。默认取《政府信息公开条例》第二十六条主动公开信息“自形成之日起20个工作日内”的上限，县政府办公室可按本地要求缩短。见 docs/adr/0010-after-the-meeting.md。',
  },
] as const satisfies readonly Parameter[];
