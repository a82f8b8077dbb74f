import { DEMO_ADMINS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_POSITIONS } from '../../packs/yunyang-2025/demo-org.ts';
import type { ServiceDeps } from '../context.ts';

/** The demo logins (fictional people, published password) — only in demo mode, otherwise none. */
export function demoAccounts(deps: Pick<ServiceDeps, 'settings'>): { password: string; accounts: { username: string; who: string }[] } | null {
  if (!deps.settings.demo) return null;
  const titles = new Map(DEMO_POSITIONS.map((p) => [p.code, p.title]));
  const people = DEMO_PEOPLE.filter((p) => p.username).map((p) => ({
    username: p.username!,
    who: `${p.name}，${p.positions.map((c) => titles.get(c) ?? c).join('兼')}`,
  }));
  return { password: DEMO_PASSWORD, accounts: [...people, ...DEMO_ADMINS.map((a) => ({ username: a.username, who: a.displayName }))] };
}
