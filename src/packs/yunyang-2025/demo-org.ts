/**
 * The demo organisation: the Yunyang county government as the rules and public facts describe
 * it (bodies, document prefixes), with fictional people. Used only in demo mode and tests.
 */
import type { BodyDuty } from '../../core/org/structure.ts';

export interface DemoBody {
  readonly code: string;
  readonly name: string;
  readonly kind: 'government' | 'office' | 'department' | 'town' | 'street' | 'outside' | 'upper' | 'unit' | 'agency';
  readonly parent?: string;
  readonly docPrefix?: string;
  /** Art. 69 category of an `agency`. */
  readonly agencyType?: 'dispatched' | 'institution' | 'managed' | 'other';
}
export interface DemoPosition {
  readonly code: string;
  readonly body: string;
  readonly title: string;
  readonly kind: 'county-head' | 'executive-deputy' | 'deputy' | 'party-member' | 'office-director' | 'office-member' | 'principal' | 'deputy-principal' | 'staff' | 'unit-head';
}
export interface DemoPerson {
  readonly name: string;
  /** Position codes held from the appointment date (兼任 allowed). */
  readonly positions: readonly string[];
  /** Demo login, when this person has one. */
  readonly username?: string;
  readonly roles?: readonly string[];
}

export const DEMO_TENANT = { id: 'yunyang', name: '云阳县人民政府' } as const;
/** Appointments in the demo start here (the day the rules took effect). */
export const DEMO_APPOINTED_FROM = '2025-10-26';
/** Published demo password (demo mode only). */
export const DEMO_PASSWORD = 'yunzheng-demo';

export const DEMO_BODIES: readonly DemoBody[] = [
  { code: 'gov', name: '云阳县人民政府', kind: 'government', docPrefix: '云阳府发' },
  { code: 'office', name: '县政府办公室', kind: 'office', parent: 'gov', docPrefix: '云阳府办发' },
  { code: 'fgw', name: '县发展改革委', kind: 'department', parent: 'gov', docPrefix: '云阳发改' },
  { code: 'sfj', name: '县司法局', kind: 'department', parent: 'gov', docPrefix: '云阳司法' },
  { code: 'czj', name: '县财政局', kind: 'department', parent: 'gov', docPrefix: '云阳财' },
  { code: 'sjj', name: '县审计局', kind: 'department', parent: 'gov', docPrefix: '云阳审' },
  { code: 'tjj', name: '县统计局', kind: 'department', parent: 'gov', docPrefix: '云阳统' },
  { code: 'scjgj', name: '县市场监管局', kind: 'department', parent: 'gov', docPrefix: '云阳市监' },
  { code: 'xwb', name: '县政府新闻办', kind: 'department', parent: 'gov' },
  { code: 'dcs', name: '县政府督查室', kind: 'department', parent: 'office' },
  { code: 'sjjd', name: '双江街道办事处', kind: 'street', parent: 'gov' },
  { code: 'qljd', name: '青龙街道办事处', kind: 'street', parent: 'gov' },
  { code: 'rhjd', name: '人和街道办事处', kind: 'street', parent: 'gov' },
  { code: 'pljd', name: '盘龙街道办事处', kind: 'street', parent: 'gov' },
  { code: 'fmz', name: '凤鸣镇人民政府', kind: 'town', parent: 'gov' },
  { code: 'slz', name: '双龙镇人民政府', kind: 'town', parent: 'gov' },
  { code: 'lyz', name: '路阳镇人民政府', kind: 'town', parent: 'gov' },
  { code: 'qmz', name: '渠马镇人民政府', kind: 'town', parent: 'gov' },
  { code: 'hyz', name: '后叶镇人民政府', kind: 'town', parent: 'gov' },
  { code: 'rdcwh', name: '县人大常委会', kind: 'outside' },
  { code: 'zx', name: '县政协', kind: 'outside' },
  { code: 'xwbgs', name: '县委办公室', kind: 'outside' },
  { code: 'cqgov', name: '重庆市人民政府', kind: 'upper' },
  { code: 'cqgov-office', name: '重庆市人民政府办公厅', kind: 'upper', parent: 'cqgov' },
  // 科室 (内设机构), each inside its body; shown as `县政府办公室 · 秘书科`.
  { code: 'office-msk', name: '秘书科', kind: 'unit', parent: 'office' },
  { code: 'office-zhk', name: '综合科', kind: 'unit', parent: 'office' },
  { code: 'sfj-hfxsck', name: '合法性审查科', kind: 'unit', parent: 'sfj' },
  { code: 'sfj-zfjd', name: '行政执法协调监督科', kind: 'unit', parent: 'sfj' },
  { code: 'sjj-jjzr', name: '经济责任审计科', kind: 'unit', parent: 'sjj' },
  // Art. 69: bodies to which the rules apply as to the working departments.
  { code: 'gyyq', name: '云阳工业园区管委会', kind: 'agency', agencyType: 'dispatched', parent: 'gov' },
  { code: 'jgsw', name: '县机关事务服务中心', kind: 'agency', agencyType: 'institution', parent: 'gov' },
];

export const DEMO_POSITIONS: readonly DemoPosition[] = [
  { code: 'county-head', body: 'gov', title: '县长', kind: 'county-head' },
  { code: 'exec-deputy', body: 'gov', title: '常务副县长', kind: 'executive-deputy' },
  { code: 'deputy-1', body: 'gov', title: '副县长（分管发展改革、统计）', kind: 'deputy' },
  { code: 'deputy-2', body: 'gov', title: '副县长（分管司法、市场监管）', kind: 'deputy' },
  { code: 'deputy-3', body: 'gov', title: '副县长（分管乡镇街道工作）', kind: 'deputy' },
  { code: 'party-member-1', body: 'gov', title: '县政府党组成员', kind: 'party-member' },
  { code: 'office-director', body: 'office', title: '县政府办公室主任', kind: 'office-director' },
  { code: 'office-deputy-1', body: 'office', title: '县政府办公室副主任', kind: 'office-member' },
  { code: 'office-deputy-2', body: 'office', title: '县政府办公室副主任', kind: 'office-member' },
  { code: 'office-clerk', body: 'office', title: '县政府办公室秘书科工作人员', kind: 'staff' },
  { code: 'office-registrar', body: 'office', title: '县政府办公室机要员', kind: 'staff' },
  { code: 'fgw-head', body: 'fgw', title: '县发展改革委主任', kind: 'principal' },
  { code: 'fgw-drafter', body: 'fgw', title: '县发展改革委拟稿人', kind: 'staff' },
  { code: 'sfj-head', body: 'sfj', title: '县司法局局长', kind: 'principal' },
  { code: 'sfj-reviewer', body: 'sfj', title: '县司法局合法性审查科科员', kind: 'staff' },
  { code: 'czj-head', body: 'czj', title: '县财政局局长', kind: 'principal' },
  { code: 'sjj-head', body: 'sjj', title: '县审计局局长', kind: 'principal' },
  { code: 'tjj-head', body: 'tjj', title: '县统计局局长', kind: 'principal' },
  { code: 'scjgj-head', body: 'scjgj', title: '县市场监管局局长', kind: 'principal' },
  { code: 'sjjd-head', body: 'sjjd', title: '双江街道办事处主任', kind: 'principal' },
  { code: 'fmz-head', body: 'fmz', title: '凤鸣镇镇长', kind: 'principal' },
  { code: 'fgw-deputy', body: 'fgw', title: '县发展改革委副主任', kind: 'deputy-principal' },
  { code: 'office-msk-head', body: 'office-msk', title: '县政府办公室秘书科科长（核稿人）', kind: 'unit-head' },
  { code: 'office-zhk-head', body: 'office-zhk', title: '县政府办公室综合科科长', kind: 'unit-head' },
  { code: 'sfj-hfxsck-head', body: 'sfj-hfxsck', title: '县司法局合法性审查科科长', kind: 'unit-head' },
  { code: 'sjj-jjzr-head', body: 'sjj-jjzr', title: '县审计局经济责任审计科科长', kind: 'unit-head' },
  { code: 'sjj-jjzr-auditor', body: 'sjj-jjzr', title: '县审计局经济责任审计科审计员', kind: 'staff' },
  { code: 'gyyq-head', body: 'gyyq', title: '云阳工业园区管委会主任', kind: 'principal' },
  { code: 'jgsw-head', body: 'jgsw', title: '县机关事务服务中心主任', kind: 'principal' },
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { name: '周明远', positions: ['county-head'], username: 'zhouminyuan', roles: ['leader'] },
  { name: '陈立新', positions: ['exec-deputy'], username: 'chenlixin', roles: ['leader'] },
  { name: '刘建华', positions: ['deputy-1'], username: 'liujianhua', roles: ['leader'] },
  { name: '王晓梅', positions: ['deputy-2'], username: 'wangxiaomei', roles: ['leader'] },
  { name: '赵国强', positions: ['deputy-3'], username: 'zhaoguoqiang', roles: ['leader'] },
  { name: '孙红', positions: ['party-member-1'], username: 'sunhong', roles: ['leader'] },
  { name: '李文博', positions: ['office-director'], username: 'liwenbo', roles: ['office'] },
  { name: '何静', positions: ['office-deputy-1'], username: 'hejing', roles: ['office'] },
  { name: '杨帆', positions: ['office-deputy-2'] },
  { name: '吴敏', positions: ['office-clerk', 'office-registrar'], username: 'wumin', roles: ['office', 'staff'] },
  { name: '郑伟', positions: ['fgw-head'], username: 'zhengwei', roles: ['staff'] },
  { name: '冯丽', positions: ['fgw-drafter'], username: 'fengli', roles: ['staff'] },
  { name: '黄志刚', positions: ['sfj-head'], username: 'huangzhigang', roles: ['staff'] },
  { name: '林小燕', positions: ['sfj-reviewer'] },
  { name: '许德明', positions: ['czj-head'] },
  { name: '谢芳', positions: ['sjj-head'], username: 'xiefang', roles: ['staff'] },
  { name: '马俊', positions: ['tjj-head'] },
  { name: '罗斌', positions: ['scjgj-head'], username: 'luobin', roles: ['staff'] },
  { name: '唐丽华', positions: ['sjjd-head'] },
  { name: '邓勇', positions: ['fmz-head'] },
  { name: '蒋涛', positions: ['fgw-deputy'], username: 'jiangtao', roles: ['staff'] },
  { name: '田雨', positions: ['office-msk-head'] },
  { name: '彭磊', positions: ['office-zhk-head'] },
  { name: '曾静怡', positions: ['sfj-hfxsck-head'] },
  { name: '范文涛', positions: ['sjj-jjzr-head'] },
  { name: '钟晓岚', positions: ['sjj-jjzr-auditor'], username: 'zhongxiaolan', roles: ['staff'] },
  { name: '贺建军', positions: ['gyyq-head'], username: 'hejianjun', roles: ['staff'] },
  { name: '秦丽', positions: ['jgsw-head'] },
];

/** Demo administrator accounts (三员), not linked to any person in the organisation. */
export const DEMO_ADMINS: readonly { username: string; displayName: string; role: 'sysadmin' | 'secadmin' | 'auditadmin' }[] = [
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin' },
  { username: 'auditadmin', displayName: '安全审计员', role: 'auditadmin' },
];

/** A few open 待办 so that the demo 工作台 is not empty (due dates counted from the seed day). */
export const DEMO_TASKS: readonly { title: string; position: string; workdays: number }[] = [
  { title: '登记并初审县发展改革委报送的请示', position: 'office-clerk', workdays: 1 },
  { title: '整理下次常务会议议题材料', position: 'office-director', workdays: 5 },
  { title: '审阅县政府办公室呈报的督查通报', position: 'county-head', workdays: 3 },
  { title: '报送本部门年度重点工作进展', position: 'fgw-head', workdays: 5 },
];

/** AB角 (art. 5): each deputy's designated B. Mutual pairs are allowed; both away is a gap the system surfaces. */
export const DEMO_AB_PAIRS: readonly { a: string; b: string }[] = [
  { a: 'exec-deputy', b: 'deputy-1' },
  { a: 'deputy-1', b: 'deputy-2' },
  { a: 'deputy-2', b: 'deputy-1' },
  { a: 'deputy-3', b: 'party-member-1' },
  { a: 'party-member-1', b: 'deputy-3' },
];

/** 分管 (art. 5): the bodies and policy areas each county leader leads. */
export const DEMO_PORTFOLIOS: readonly { position: string; bodies: readonly string[]; areas: readonly string[] }[] = [
  { position: 'exec-deputy', bodies: ['czj', 'sjj'], areas: ['县政府常务工作', '财政', '审计'] },
  { position: 'deputy-1', bodies: ['fgw', 'tjj'], areas: ['发展改革', '统计'] },
  { position: 'deputy-2', bodies: ['sfj', 'scjgj'], areas: ['法治政府建设', '市场监管'] },
  { position: 'deputy-3', bodies: ['sjjd', 'qljd', 'rhjd', 'pljd', 'fmz', 'slz', 'lyz', 'qmz', 'hyz'], areas: ['乡镇街道工作'] },
  { position: 'party-member-1', bodies: [], areas: ['机关党建'] },
  { position: 'deputy-1', bodies: ['gyyq'], areas: [] },
];

/** Art. 7: the office's 班子成员 each assist certain county leaders. */
export const DEMO_OFFICE_ASSISTS: readonly { office: string; deputy: string }[] = [
  { office: 'office-deputy-1', deputy: 'deputy-1' },
  { office: 'office-deputy-1', deputy: 'deputy-2' },
  { office: 'office-deputy-2', deputy: 'deputy-3' },
  { office: 'office-deputy-2', deputy: 'party-member-1' },
];

/** SPEC §1: who may enter a leader's decisions on their behalf (代录), by person and leader post. */
export const DEMO_SECRETARY_LINKS: readonly { secretary: string; leader: string }[] = [
  { secretary: '吴敏', leader: 'county-head' },
];

/** Statutory duties the system routes work to (audit findings to the 县审计局 under art. 9, …). */
export const DEMO_BODY_DUTIES: readonly { body: string; duty: BodyDuty }[] = [
  { body: 'sjj', duty: 'audit' },
  { body: 'sfj', duty: 'justice' },
  { body: 'scjgj', duty: 'market-regulation' },
  { body: 'xwb', duty: 'press' },
  { body: 'dcs', duty: 'supervision' },
  { body: 'fgw', duty: 'development' },
  { body: 'czj', duty: 'finance' },
  { body: 'tjj', duty: 'statistics' },
  { body: 'rdcwh', duty: 'npc-standing' },
  { body: 'zx', duty: 'cppcc' },
  { body: 'xwbgs', duty: 'party-office' },
];
