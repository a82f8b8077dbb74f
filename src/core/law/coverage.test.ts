import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCatalogue } from './catalogue.ts';
import {
  buildCoverageReport,
  checkCoverageConsistency,
  displayWidth,
  formatCoverageTable,
  type CitingRule,
  type CoverageEntry,
} from './coverage.ts';

const catalogue = buildCatalogue(
  {
    title: '示例县人民政府工作规则',
    issuer: '示例县人民政府',
    promulgatedBy: '示府发〔2025〕1号',
    issuedOn: '2025-10-26',
    effectiveFrom: '2025-10-26',
    chapters: [
      { number: 1, title: '总则', articles: [{ number: 1, paragraphs: ['目的。'] }] },
      {
        number: 2,
        title: '公文',
        articles: [
          { number: 2, paragraphs: ['(一)甲。', '(二)乙。'] },
          { number: 3, paragraphs: ['期限。'] },
          { number: 4, paragraphs: ['附则。'] },
        ],
      },
    ],
  },
  [{ id: 'ogi-2019', title: '中华人民共和国政府信息公开条例', shortTitle: '政府信息公开条例', kind: 'national', citedArticles: [33] }],
  { id: 'example' },
);

const coverage: CoverageEntry[] = [
  { article: 1, status: 'declarative', reason: '目的条款。' },
  { article: 2, status: 'enforced', rules: ['doc.sign-off'] },
  { article: 3, status: 'partial', rules: ['task.late'], missing: '公文时限' },
  { article: 4, status: 'planned', missing: '附则' },
];

const rules: CitingRule[] = [
  { id: 'doc.sign-off', cites: [{ source: 'example', article: 2, clause: 2 }] },
  { id: 'task.late', cites: [{ source: 'example', article: 3 }] },
  { id: 'ogi.reply', cites: [{ source: 'ogi-2019', article: 33 }] },
];

const codes = (c: readonly CoverageEntry[], r: readonly CitingRule[]): string[] =>
  checkCoverageConsistency(catalogue, c, r).map((p) => p.code);

const replace = (article: number, entry: Partial<CoverageEntry> | undefined): CoverageEntry[] =>
  coverage.flatMap((e) => (e.article !== article ? [e] : entry === undefined ? [] : [{ ...e, ...entry }]));

void describe('checkCoverageConsistency', () => {
  void it('passes when coverage, catalogue and rules agree', () => {
    assert.deepEqual(checkCoverageConsistency(catalogue, coverage, rules), []);
  });

  void it('needs every article exactly once, and only real ones', () => {
    assert.deepEqual(codes(replace(4, undefined), rules), ['article-missing']);
    assert.deepEqual(codes([...coverage, { article: 1, status: 'declarative', reason: 'again' }], rules), ['article-duplicate']);
    assert.deepEqual(codes([...coverage, { article: 9, status: 'planned' }], rules), ['article-unknown']);
  });

  void it('fails when a rule cites an article that does not exist', () => {
    const problems = checkCoverageConsistency(catalogue, coverage, [...rules, { id: 'x', cites: [{ source: 'example', article: 99 }] }]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.rule]),
      [['citation-unknown', 'x']],
    );
    assert.match(problems[0]?.message ?? '', /example:99/);
    assert.deepEqual(codes(coverage, [...rules, { id: 'y', cites: [{ source: 'ogi-2019', article: 34 }] }]), ['citation-unknown']);
    assert.deepEqual(codes(coverage, [...rules, { id: 'z', cites: [{ source: 'example', article: 2, clause: 3 }] }]), [
      'citation-unknown',
    ]);
  });

  void it('fails when a rule citing an article is not named in its coverage entry', () => {
    const problems = checkCoverageConsistency(catalogue, coverage, [...rules, { id: 'doc.extra', cites: [{ source: 'example', article: 3 }] }]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.article, p.rule]),
      [['rule-not-in-coverage', 3, 'doc.extra']],
    );
  });

  void it('fails when a coverage entry names a rule that does not exist or does not cite it', () => {
    assert.deepEqual(codes(replace(2, { rules: ['doc.sign-off', 'doc.ghost'] }), rules), ['rule-unknown']);
    assert.deepEqual(codes(replace(2, { rules: ['doc.sign-off', 'task.late'] }), rules), ['rule-does-not-cite']);
  });

  void it('checks each status’s obligations', () => {
    assert.deepEqual(codes(replace(2, { rules: [] }), rules.slice(1)), ['rules-required']);
    assert.deepEqual(codes(replace(3, { missing: ' ' }), rules), ['missing-required']);
    assert.deepEqual(codes(replace(1, { reason: '' }), rules), ['reason-required']);
    assert.deepEqual(codes(replace(4, { rules: ['task.late'] }), rules), ['rule-does-not-cite', 'rules-not-allowed']);
  });

  void it('flags rules that cite nothing or are listed twice', () => {
    assert.deepEqual(codes(coverage, [...rules, { id: 'empty', cites: [] }]), ['rule-without-citation']);
    assert.deepEqual(codes(coverage, [...rules, rules[2]!]), ['rule-duplicate']);
  });
});

void describe('buildCoverageReport and formatCoverageTable', () => {
  const pack = { id: 'example', title: '示例县人民政府工作规则', effectiveFrom: '2025-10-26', catalogue, coverage };

  void it('reports every article with its status and counts', () => {
    const report = buildCoverageReport(pack, rules);
    assert.equal(report.total, 4);
    assert.deepEqual(report.counts, { enforced: 1, partial: 1, declarative: 1, planned: 1 });
    assert.deepEqual(report.articles[1], {
      article: 2,
      label: '第二条',
      chapter: { number: 2, title: '公文' },
      status: 'enforced',
      rules: ['doc.sign-off'],
      citedBy: ['doc.sign-off'],
    });
    assert.deepEqual(report.problems, []);
  });

  void it('shows a missing entry as planned and lists the problem', () => {
    const report = buildCoverageReport({ ...pack, coverage: replace(4, undefined) }, rules);
    assert.equal(report.articles[3]?.status, 'planned');
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ['article-missing'],
    );
    assert.match(formatCoverageTable(report), /一致性问题 1 项：\n- \[article-missing\] article 4 has no coverage entry/);
  });

  void it('prints an aligned table with Chinese article numbers and totals', () => {
    const table = formatCoverageTable(buildCoverageReport(pack, rules));
    const lines = table.split('\n');
    assert.equal(lines[0], '示例县人民政府工作规则（example，2025年10月26日起施行）条款覆盖情况');
    assert.match(table, /^第二条 +第二章 +已执行 +doc\.sign-off$/m);
    assert.match(table, /^第三条 +第二章 +部分执行 +task\.late +尚未执行：公文时限$/m);
    assert.match(table, /^第一条 +第一章 +宣示性 +— +目的条款。$/m);
    assert.match(table, /合计 4 条：已执行 1 条，部分执行 1 条，宣示性 1 条，待实现 1 条/);
    // The status column starts at the same terminal column on every row.
    const rows = lines.filter((l) => l.startsWith('第'));
    const statusColumn = rows.map((l) => displayWidth(l.slice(0, l.search(/已执行|部分执行|宣示性|待实现/))));
    assert.equal(new Set(statusColumn).size, 1);
  });

  void it('counts CJK characters as two columns', () => {
    assert.equal(displayWidth('第二十条'), 8);
    assert.equal(displayWidth('ab（）'), 6);
  });
});
