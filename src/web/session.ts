import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, setCsrfToken } from './api.ts';
import type { Me, Meta } from './api-types.ts';

export interface Session {
  readonly me: Me;
  /** Permissions the server grants this account (GET /api/auth/me → abilities); never re-derived here. */
  readonly abilities: Readonly<Record<string, boolean>>;
}

export const ME_KEY = ['me'] as const;
export const META_KEY = ['meta'] as const;

export async function fetchSession(): Promise<Session> {
  const r = await apiGet<Me>('/api/auth/me');
  setCsrfToken(r.data.csrfToken);
  return { me: r.data, abilities: r.abilities ?? {} };
}

/** The current session; fails with UNAUTHENTICATED when nobody is logged in. */
export function useSession() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchSession, retry: false, staleTime: 60_000 });
}

/** System information that needs no login: the 演示环境 flag, the government, the rule packs. */
export function useMeta() {
  return useQuery({
    queryKey: META_KEY,
    queryFn: async () => (await apiGet<Meta>('/api/meta')).data,
    staleTime: Infinity,
  });
}

export function can(session: Session | undefined, permission: string): boolean {
  return session?.abilities[permission] === true;
}

/** The first page this account may open (工作台 for business roles, otherwise what it can read). */
export function homePath(session: Session): string {
  if (can(session, 'tasks:read')) return '/workbench';
  if (can(session, 'audit:read')) return '/audit';
  if (can(session, 'law:read')) return '/law';
  if (can(session, 'calendar:read')) return '/deadlines';
  return '/account';
}

export async function logout(client: QueryClient): Promise<void> {
  try {
    await apiPost('/api/auth/logout');
  } finally {
    setCsrfToken(undefined);
    client.removeQueries({ queryKey: ME_KEY });
    client.clear();
  }
}
