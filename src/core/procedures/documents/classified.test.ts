import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClassifiedMarkings } from './classified.ts';

const marked = (text: string) => findClassifiedMarkings({ 正文: text });

// Art. 61: the markings a clerk meets on real documents, in every form they come in.
const MARKINGS: readonly [string, string][] = [
  ['秘密★1年', '秘密'],
  ['机密★10年', '机密'],
  ['绝密★长期', '绝密'],
  ['秘密★6个月', '秘密'],
  ['秘密 ★ 1年', '秘密'],
  ['秘密☆1年', '秘密'],
  ['秘密*1年', '秘密'],
  ['秘密＊１年', '秘密'],
  ['机密★１０年', '机密'],
  ['秘密★一年', '秘密'],
  ['机密★二十年', '机密'],
  ['绝密★启封前', '绝密'],
  ['秘密★公布前', '秘密'],
  ['机密级★5年', '机密'],
  ['秘　密★1年', '秘密'],
  ['秘 密', '秘密'],
  ['机　密', '机密'],
  ['绝密', '绝密'],
  ['  秘密  ', '秘密'],
  ['秘密 1年', '秘密'],
  ['密级：秘密', '秘密'],
  ['密级:机密', '机密'],
  ['密 级：绝密级', '绝密'],
  ['【秘密】关于某事项的通知', '秘密'],
  ['（机密）关于某事项的报告', '机密'],
  ['(绝密)会议纪要', '绝密'],
  ['〔秘密〕', '秘密'],
  ['［机密］', '机密'],
  ['「秘密」', '秘密'],
  ['000123\n秘密★1年\n特急', '秘密'],
  ['机密★5年\n云阳县人民政府文件', '机密'],
  ['【秘密★1年】', '秘密'],
  ['（秘密 2年）', '秘密'],
];

for (const [text, level] of MARKINGS) {
  test(`art. 61: "${text.replace(/\n/g, '⏎')}" is a ${level} marking and is refused`, () => {
    const found = marked(text);
    assert.equal(found.length, 1, `not detected: ${text}`);
    assert.equal(found[0]!.level, level);
    assert.equal(found[0]!.field, '正文');
  });
}

// Prose that mentions secrets is not a marking: the rules themselves say 严禁泄露国家秘密.
const PROSE = [
  '县政府组成人员要严格遵守保密纪律和外事纪律，严禁泄露国家秘密、工作秘密或因履行职责掌握的商业秘密等。',
  '加强商业秘密保护',
  '秘密投票选举产生',
  '不得以任何方式泄露机密信息',
  '这份材料是绝密的吗？不是。',
  '机密性、完整性和可用性',
  '关于做好保密工作的通知',
  '内部资料　注意保存',
  '请示：关于绝密级载体管理培训的经费',
];
for (const text of PROSE) {
  test(`art. 61: prose "${text.slice(0, 12)}…" is not a marking`, () => {
    assert.deepEqual(marked(text), []);
  });
}

test('art. 61: every marked field is named', () => {
  const found = findClassifiedMarkings({ 标题: '关于某事的通知', 正文: '正文', 附件说明: '1.秘密★1年 名单', 附注: '密级：机密' });
  assert.deepEqual(found.map((f) => [f.field, f.level]), [['附件说明', '秘密'], ['附注', '机密']]);
});

test('art. 61: the marking is quoted whole, with its period', () => {
  assert.equal(marked('秘密★1年 关于某事项的通知')[0]!.text, '秘密★1年');
  assert.equal(marked('绝密★启封前')[0]!.text, '绝密★启封前');
});
