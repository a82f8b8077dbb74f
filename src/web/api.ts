import type { ImportProblem, Verdict } from './api-types.ts';

/** The server's envelope: data, every verdict behind it and, on some routes, the actor's abilities. */
export interface Envelope<T> {
  readonly data: T;
  readonly verdicts: readonly Verdict[];
  readonly abilities?: Readonly<Record<string, boolean>>;
}

interface ErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string; readonly fields?: readonly string[]; readonly problems?: readonly ImportProblem[] };
  readonly verdicts?: readonly Verdict[];
}

/** A refused or failed request, as the server explained it (stable code, Chinese message, verdicts). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly verdicts: readonly Verdict[];
  readonly fields: readonly string[];
  /** Row-by-row problems of a refused import (IMPORT_INVALID); empty otherwise. */
  readonly problems: readonly ImportProblem[];

  constructor(
    status: number,
    code: string,
    message: string,
    verdicts: readonly Verdict[] = [],
    fields: readonly string[] = [],
    problems: readonly ImportProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.verdicts = verdicts;
    this.fields = fields;
    this.problems = problems;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Codes meaning "there is no usable session": the app goes to the login page. */
export const SESSION_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

// The CSRF token of the current session, taken from /api/auth/me or the login answer.
let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

async function send(method: 'GET' | 'POST' | 'PUT', url: string, accept: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  try {
    return await fetch(url, { method, headers, credentials: 'same-origin', ...(method !== 'GET' ? { body: JSON.stringify(body ?? {}) } : {}) });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
}

function refusal(status: number, parsed: unknown): ApiError {
  const b = parsed as ErrorBody;
  return new ApiError(
    status,
    b.error?.code ?? 'INTERNAL',
    b.error?.message ?? `请求失败（HTTP ${status}）`,
    b.verdicts ?? [],
    b.error?.fields ?? [],
    b.error?.problems ?? [],
  );
}

async function request<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<Envelope<T>> {
  const res = await send(method, url, 'application/json', body);
  let parsed: unknown;
  try {
    parsed = await res.json();
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', `服务器返回了无法识别的内容（HTTP ${res.status}）`);
  }
  if (!res.ok) throw refusal(res.status, parsed);
  return parsed as Envelope<T>;
}

/** A file the server sends (e.g. a CSV export); a refusal is read from its JSON body as usual. */
export async function apiGetFile(url: string): Promise<Blob> {
  const res = await send('GET', url, 'text/csv, application/json');
  if (res.ok) return res.blob();
  let parsed: unknown = {};
  try {
    parsed = await res.json();
  } catch {
    // Not JSON: the status alone explains it.
  }
  throw refusal(res.status, parsed);
}

export function apiGet<T>(url: string): Promise<Envelope<T>> {
  return request<T>('GET', url);
}

export function apiPost<T>(url: string, body?: unknown): Promise<Envelope<T>> {
  return request<T>('POST', url, body);
}

export function apiPut<T>(url: string, body?: unknown): Promise<Envelope<T>> {
  return request<T>('PUT', url, body);
}

/** Uploads one file as multipart/form-data (field `file`), with the session's CSRF token. */
export async function apiUpload<T>(url: string, file: File): Promise<Envelope<T>> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) }, body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  const parsed: unknown = await res.json().catch(() => ({}));
  if (!res.ok) throw refusal(res.status, parsed);
  return parsed as Envelope<T>;
}
