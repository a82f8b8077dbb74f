import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citeMessage, formatCitation, formatCitationId, formatCitations, type CitationContext } from './citation.ts';

const context: CitationContext = {
  packId: 'yunyang-2025',
  source: (id) =>
    ({
      'ogi-2019': { title: '中华人民共和国政府信息公开条例', shortTitle: '政府信息公开条例' },
      'major-decision-2019': { title: '重大行政决策程序暂行条例' },
    })[id],
};

void describe('formatCitation', () => {
  void it('cites the pack’s own article without a title', () => {
    assert.equal(formatCitation({ source: 'yunyang-2025', article: 20 }, context), '第二十条');
  });

  void it('cites a numbered item as 第（N）项', () => {
    assert.equal(formatCitation({ source: 'yunyang-2025', article: 53, clause: 2 }, context), '第五十三条第（二）项');
    assert.equal(formatCitation({ source: 'yunyang-2025', article: 46, clause: 15 }, context), '第四十六条第（十五）项');
  });

  void it('cites another source with its short title in 《》', () => {
    assert.equal(formatCitation({ source: 'ogi-2019', article: 33 }, context), '《政府信息公开条例》第三十三条');
  });

  void it('uses the full title when there is no short one', () => {
    assert.equal(formatCitation({ source: 'major-decision-2019', article: 26 }, context), '《重大行政决策程序暂行条例》第二十六条');
  });

  void it('shows an unknown source’s id rather than failing', () => {
    assert.equal(formatCitation({ source: 'nowhere', article: 1 }, context), '《nowhere》第一条');
  });

  void it('without a context, writes no title', () => {
    assert.equal(formatCitation({ source: 'yunyang-2025', article: 71 }), '第七十一条');
  });
});

void describe('formatCitationId', () => {
  void it('formats ids with and without a clause', () => {
    assert.equal(formatCitationId('yunyang-2025:20', context), '第二十条');
    assert.equal(formatCitationId('yunyang-2025:53(2)', context), '第五十三条第（二）项');
    assert.equal(formatCitationId('ogi-2019:33', context), '《政府信息公开条例》第三十三条');
  });

  void it('throws on a malformed id', () => {
    assert.throws(() => formatCitationId('第二十条', context), /malformed citation id/);
    assert.throws(() => formatCitationId('yunyang-2025:', context), /malformed citation id/);
  });
});

void describe('formatCitations and citeMessage', () => {
  void it('joins citations with 、 and writes a source’s title once per run', () => {
    assert.equal(formatCitations(['yunyang-2025:40', 'yunyang-2025:52'], context), '第四十条、第五十二条');
    assert.equal(
      formatCitations(['ogi-2019:33', 'ogi-2019:36', 'yunyang-2025:32'], context),
      '《政府信息公开条例》第三十三条、第三十六条、第三十二条',
    );
  });

  void it('prefixes the message with what it cites', () => {
    assert.equal(
      citeMessage([{ source: 'yunyang-2025', article: 20 }], '规范性文件须经合法性审查和完备性审核后方可提请会议审议', context),
      '第二十条：规范性文件须经合法性审查和完备性审核后方可提请会议审议',
    );
    assert.equal(citeMessage(['yunyang-2025:71'], '本规则自2025年10月26日起施行'), '第七十一条：本规则自2025年10月26日起施行');
  });

  void it('leaves the text alone when nothing is cited', () => {
    assert.equal(citeMessage([], '无引用'), '无引用');
  });
});

void it('a source whose clauses are paragraphs is cited by 款 (民法典第二百零三条第二款)', () => {
  const context = {
    packId: 'yunyang-2025',
    source: (id: string) => (id === 'civil-code' ? { title: '中华人民共和国民法典', shortTitle: '民法典', clauseKind: 'paragraph' as const } : undefined),
  };
  assert.equal(formatCitationId('civil-code:203(2)', context), '《民法典》第二百零三条第二款');
  assert.equal(formatCitationId('yunyang-2025:53(2)', context), '第五十三条第（二）项');
});
