import type { Clock } from '../core/kernel/time.ts';
import type { IdGenerator, PasswordHasher, Store, TotpPort } from './ports.ts';

/** The rule pack as services need it: identity, effective date, zone, and parameters. */
export interface PackInfo {
  readonly id: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly utcOffsetMinutes: number;
  /** A numeric parameter of the pack (periods, counts, thresholds) — never a literal in code. */
  numberParam(key: string): number;
}

export interface Settings {
  /** Demo mode: demo accounts with published passwords and a 演示环境 banner. */
  readonly demo: boolean;
  /** The tenant this instance serves by default (the login form's government). */
  readonly defaultTenantId: string;
}

/** Everything a use case needs, injected by the composition root (server, CLI, tests). */
export interface ServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: PasswordHasher;
  readonly totp: TotpPort;
  readonly packs: readonly PackInfo[];
  readonly settings: Settings;
}
