/**
 * The fifteen kinds of official document (《党政机关公文处理工作条例》 art. 8) and the elements the
 * system records for each document (art. 9 there; GB/T 9704-2012).
 */
export const DOCUMENT_KINDS = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** 紧急程度: none, 加急, 特急. */
export const URGENCIES = ['普通', '加急', '特急'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Art. 32: the disclosure attribute fixed at drafting. */
export const DISCLOSURES = ['主动公开', '依申请公开', '不予公开'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

/** How important the office confirms the matter to be; `major` sends it to the 县长 (art. 53(一) 其他涉及重大事项). */
export const IMPORTANCES = ['ordinary', 'important', 'major'] as const;
export type Importance = (typeof IMPORTANCES)[number];
export const IMPORTANCE_LABELS: Readonly<Record<Importance, string>> = { ordinary: '一般', important: '重要', major: '重大' };

/**
 * In whose name the document is issued. Art. 53 routes the county government's and its office's
 * documents; a department's, town's or street's submission to the county government (报送, art. 54)
 * is countersigned by co-departments (art. 55) and signed off by its own principal.
 */
export type Issuer = 'government' | 'office' | 'department';
export const ISSUER_LABELS: Readonly<Record<Issuer, string>> = { government: '县政府', office: '县政府办公室', department: '部门、乡镇（街道）报送' };

/**
 * The categories art. 53 distinguishes. The drafter proposes one and the office confirms it at 核稿;
 * some are implied by the kind (命令, 议案) and the checks say so.
 */
export const MATTERS = [
  'general',
  'report-to-city',
  'party-group-to-committee',
  'bill-to-congress',
  'notice-to-cppcc',
  'order',
  'normative',
  'personnel',
  'joint-party-government',
  'request-to-city-department',
  'office-countywide',
  'office-liaison',
  'office-joint-committee',
  'office-reply',
  'office-bulletin',
] as const;
export type Matter = (typeof MATTERS)[number];

export const MATTER_LABELS: Readonly<Record<Matter, string>> = {
  general: '一般事项',
  'report-to-city': '报市政府、市政府办公厅的公文',
  'party-group-to-committee': '县政府党组报送县委的请示、报告',
  'bill-to-congress': '提请县人大及其常委会审议的议案',
  'notice-to-cppcc': '向县政协通报重大情况',
  order: '县政府命令',
  normative: '规范性文件',
  personnel: '人事任免',
  'joint-party-government': '党政联合行文',
  'request-to-city-department': '向市政府有关部门请求批准、商洽工作',
  'office-countywide': '全县性、重要政策和重要工作部署的办公室公文',
  'office-liaison': '办公室向市政府部门办公室、其他区县政府办公室商洽工作',
  'office-joint-committee': '办公室与县委办公室联合行文需会签',
  'office-reply': '办公室对有关事项的回复',
  'office-bulletin': '办公室工作通报',
};

/** Matters that only one issuer can have. */
export const OFFICE_ONLY_MATTERS: ReadonlySet<Matter> = new Set(['office-countywide', 'office-liaison', 'office-joint-committee', 'office-reply', 'office-bulletin']);
export const GOVERNMENT_ONLY_MATTERS: ReadonlySet<Matter> = new Set(['report-to-city', 'party-group-to-committee', 'bill-to-congress', 'notice-to-cppcc', 'order', 'request-to-city-department']);
