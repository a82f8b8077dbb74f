import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCatalogue } from './catalogue.ts';
import { checkParameters, numberParameter, parameter, textParameter, type Parameter } from './parameters.ts';

const catalogue = buildCatalogue(
  {
    title: '示例规则',
    issuer: '示例县人民政府',
    promulgatedBy: '示府发〔2025〕1号',
    issuedOn: '2025-01-01',
    effectiveFrom: '2025-01-01',
    chapters: [{ number: 1, title: '总则', articles: [{ number: 1, paragraphs: ['文字。'] }] }],
  },
  [{ id: 'cybersecurity', title: '中华人民共和国网络安全法', shortTitle: '网络安全法', kind: 'national', citedArticles: [21] }],
  { id: 'example' },
);

const params = [
  { key: 'audit.retentionMonths', value: 6, unit: '月', source: 'cybersecurity:21(3)', status: 'VERIFIED', note: '不少于六个月' },
  { key: 'time.zone', value: 'Asia/Shanghai', source: '北京时间', status: 'SECONDARY', note: 'zone' },
] as const satisfies readonly Parameter[];

void describe('parameters', () => {
  void it('looks values up by key, with their type', () => {
    assert.equal(numberParameter(params, 'audit.retentionMonths'), 6);
    assert.equal(textParameter(params, 'time.zone'), 'Asia/Shanghai');
    assert.equal(parameter(params, 'time.zone').status, 'SECONDARY');
  });

  void it('throws on a missing key or the wrong type', () => {
    const loose: readonly Parameter[] = params;
    assert.throws(() => parameter(loose, 'nope'), /no rule-pack parameter "nope"/);
    assert.throws(() => numberParameter(loose, 'time.zone'), /not a number/);
    assert.throws(() => textParameter(loose, 'audit.retentionMonths'), /not a string/);
  });

  void it('accepts a well-sourced list', () => {
    assert.deepEqual(checkParameters(catalogue, params), []);
  });

  void it('reports duplicates, unknown citations, empty notes and unsourced VERIFIED values', () => {
    const bad: Parameter[] = [
      { key: 'a', value: 1, source: 'cybersecurity:22', status: 'VERIFIED', note: 'x' },
      { key: 'a', value: 1, source: 'example:1', status: 'SECONDARY', note: ' ' },
      { key: 'b', value: 1, source: '某处', status: 'VERIFIED', note: 'x' },
    ];
    const problems = checkParameters(catalogue, bad);
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems[0] ?? '', /cybersecurity:22/);
    assert.match(problems[1] ?? '', /key used twice/);
    assert.match(problems[2] ?? '', /note is empty/);
    assert.match(problems[3] ?? '', /VERIFIED but its source/);
  });
});
