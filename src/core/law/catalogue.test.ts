import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCatalogue, CatalogueError, clausesOf, parsePackText, type Source } from './catalogue.ts';
import { formatCitationId } from './citation.ts';

/** A small pack in the shape of yunyang-2025.json. */
function packJson(): Record<string, unknown> {
  return {
    title: '示例县人民政府工作规则',
    issuer: '示例县人民政府',
    promulgatedBy: '示府发〔2025〕1号',
    issuedOn: '2025-01-01',
    effectiveFrom: '2025-01-01',
    replaces: { title: '示例县人民政府工作规则', issuedOn: '2020-01-01' },
    restorations: [{ article: 2, asPublished: 'x', restored: 'y', why: 'z' }],
    chapters: [
      { number: 1, title: '总则', titleRestored: true, articles: [{ number: 1, paragraphs: ['第一条的文字。'] }] },
      {
        number: 2,
        title: '公文',
        articles: [
          { number: 2, paragraphs: ['公文审签:', '(一)县长审签。', '(二)副县长审签。', '(十一)其他。'] },
          { number: 3, paragraphs: ['第三条的文字。'] },
        ],
      },
    ],
  };
}

const sources: readonly Source[] = [
  { id: 'ogi-2019', title: '中华人民共和国政府信息公开条例', shortTitle: '政府信息公开条例', kind: 'national', citedArticles: [33] },
];

void describe('parsePackText', () => {
  void it('reads a well-formed pack', () => {
    const text = parsePackText(packJson());
    assert.equal(text.title, '示例县人民政府工作规则');
    assert.equal(text.chapters.length, 2);
    assert.deepEqual(text.replaces, { title: '示例县人民政府工作规则', issuedOn: '2020-01-01' });
  });

  const broken: [string, (j: Record<string, unknown>) => void, RegExp][] = [
    ['not an object', () => undefined, /\(root\) must be an object/],
    ['no chapters', (j) => delete j['chapters'], /chapters must be a non-empty array/],
    ['a bad date', (j) => (j['effectiveFrom'] = '2025-02-30'), /effectiveFrom must be a date/],
    ['an empty title', (j) => (j['title'] = ' '), /title must be a non-empty string/],
    [
      'articles out of order',
      (j) => ((j['chapters'] as { articles: { number: number }[] }[])[1]!.articles[1]!.number = 4),
      /chapters\[1\]\.articles\[1\]\.number must be 3/,
    ],
    [
      'a paragraph that is not text',
      (j) => ((j['chapters'] as { articles: { paragraphs: unknown[] }[] }[])[0]!.articles[0]!.paragraphs = [7]),
      /chapters\[0\]\.articles\[0\]\.paragraphs\[0\] must be a non-empty string/,
    ],
    ['chapters out of order', (j) => ((j['chapters'] as { number: number }[])[1]!.number = 3), /chapters\[1\]\.number must be 2/],
  ];
  for (const [what, breakIt, message] of broken) {
    void it(`throws a clear CatalogueError on ${what}`, () => {
      const j = packJson();
      breakIt(j);
      const input = what === 'not an object' ? ['x'] : j;
      assert.throws(() => parsePackText(input), (e: unknown) => e instanceof CatalogueError && message.test(e.message));
    });
  }
});

void describe('clausesOf', () => {
  void it('finds the numbered items (一)(二)… in either kind of parentheses', () => {
    assert.deepEqual(clausesOf(['导语', '(一)甲', '（二）乙', '(十五)丙', '1.子项', '(二十一)丁']), [1, 2, 15, 21]);
  });
});

void describe('buildCatalogue', () => {
  const catalogue = buildCatalogue(packJson(), sources, { id: 'example-2025' });

  void it('lists the pack and the other sources', () => {
    assert.deepEqual(
      catalogue.sources.map((s) => [s.id, s.kind]),
      [
        ['example-2025', 'pack'],
        ['ogi-2019', 'national'],
      ],
    );
    assert.equal(catalogue.source('example-2025')?.effectiveFrom, '2025-01-01');
  });

  void it('has the articles in order with their chapters and items', () => {
    assert.deepEqual(
      catalogue.articles.map((a) => [a.number, a.chapter.number]),
      [
        [1, 1],
        [2, 2],
        [3, 2],
      ],
    );
    assert.equal(catalogue.article('example-2025', 2)?.chapter.title, '公文');
    assert.deepEqual(catalogue.article('example-2025', 2)?.clauses, [1, 2, 11]);
    assert.equal(catalogue.chapters[0]?.titleRestored, true);
    assert.equal(catalogue.article('example-2025', 4), undefined);
    assert.equal(catalogue.article('ogi-2019', 33), undefined, 'national text is not stored');
  });

  void it('knows which citations exist', () => {
    assert.equal(catalogue.hasCitation({ source: 'example-2025', article: 3 }), true);
    assert.equal(catalogue.hasCitation('example-2025:2(11)'), true);
    assert.equal(catalogue.hasCitation('ogi-2019:33'), true);
    assert.equal(catalogue.hasCitation('example-2025:4'), false);
    assert.equal(catalogue.hasCitation('example-2025:0'), false);
    assert.equal(catalogue.hasCitation('example-2025:2(3)'), false);
    assert.equal(catalogue.hasCitation('example-2025:3(1)'), false);
    assert.equal(catalogue.hasCitation('ogi-2019:34'), false);
    assert.equal(catalogue.hasCitation('nowhere:1'), false);
    assert.equal(catalogue.hasCitation('garbage'), false);
    assert.match(catalogue.citationProblem('example-2025:4') ?? '', /articles 1–3/);
    assert.match(catalogue.citationProblem('example-2025:2(3)') ?? '', /items 1, 2, 11/);
    assert.match(catalogue.citationProblem('nowhere:1') ?? '', /unknown source/);
  });

  void it('is the context for formatting its citations', () => {
    assert.equal(formatCitationId('example-2025:2(2)', catalogue), '第二条第（二）项');
    assert.equal(formatCitationId('ogi-2019:33', catalogue), '《政府信息公开条例》第三十三条');
  });

  void it('refuses duplicate or malformed sources', () => {
    const ogi = sources[0]!;
    assert.throws(() => buildCatalogue(packJson(), [ogi, ogi], { id: 'example-2025' }), /used twice/);
    assert.throws(() => buildCatalogue(packJson(), [{ ...ogi, id: 'example-2025' }], { id: 'example-2025' }), /used twice/);
    assert.throws(() => buildCatalogue(packJson(), [{ ...ogi, id: 'OGI 2019' }], { id: 'example-2025' }), /lower-case/);
    assert.throws(() => buildCatalogue(packJson(), [{ ...ogi, title: '《政府信息公开条例》' }], { id: 'example-2025' }), /without 《》/);
    assert.throws(() => buildCatalogue(packJson(), [{ ...ogi, citedArticles: [33, 33] }], { id: 'example-2025' }), /duplicates/);
    assert.throws(() => buildCatalogue(packJson(), [{ ...ogi, kind: 'pack' }], { id: 'example-2025' }), /kind "pack"/);
    assert.throws(() => buildCatalogue(packJson(), sources, { id: 'Example' }), /pack id/);
  });

  void it('refuses a restoration of an article that does not exist', () => {
    const j = packJson();
    j['restorations'] = [{ article: 9, asPublished: 'x', restored: 'y', why: 'z' }];
    assert.throws(() => buildCatalogue(j, sources, { id: 'example-2025' }), /article 9/);
  });
});
