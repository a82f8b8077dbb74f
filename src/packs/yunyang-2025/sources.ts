/**
 * The national and Chongqing sources the Yunyang pack rests on. Their text is not stored: each
 * source has its title, how it was made (as far as the texts in shared/law and
 * legal-parameters.md say; nothing filled in from memory), and the articles the system cites, so
 * that the catalogue can reject a citation of any other article. Add an article to `citedArticles`
 * when a rule or parameter starts citing it.
 */

import type { Source } from '../../core/law/catalogue.ts';

export const NATIONAL_SOURCES = [
  {
    id: 'org-law-2022',
    title: '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法',
    shortTitle: '地方组织法',
    kind: 'national',
    promulgation: '2022年3月11日第十三届全国人民代表大会第五次会议第六次修正',
    citedArticles: [75, 78],
    note: '第七十五条：规范性文件的评估论证、征求意见、合法性审查、集体讨论决定、公布和备案；第七十八条：全体会议和常务会议',
  },
  {
    id: 'civil-code',
    title: '中华人民共和国民法典',
    shortTitle: '民法典',
    clauseKind: 'paragraph',
    kind: 'national',
    promulgation: '2020年5月28日第十三届全国人民代表大会第三次会议通过',
    effectiveFrom: '2021-01-01',
    citedArticles: [200, 201, 202, 203, 204],
    note: '第二百条至第二百零四条：期间的计算（开始的当日不计入；最后一日为法定休假日的，顺延至休假日结束的次日；截止时间为二十四时）',
  },
  {
    id: 'ogi-2019',
    title: '中华人民共和国政府信息公开条例',
    shortTitle: '政府信息公开条例',
    kind: 'national',
    promulgation: '2019年4月3日国务院令第711号修订',
    effectiveFrom: '2019-05-15',
    citedArticles: [3, 4, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 49, 50],
  },
  {
    id: 'major-decision-2019',
    title: '重大行政决策程序暂行条例',
    kind: 'national',
    promulgation: '2019年4月20日国务院令第713号公布',
    effectiveFrom: '2019-09-01',
    citedArticles: [2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42],
    note: '第二十六条：合法性审查时间一般不少于7个工作日；第十五条：公开征求意见一般不少于30日',
  },
  {
    id: 'doc-handling-2012',
    title: '党政机关公文处理工作条例',
    kind: 'national',
    promulgation: '中共中央办公厅、国务院办公厅 中办发〔2012〕14号',
    effectiveFrom: '2012-07-01',
    citedArticles: [8, 9, 10, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
    // Full text not in shared/law; legal-parameters.md §6.
    note: '本系统未收录全文。第十八条至第二十一条为VERIFIED（据原文转载核实）；其余条款及施行日期为SECONDARY（据逐字引文）',
  },
  {
    id: 'petition-2022',
    title: '信访工作条例',
    kind: 'national',
    promulgation: '2022年2月25日中共中央、国务院发布',
    effectiveFrom: '2022-05-01',
    citedArticles: [17, 18, 19, 20, 21, 22, 23, 24, 29, 30, 31, 32, 34, 35, 36, 38, 39, 40, 41, 43, 44, 45],
  },
  {
    id: 'inspection-2020',
    title: '政府督查工作条例',
    kind: 'national',
    promulgation: '2020年12月26日公布',
    effectiveFrom: '2021-02-01',
    citedArticles: [2, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 23],
    // legal-parameters.md §7
    note: '公布日期据LawRefBook法规库文件名；施行日期据法律参数核查记录',
  },
  {
    id: 'fair-competition-2024',
    title: '公平竞争审查条例',
    kind: 'national',
    promulgation: '2024年6月6日公布',
    effectiveFrom: '2024-08-01',
    citedArticles: [2, 14, 16, 18],
    // legal-parameters.md §2B
    note: '公布日期据LawRefBook法规库文件名；施行日期据法律参数核查记录',
  },
  {
    id: 'business-env-2019',
    title: '优化营商环境条例',
    kind: 'national',
    promulgation: '2019年10月22日国务院令第722号公布',
    effectiveFrom: '2020-01-01',
    citedArticles: [62, 63, 64, 65],
  },
  {
    id: 'secrets-2024',
    title: '中华人民共和国保守国家秘密法',
    shortTitle: '保守国家秘密法',
    kind: 'national',
    promulgation: '2024年2月27日第十四届全国人民代表大会常务委员会第八次会议第二次修订',
    citedArticles: [14, 17, 18, 19, 20],
  },
  {
    id: 'secrets-regs-2024',
    title: '中华人民共和国保守国家秘密法实施条例',
    shortTitle: '保守国家秘密法实施条例',
    kind: 'national',
    promulgation: '2024年7月10日国务院令第786号修订',
    citedArticles: [19, 21, 25],
  },
  {
    id: 'archives-2020',
    title: '中华人民共和国档案法',
    shortTitle: '档案法',
    kind: 'national',
    promulgation: '2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订',
    citedArticles: [13, 14, 15, 27],
  },
  {
    id: 'archives-regs-2024',
    title: '中华人民共和国档案法实施条例',
    shortTitle: '档案法实施条例',
    kind: 'national',
    promulgation: '2024年1月12日公布',
    citedArticles: [20],
    // legal-parameters.md §6; the copy in shared/law has no header.
    note: '公布日期据法律参数核查记录所引LawRefBook法规库文件名（本系统收录的文本无文头）',
  },
  {
    id: 'cybersecurity',
    title: '中华人民共和国网络安全法',
    shortTitle: '网络安全法',
    kind: 'national',
    citedArticles: [21],
    // Text not in shared/law; cited per DESIGN §7.
    note: '本系统未收录原文；第二十一条第（三）项（网络日志留存不少于六个月）系据系统设计文档引用，应对照现行有效文本核对条号。',
  },
  {
    id: 'deputies-2025',
    title: '中华人民共和国全国人民代表大会和地方各级人民代表大会代表法',
    shortTitle: '代表法',
    kind: 'national',
    promulgation: '2025年3月11日第十四届全国人民代表大会第三次会议第四次修正',
    citedArticles: [51, 52],
  },
  {
    id: 'supervision-2024',
    title: '中华人民共和国各级人民代表大会常务委员会监督法',
    shortTitle: '监督法',
    kind: 'national',
    promulgation: '2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议修正',
    citedArticles: [39, 40],
  },
  {
    id: 'admin-review-2023',
    title: '中华人民共和国行政复议法',
    shortTitle: '行政复议法',
    kind: 'national',
    promulgation: '2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订',
    citedArticles: [88],
  },
  {
    id: 'licensing-2019',
    title: '中华人民共和国行政许可法',
    shortTitle: '行政许可法',
    kind: 'national',
    promulgation: '2019年4月23日第十三届全国人民代表大会常务委员会第十次会议修正',
    citedArticles: [82],
  },
  {
    id: 'holidays-2024',
    title: '全国年节及纪念日放假办法',
    kind: 'national',
    promulgation: '2024年11月10日《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第四次修订',
    effectiveFrom: '2025-01-01',
    citedArticles: [2, 3, 6, 7],
    // legal-parameters.md §8A
    note: '条文为VERIFIED；修订决定（国务院令第795号）及其施行日期为SECONDARY',
  },
  {
    id: 'work-hours-1995',
    title: '国务院关于职工工作时间的规定',
    kind: 'national',
    promulgation: '1995年3月25日',
    citedArticles: [7],
    // legal-parameters.md §8A; not copied into shared/law.
    note: '第七条：国家机关星期六和星期日为周休息日（VERIFIED，已在LawRefBook法规库核实；本系统未收录原文）',
  },
] as const satisfies readonly Source[];

export const MUNICIPAL_SOURCES = [
  {
    id: 'cq-major-decision-2020',
    title: '重庆市重大行政决策程序规定',
    kind: 'municipal',
    promulgation: '2020年7月17日重庆市人民政府令第337号公布',
    effectiveFrom: '2020-09-01',
    citedArticles: [2, 3],
    // legal-parameters.md §1A
    note: '仅第一条至第三条及目录可供查阅；其余数值NOT FOUND（以《重大行政决策程序暂行条例》规定为最低标准）',
  },
  {
    id: 'cq-normative-docs-2019',
    title: '重庆市行政规范性文件管理办法',
    kind: 'municipal',
    promulgation: '重庆市人民政府令第329号',
    citedArticles: [],
    // legal-parameters.md §2A
    note: '本规则第十九条引用；原文NOT FOUND，暂不能引用其具体条款；约自2019年11月1日起施行（SECONDARY，系推断）',
  },
  {
    id: 'cq-filing-review-2022',
    title: '重庆市各级人民代表大会常务委员会规范性文件备案审查条例',
    kind: 'municipal',
    promulgation: '2022年3月31日公布',
    effectiveFrom: '2022-05-01',
    citedArticles: [10, 11, 12, 13, 14, 15],
    // legal-parameters.md §2A
    note: '第十四条：自公布之日起三十日内报送备案（VERIFIED，据原文转载核实）',
  },
  {
    id: 'cq-business-env-2021',
    title: '重庆市优化营商环境条例',
    kind: 'municipal',
    promulgation: '2021年3月31日重庆市第五届人民代表大会常务委员会第二十五次会议通过',
    citedArticles: [58],
  },
  {
    id: 'cq-deputy-suggestions-2017',
    title: '重庆市人民代表大会代表建议批评和意见工作条例',
    kind: 'municipal',
    promulgation: '2017年11月30日重庆市第四届人民代表大会常务委员会第四十二次会议通过',
    effectiveFrom: '2018-01-01',
    citedArticles: [9, 13, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 34, 36, 37, 39],
    note: '第三十九条规定，区县人民代表大会代表建议参照本条例办理',
  },
] as const satisfies readonly Source[];

/** Every source the pack cites besides itself, national first. */
export const YUNYANG_2025_SOURCES: readonly Source[] = [...NATIONAL_SOURCES, ...MUNICIPAL_SOURCES];
