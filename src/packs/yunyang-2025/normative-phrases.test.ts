import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent } from '../../core/procedures/normative/content-check.ts';
import { YUNYANG_2025_NORMATIVE_PHRASES as LISTS } from './normative-phrases.ts';

const categories = (text: string) => checkContent(text, LISTS).map((f) => f.category);

void describe('art. 19 content check: the phrase lists', () => {
  const positives: [string, string][] = [
    ['在城区设置临时摊点的，须经县城市管理局批准。', 'licensing'],
    ['经营者应当取得县市场监管局核发的经营许可证后方可营业。', 'licensing'],
    ['未经批准，任何单位不得占用城市道路停放车辆。', 'licensing'],
    ['本县对共享单车投放实行许可制度。', 'licensing'],
    ['违反本办法规定的，由县城市管理局处以五百元罚款。', 'penalty'],
    ['情节严重的，吊销其经营许可证。', 'penalty'],
    ['对拒不整改的经营者给予警告。', 'penalty'],
    ['对违规停放的车辆予以扣押。', 'coercion'],
    ['逾期不拆除的，由县住房城乡建设委强制拆除。', 'coercion'],
    ['申请人应当缴纳五千元保证金。', 'rights'],
    ['申请补贴的，须提供无犯罪记录证明。', 'rights'],
    ['有欠缴记录的，取消其补贴资格。', 'rights'],
    ['外地车辆不得进入城区主干道。', 'rights'],
  ];
  for (const [text, category] of positives) {
    void it(`flags ${category}: ${text}`, () => assert.ok(categories(text).includes(category as never), JSON.stringify(checkContent(text, LISTS))));
  }

  const negatives = [
    '本办法自2026年1月1日起施行，有效期五年。',
    '县发展改革委负责全县停车设施规划的统筹协调。',
    '鼓励社会资本参与公共停车场建设，对符合条件的项目给予政策支持。',
    '停车场经营者应当在显著位置公示收费标准和监督电话。',
    '县政府有关部门应当加强宣传引导，为群众提供便利。',
    '公共停车场对残疾人专用车辆不收取停车费。',
  ];
  for (const text of negatives) {
    void it(`does not flag: ${text}`, () => assert.deepEqual(checkContent(text, LISTS), []));
  }

  void it('numbers the flags in text order with an excerpt around each', () => {
    const flags = checkContent('违反规定的，处以罚款；拒不改正的，予以扣押。', LISTS);
    assert.deepEqual(flags.map((f) => [f.id, f.category]), [['F1', 'penalty'], ['F2', 'coercion']]);
    assert.ok(flags[0]!.excerpt.includes('处以罚款'));
    assert.equal(flags[0]!.resolution, null);
  });
});
