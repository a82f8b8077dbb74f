import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../api.ts';
import type { Tone } from '../components/tone-tag.tsx';
import type { DocumentDetail, DocumentListItem, DocumentStatus, NumberRegister, RouteAction } from './document-types.ts';

export const DOCUMENTS_KEY = ['documents'] as const;

export function useDocumentList() {
  return useQuery({ queryKey: [...DOCUMENTS_KEY, 'list'], queryFn: async () => (await apiGet<DocumentListItem[]>('/api/documents')).data });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'one', id],
    queryFn: async () => (await apiGet<DocumentDetail>(`/api/documents/${id ?? ''}`)).data,
    enabled: id !== undefined,
  });
}

export function useNumberRegister(enabled: boolean) {
  return useQuery({ queryKey: [...DOCUMENTS_KEY, 'numbers'], queryFn: async () => (await apiGet<NumberRegister>('/api/document-numbers')).data, enabled });
}

/** After any document action: the documents, and the 待办 the step closes and opens. */
export function invalidateAfterDocument(client: QueryClient): Promise<unknown> {
  return Promise.all([client.invalidateQueries({ queryKey: DOCUMENTS_KEY }), client.invalidateQueries({ queryKey: ['tasks'] })]);
}

export const DOCUMENT_KINDS = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;

export const STATUS_TONES: Readonly<Record<DocumentStatus, Tone>> = {
  drafting: 'default', reviewing: 'gold', signing: 'orange', rechecking: 'purple', registered: 'blue', issued: 'green', archived: 'green', withdrawn: 'default', submitted: 'blue',
};

export const ACTION_LABELS: Readonly<Record<RouteAction, string>> = { 'legality-review': '合法性审查', countersign: '会签', sign: '签发' };
export const ISSUER_LABELS = { government: '县政府', office: '县政府办公室', department: '报送县政府' } as const;
export const IMPORTANCE_OPTIONS = [
  { value: 'ordinary', label: '一般' },
  { value: 'important', label: '重要' },
  { value: 'major', label: '重大（由县长审签）' },
] as const;
export const IMPORTANCE_LABELS: Readonly<Record<string, string>> = { ordinary: '一般', important: '重要', major: '重大' };

export const MATTER_OPTIONS = [
  { value: 'general', label: '一般事项', issuer: 'both' },
  { value: 'report-to-city', label: '报市政府、市政府办公厅的公文', issuer: 'government' },
  { value: 'party-group-to-committee', label: '县政府党组报送县委的请示、报告', issuer: 'government' },
  { value: 'bill-to-congress', label: '提请县人大及其常委会审议的议案', issuer: 'government' },
  { value: 'notice-to-cppcc', label: '向县政协通报重大情况', issuer: 'government' },
  { value: 'order', label: '县政府命令', issuer: 'government' },
  { value: 'normative', label: '规范性文件', issuer: 'both' },
  { value: 'personnel', label: '人事任免', issuer: 'both' },
  { value: 'joint-party-government', label: '党政联合行文', issuer: 'both' },
  { value: 'request-to-city-department', label: '向市政府有关部门请求批准、商洽工作', issuer: 'government' },
  { value: 'office-countywide', label: '全县性、重要政策和重要工作部署的办公室公文', issuer: 'office' },
  { value: 'office-liaison', label: '办公室向市政府部门办公室、其他区县政府办公室商洽工作', issuer: 'office' },
  { value: 'office-joint-committee', label: '办公室与县委办公室联合行文需会签', issuer: 'office' },
  { value: 'office-reply', label: '办公室对有关事项的回复', issuer: 'office' },
  { value: 'office-bulletin', label: '办公室工作通报', issuer: 'office' },
] as const;

export const MATTER_LABELS: Readonly<Record<string, string>> = Object.fromEntries(MATTER_OPTIONS.map((m) => [m.value, m.label]));
