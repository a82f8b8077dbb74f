import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCitation, formatCitationId } from '../../core/law/citation.ts';
import { buildCoverageReport, checkCoverageConsistency, formatCoverageTable, type CitingRule } from '../../core/law/coverage.ts';
import { createPackRegistry, selectPack } from '../../core/law/pack.ts';
import { checkParameters, numberParameter } from '../../core/law/parameters.ts';
import { YUNYANG_2025_COVERAGE } from './coverage.ts';
import { YUNYANG_2025 } from './pack.ts';
import { YUNYANG_2025_RULES } from './rules.ts';

/** The rules that cite this pack, as plain data (from the real list, so the checks below follow it). */
const RULES: CitingRule[] = YUNYANG_2025_RULES.map((r) => ({ id: r.id, cites: r.cites }));

const { catalogue } = YUNYANG_2025;

void describe('yunyang-2025 catalogue', () => {
  void it('has 71 articles in 13 chapters, in order', () => {
    assert.equal(catalogue.articles.length, 71);
    assert.deepEqual(
      catalogue.articles.map((a) => a.number),
      Array.from({ length: 71 }, (_, i) => i + 1),
    );
    assert.equal(catalogue.chapters.length, 13);
    assert.deepEqual(catalogue.chapters[0], { number: 1, title: '总则', titleRestored: true });
    assert.equal(catalogue.article('yunyang-2025', 20)?.chapter.title, '坚持依法行政');
    assert.equal(catalogue.article('yunyang-2025', 71)?.chapter.title, '附则');
    assert.match(catalogue.article('yunyang-2025', 71)?.paragraphs[0] ?? '', /2024年3月13日/);
  });

  void it('knows the numbered items of art. 53 and art. 46', () => {
    assert.deepEqual(catalogue.article('yunyang-2025', 53)?.clauses, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(catalogue.article('yunyang-2025', 46)?.clauses.length, 15);
    assert.equal(catalogue.hasCitation('yunyang-2025:53(2)'), true);
    assert.equal(catalogue.hasCitation('yunyang-2025:53(8)'), false);
    assert.equal(catalogue.hasCitation('yunyang-2025:72'), false);
  });

  void it('formats citations the way a clerk reads them', () => {
    assert.equal(formatCitation({ source: 'yunyang-2025', article: 20 }, catalogue), '第二十条');
    assert.equal(formatCitationId('yunyang-2025:53(2)', catalogue), '第五十三条第（二）项');
    assert.equal(formatCitationId('ogi-2019:33', catalogue), '《政府信息公开条例》第三十三条');
    assert.equal(formatCitationId('civil-code:203', catalogue), '《民法典》第二百零三条');
    assert.equal(formatCitationId('major-decision-2019:26', catalogue), '《重大行政决策程序暂行条例》第二十六条');
    assert.equal(formatCitationId('cybersecurity:21(3)', catalogue), '《网络安全法》第二十一条第（三）项');
  });

  void it('has the sources the brief names, titled without 《》', () => {
    for (const id of [
      'ogi-2019',
      'civil-code',
      'major-decision-2019',
      'doc-handling-2012',
      'petition-2022',
      'inspection-2020',
      'fair-competition-2024',
      'secrets-2024',
      'archives-2020',
      'org-law-2022',
      'cybersecurity',
      'holidays-2024',
      'work-hours-1995',
    ]) {
      const s = catalogue.source(id);
      assert.ok(s, id);
      assert.ok((s.citedArticles ?? []).length > 0, `${id} cites no article`);
    }
    assert.equal(catalogue.source('ogi-2019')?.title, '中华人民共和国政府信息公开条例');
  });
});

void describe('yunyang-2025 descriptor', () => {
  void it('says who issued it, from when, and what it replaces', () => {
    assert.equal(YUNYANG_2025.id, 'yunyang-2025');
    assert.equal(YUNYANG_2025.title, '云阳县人民政府工作规则');
    assert.equal(YUNYANG_2025.promulgatedBy, '云阳府发〔2025〕11号');
    assert.equal(YUNYANG_2025.effectiveFrom, '2025-10-26');
    assert.deepEqual(YUNYANG_2025.replaces, { title: '云阳县人民政府工作规则', issuedOn: '2024-03-13' });
    assert.equal(YUNYANG_2025.timeZone, 'Asia/Shanghai');
    assert.equal(YUNYANG_2025.utcOffsetMinutes, 480);
  });

  void it('has well-sourced parameters', () => {
    assert.deepEqual(checkParameters(catalogue, YUNYANG_2025.parameters), []);
    const p = YUNYANG_2025.parameters;
    assert.equal(numberParameter(p, 'task.reminderLeadWorkdays'), 1);
    assert.equal(numberParameter(p, 'audit.retentionMonths'), 6);
    assert.equal(numberParameter(p, 'document.stepDueWorkdays'), 0);
    assert.equal(numberParameter(p, 'document.matterDueWorkdays'), 5);
    assert.equal(numberParameter(p, 'security.lockoutThreshold'), 5);
    assert.equal(numberParameter(p, 'security.lockoutWindowMinutes'), 15);
    assert.equal(numberParameter(p, 'security.idleTimeoutMinutes'), 30);
    const status = (key: (typeof p)[number]['key']): string | undefined => p.find((x) => x.key === key)?.status;
    assert.equal(status('task.reminderLeadWorkdays'), 'NOT_FOUND');
    assert.equal(status('audit.retentionMonths'), 'VERIFIED');
    assert.equal(status('document.stepDueWorkdays'), 'SECONDARY');
    assert.equal(status('security.idleTimeoutMinutes'), 'NOT_FOUND');
  });

  void it('is in force from 2025-10-26 Beijing time', () => {
    const packs = [YUNYANG_2025];
    assert.equal(selectPack(packs, new Date('2025-10-25T15:59:59.999Z')), undefined, '23:59:59 on 10-25 in Beijing');
    assert.equal(selectPack(packs, new Date('2025-10-25T16:00:00Z')), YUNYANG_2025, 'already 10-26 in Beijing');
    assert.equal(selectPack(packs, new Date('2025-10-26T12:00:00Z')), YUNYANG_2025);
    assert.equal(createPackRegistry(packs).at(new Date('2026-06-01T00:00:00Z')), YUNYANG_2025);
  });
});

void describe('yunyang-2025 coverage', () => {
  void it('has exactly one entry for each of the 71 articles', () => {
    assert.equal(YUNYANG_2025_COVERAGE.length, 71);
    assert.deepEqual(
      YUNYANG_2025_COVERAGE.map((e) => e.article),
      Array.from({ length: 71 }, (_, i) => i + 1),
    );
  });

  void it('marks the declarative articles of SPEC §9', () => {
    const declarative = YUNYANG_2025_COVERAGE.filter((e) => e.status === 'declarative').map((e) => e.article);
    assert.deepEqual(declarative, [1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 22, 29, 57, 58, 62, 63, 64, 65, 66, 67, 68, 70]);
    const carried = YUNYANG_2025_COVERAGE.filter((e) => e.carriedBy !== undefined).map((e) => e.article);
    assert.deepEqual(carried, [17, 58, 66, 70]);
  });

  void it('is consistent with the catalogue and the rules', () => {
    assert.deepEqual(checkCoverageConsistency(catalogue, YUNYANG_2025_COVERAGE, RULES), []);
  });

  void it('is consistent with the rules the pack actually enforces', () => {
    assert.deepEqual(checkCoverageConsistency(catalogue, YUNYANG_2025_COVERAGE, YUNYANG_2025_RULES), []);
  });

  void it('fails when a rule cites article 99', () => {
    const problems = checkCoverageConsistency(catalogue, YUNYANG_2025_COVERAGE, [
      ...RULES,
      { id: 'bad.cite', cites: [{ source: 'yunyang-2025', article: 99 }] },
    ]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.rule]),
      [['citation-unknown', 'bad.cite']],
    );
  });

  void it('fails when a rule is not named in coverage', () => {
    const problems = checkCoverageConsistency(catalogue, YUNYANG_2025_COVERAGE, [
      ...RULES,
      { id: 'doc.sign-off', cites: [{ source: 'yunyang-2025', article: 53, clause: 2 }] },
    ]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.article, p.rule]),
      [['rule-not-in-coverage', 53, 'doc.sign-off']],
    );
  });

  void it('fails when a coverage entry names a missing rule', () => {
    const problems = checkCoverageConsistency(
      catalogue,
      YUNYANG_2025_COVERAGE,
      RULES.filter((r) => r.id !== 'pack.in-force'),
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.article, p.rule]),
      [['rule-unknown', 71, 'pack.in-force']],
    );
  });

  void it('counts and prints the table', () => {
    const report = buildCoverageReport(YUNYANG_2025, RULES);
    assert.deepEqual(report.counts, { enforced: 9, partial: 28, declarative: 23, planned: 11 });
    assert.deepEqual(report.problems, []);
    const table = formatCoverageTable(report);
    assert.match(table, /^第七十一条 +第十三章 +已执行 +pack\.in-force/m);
    assert.match(table, /^第四十条 +第八章 +部分执行 +task\.overdue-completion +尚未执行：/m);
    assert.match(table, /合计 71 条：已执行 9 条，部分执行 28 条，宣示性 23 条，待实现 11 条/);
  });
});
