import type { Rule } from '../../rules/rule.ts';
import { findClassifiedMarkings } from '../documents/classified.ts';

/** Art. 61: a document carrying a secrecy marking is refused at 签收 (this is not a classified system). */
export const incomingNotClassified: Rule<{ readonly fields: Readonly<Record<string, string | null | undefined>> }> = {
  id: 'incoming.not-classified',
  cites: [{ source: 'yunyang-2025', article: 61 }, { source: 'secrets-2024', article: 14 }],
  appliesTo: 'incoming.receive',
  summary: '来文标有绝密、机密、秘密等密级标志的，本系统拒收，须通过涉密渠道办理',
  check: ({ fields }) => {
    const cites = ['yunyang-2025:61', 'secrets-2024:14'];
    const found = findClassifiedMarkings(fields);
    if (found.length === 0) return { rule: 'incoming.not-classified', outcome: 'allow', cites, message: '第六十一条：来文未见密级标志' };
    return {
      rule: 'incoming.not-classified', outcome: 'block', cites,
      message: `第六十一条：来文${found.map((m) => `${m.field}中的“${m.text}”`).join('、')}是国家秘密密级标志（${found[0]!.level}），本系统为非涉密系统，不予签收；请通过涉密载体和涉密渠道办理`,
    };
  },
};

/** Art. 5: only whoever acts for the county leader's post (holder, AB角, 委托) gives the 批办. */
export const instructorActs: Rule<{ readonly acts: boolean; readonly leaderTitle: string }> = {
  id: 'incoming.instructor-acts',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'incoming.instruct',
  summary: '来文由拟办意见所呈的县领导批办；该领导外出时由依AB角或委托代为履职的领导批办',
  check: ({ acts, leaderTitle }) =>
    acts
      ? { rule: 'incoming.instructor-acts', outcome: 'allow', cites: ['yunyang-2025:5'], message: `第五条：由${leaderTitle}批办` }
      : { rule: 'incoming.instructor-acts', outcome: 'block', cites: ['yunyang-2025:5'], message: `第五条：此件呈${leaderTitle}批办，您不是该岗位的履职人` },
};

/** 条例 art. 24(四): when two or more units are involved, a lead unit is named. */
export const leadUnitNamed: Rule<{ readonly leadBodyId: string | null; readonly coBodyIds: readonly string[] }> = {
  id: 'incoming.lead-unit-named',
  cites: [{ source: 'doc-handling-2012', article: 24 }],
  appliesTo: 'incoming.instruct',
  summary: '需要两个以上部门办理的，应当明确主办部门',
  check: ({ leadBodyId, coBodyIds }) =>
    leadBodyId
      ? { rule: 'incoming.lead-unit-named', outcome: 'allow', cites: ['doc-handling-2012:24'], message: `《党政机关公文处理工作条例》第二十四条：已明确主办单位${coBodyIds.length > 0 ? `和${coBodyIds.length}个协办单位` : ''}` }
      : { rule: 'incoming.lead-unit-named', outcome: 'block', cites: ['doc-handling-2012:24'], message: '《党政机关公文处理工作条例》第二十四条：批办性公文应当明确承办的主办单位' },
};

/** Art. 55: a request on which departments disagreed is decided by the county government — the 批办 states the decision. */
export const disagreementDecided: Rule<{ readonly disagreement: boolean; readonly instruction: string }> = {
  id: 'incoming.disagreement-decided',
  cites: [{ source: 'yunyang-2025', article: 55 }],
  appliesTo: 'incoming.instruct',
  summary: '部门之间不能取得一致意见报请县政府决定的，批办意见即为县政府的决定，须明确',
  check: ({ disagreement, instruction }) => {
    const cites = ['yunyang-2025:55'];
    if (!disagreement) return { rule: 'incoming.disagreement-decided', outcome: 'allow', cites, message: '第五十五条：报送部门之间无分歧' };
    return instruction.trim().length >= 10
      ? { rule: 'incoming.disagreement-decided', outcome: 'allow', cites, message: '第五十五条：会签部门有分歧，县政府已作出决定' }
      : { rule: 'incoming.disagreement-decided', outcome: 'block', cites, message: '第五十五条：会签部门未能取得一致意见，报请县政府决定；批办意见须写明决定（不少于10字）' };
  },
};

/** The lead unit's principal (or whoever acts for that post) reports the result and closes it. */
export const handlerActs: Rule<{ readonly acts: boolean; readonly handlerTitle: string }> = {
  id: 'incoming.handler-acts',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'incoming.complete',
  summary: '由主办单位主要负责人（或代为履职的负责人）报告办理结果并办结',
  check: ({ acts, handlerTitle }) =>
    acts
      ? { rule: 'incoming.handler-acts', outcome: 'allow', cites: ['yunyang-2025:5'], message: `第五条：由${handlerTitle}办结` }
      : { rule: 'incoming.handler-acts', outcome: 'block', cites: ['yunyang-2025:5'], message: `第五条：此件由${handlerTitle}承办，您不能办结` },
};

export const INCOMING_RULES = [incomingNotClassified, instructorActs, leadUnitNamed, disagreementDecided, handlerActs] as const;
