import type { Verdict } from './api-types.ts';

/** The server's envelope: data, every verdict behind it and, on some routes, the actor's abilities. */
export interface Envelope<T> {
  readonly data: T;
  readonly verdicts: readonly Verdict[];
  readonly abilities?: Readonly<Record<string, boolean>>;
}

interface ErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string; readonly fields?: readonly string[] };
  readonly verdicts?: readonly Verdict[];
}

/** A refused or failed request, as the server explained it (stable code, Chinese message, verdicts). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly verdicts: readonly Verdict[];
  readonly fields: readonly string[];

  constructor(status: number, code: string, message: string, verdicts: readonly Verdict[] = [], fields: readonly string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.verdicts = verdicts;
    this.fields = fields;
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

async function request<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<Envelope<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method === 'POST') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  let parsed: unknown;
  try {
    parsed = await res.json();
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', `服务器返回了无法识别的内容（HTTP ${res.status}）`);
  }
  if (!res.ok) {
    const b = parsed as ErrorBody;
    throw new ApiError(
      res.status,
      b.error?.code ?? 'INTERNAL',
      b.error?.message ?? `请求失败（HTTP ${res.status}）`,
      b.verdicts ?? [],
      b.error?.fields ?? [],
    );
  }
  return parsed as Envelope<T>;
}

export function apiGet<T>(url: string): Promise<Envelope<T>> {
  return request<T>('GET', url);
}

export function apiPost<T>(url: string, body?: unknown): Promise<Envelope<T>> {
  return request<T>('POST', url, body);
}
