import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Verdict } from '../api-types.ts';
import type { Tone } from '../components/tone-tag.tsx';

export const DECISIONS_KEY = ['major-decisions'] as const;

export interface EditionView {
  readonly id: string;
  readonly number: number;
  readonly label: string;
  readonly reason: string | null;
  readonly status: 'draft' | 'consented' | 'published';
  readonly statusLabel: string;
  readonly consentDate: string | null;
  readonly consentDocument: string | null;
  readonly publishDueDate: string | null;
  readonly publishedAt: string | null;
  readonly changes: { readonly added: readonly string[]; readonly withdrawn: readonly string[] };
  readonly abilities: { readonly addItem: boolean; readonly withdrawItem: boolean; readonly consent: boolean; readonly publish: boolean; readonly adjust: boolean };
}

export interface CatalogueItemView {
  readonly id: string;
  readonly seq: number;
  readonly title: string;
  readonly summary: string;
  readonly categoryLabel: string;
  readonly matterKindLabel: string;
  readonly leadBodyId: string;
  readonly leadBodyName: string;
  readonly coBodyNames: readonly string[];
  readonly plannedQuarter: number | null;
  readonly standing: 'proposed' | 'listed' | 'withdrawal-proposed' | 'withdrawn' | 'dropped';
  readonly standingLabel: string;
  readonly withdrawReason: string | null;
  readonly dossiers: readonly { readonly id: string; readonly round: number; readonly status: string; readonly statusLabel: string; readonly title: string }[];
  readonly abilities: { readonly open: boolean; readonly withdraw: boolean };
}

export interface CatalogueView {
  readonly today: string;
  readonly year: number;
  readonly years: readonly number[];
  readonly canCreate: boolean;
  readonly catalogue: { readonly id: string; readonly year: number; readonly label: string } | null;
  readonly editions: readonly EditionView[];
  readonly items: readonly CatalogueItemView[];
}

export interface DossierSummary {
  readonly id: string;
  readonly title: string;
  readonly round: number;
  readonly status: string;
  readonly statusLabel: string;
  readonly year: number | null;
  readonly itemTitle: string;
  readonly leadBodyName: string;
  readonly next: string | null;
  readonly missing: readonly string[];
  readonly updatedAt: string;
}

export interface Phase {
  readonly key: string;
  readonly label: string;
  readonly state: 'done' | 'pending' | 'blocked' | 'upcoming' | 'not-applicable' | 'active' | 'stopped';
  readonly detail: string;
  readonly verdict: Verdict | null;
}

export interface DossierEntryView {
  readonly seq: number;
  readonly kind: string;
  readonly kindLabel: string;
  readonly draftVersion: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly at: string;
  readonly verdicts: readonly Verdict[];
  readonly personName: string;
  readonly onBehalfOfName: string | null;
  readonly positionTitle: string | null;
}

export interface TopicView {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly meetingKindLabel: string;
  readonly meetingId: string | null;
  readonly meetingTitle: string | null;
  readonly meetingDate: string | null;
  readonly concluded: { readonly outcome: string; readonly outcomeLabel: string; readonly text: string } | null;
}

export type DossierAbilities = Readonly<Record<
  'editDraft' | 'participation' | 'publicComment' | 'expert' | 'risk' | 'bodyOpinion' | 'fairCompetition' | 'legalitySend' | 'legalityReceive' | 'legalityOpinion' | 'submit' | 'reopen'
  | 'recordDecision' | 'partyReport' | 'publish' | 'designate' | 'progress' | 'evaluationStart' | 'evaluationReport' | 'suspendUrgently' | 'proposeChange' | 'recordChange', boolean>>;

export interface DossierView {
  readonly id: string;
  readonly title: string;
  readonly round: number;
  readonly revisesId: string | null;
  readonly status: string;
  readonly statusLabel: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly draftVersion: number;
  readonly affectsMarket: boolean;
  readonly leadBodyId: string;
  readonly leadBodyName: string;
  readonly concernedBodyIds: readonly string[];
  readonly item: { readonly id: string; readonly seq: number; readonly title: string; readonly year: number; readonly categoryLabel: string; readonly matterKindLabel: string; readonly summary: string } | null;
  readonly concernedBodies: readonly { readonly id: string; readonly name: string; readonly town: boolean; readonly opinion: string | null; readonly opinionLabel: string }[];
  readonly requirements: readonly { readonly key: string; readonly label: string; readonly done: boolean; readonly verdict: Verdict }[];
  readonly readiness: { readonly state: string; readonly detail: string };
  readonly phases: readonly Phase[];
  readonly next: { readonly label: string; readonly detail: string; readonly blockers: readonly Verdict[] } | null;
  readonly legality: { readonly state: string; readonly receivedOn: string | null; readonly earliestOpinionDate: string | null; readonly explanation: string | null; readonly minWorkdays: number };
  readonly consultations: readonly { readonly consultationId: string; readonly title: string; readonly lastDay: string; readonly earliestLastDay: string; readonly shortenedReason: string | null; readonly done: boolean; readonly detail: string }[];
  readonly topic: TopicView | null;
  readonly changeTopic: TopicView | null;
  readonly decision: { readonly text: string; readonly date: string; readonly meetingKind: string } | null;
  readonly partyReportedAt: string | null;
  readonly publishDueDate: string | null;
  readonly pendingChange: { readonly changeLabel: string; readonly reasons: string; readonly topicId: string } | null;
  readonly openEvaluation: { readonly evaluationId: string; readonly evaluatorName: string; readonly dueDate: string; readonly triggerLabel: string } | null;
  readonly execution: { readonly leadBodyName: string; readonly coBodyNames: readonly string[]; readonly reportEveryDays: number; readonly nextReportDue: string | null } | null;
  readonly assessors: readonly { readonly name: string; readonly role: string }[];
  readonly published: { readonly status: string; readonly statusNote: string | null; readonly publishedAt: string } | null;
  readonly justiceBodyName: string;
  readonly marketBodyName: string;
  readonly entries: readonly DossierEntryView[];
  readonly tasks: readonly { readonly id: string; readonly title: string; readonly dueDate: string | null; readonly ownerTitle: string; readonly explanation: { readonly summary: string; readonly sourceLabel: string; readonly provisional: boolean } | null }[];
  readonly abilities: DossierAbilities;
}

export function useCatalogue(year: number | null) {
  const q = year === null ? '' : `?year=${year}`;
  return useQuery({ queryKey: [...DECISIONS_KEY, 'catalogue', year], queryFn: async () => (await apiGet<CatalogueView>(`/api/decision-catalogues${q}`)).data });
}

export function useDossiers() {
  return useQuery({ queryKey: [...DECISIONS_KEY, 'list'], queryFn: async () => (await apiGet<{ today: string; dossiers: readonly DossierSummary[] }>('/api/major-decisions')).data });
}

export function useDossier(id: string | undefined) {
  return useQuery({ queryKey: [...DECISIONS_KEY, 'one', id], queryFn: async () => (await apiGet<DossierView>(`/api/major-decisions/${encodeURIComponent(id ?? '')}`)).data, enabled: id !== undefined });
}

/** After a change: the catalogue, the dossiers, the 待办 and the meetings (a dossier puts topics on them). */
export function invalidateDecisions(client: QueryClient): Promise<unknown> {
  return Promise.all([client.invalidateQueries({ queryKey: DECISIONS_KEY }), client.invalidateQueries({ queryKey: ['tasks'] }), client.invalidateQueries({ queryKey: ['meetings'] })]);
}

export const PHASE_TONES: Readonly<Record<Phase['state'], Tone>> = {
  done: 'green', pending: 'gold', blocked: 'red', upcoming: 'default', 'not-applicable': 'default', active: 'blue', stopped: 'volcano',
};
export const PHASE_LABELS: Readonly<Record<Phase['state'], string>> = {
  done: '已完成', pending: '待办理', blocked: '受阻', upcoming: '未开始', 'not-applicable': '不适用', active: '进行中', stopped: '中止',
};

export const STATUS_TONES: Readonly<Record<string, Tone>> = {
  preparing: 'gold', submitted: 'blue', decided: 'blue', 'not-adopted': 'default', published: 'blue', executing: 'green', suspended: 'volcano', terminated: 'default', adjusted: 'purple',
};

export const STANDING_TONES: Readonly<Record<CatalogueItemView['standing'], Tone>> = {
  proposed: 'gold', listed: 'green', 'withdrawal-proposed': 'orange', withdrawn: 'default', dropped: 'default',
};

export const EDITION_TONES: Readonly<Record<EditionView['status'], Tone>> = { draft: 'gold', consented: 'blue', published: 'green' };

export const CATEGORY_OPTIONS = [
  { value: 'public-policy', label: '重大公共政策和措施' },
  { value: 'plan', label: '经济和社会发展等方面的重要规划' },
  { value: 'resources', label: '开发利用、保护重要自然资源和文化资源' },
  { value: 'project-assets', label: '重大公共建设项目、重大国有资产处置' },
  { value: 'other', label: '其他重大事项' },
];

export const MATTER_OPTIONS = [
  { value: 'development-plan', label: '全县国民经济和社会发展计划' },
  { value: 'budget', label: '财政预算' },
  { value: 'major-plan', label: '重大规划' },
  { value: 'reform-policy', label: '贯彻国家宏观调控和改革开放的重大政策措施' },
  { value: 'social-affairs', label: '社会管理重要事务' },
  { value: 'major-project', label: '重大项目建设' },
  { value: 'major-funds', label: '大额资金使用' },
  { value: 'state-assets', label: '重大国有资产处置' },
  { value: 'other', label: '政府工作的其他重大问题' },
];

export const GROUP_OPTIONS = [
  { value: 'npc-deputies', label: '人大代表' }, { value: 'cppcc-members', label: '政协委员' }, { value: 'people-organisations', label: '人民团体' }, { value: 'experts', label: '专家学者' },
  { value: 'public', label: '社会公众' }, { value: 'market-actors', label: '市场主体和行业协会' }, { value: 'grassroots', label: '基层组织和群众代表' },
];

export const SITUATION_OPTIONS = [
  { value: 'normal', label: '正常推进' }, { value: 'problem', label: '发现决策存在问题' }, { value: 'major-change', label: '客观情况发生重大变化' }, { value: 'force-majeure', label: '发生不可抗力' },
];
