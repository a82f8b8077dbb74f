import { ROLES, isRole } from '../../../core/access/permissions.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import type { AccountRecord } from '../../../services/ports.ts';

export function presentMe(deps: ServiceDeps, a: AccountRecord, csrfToken: string, mustEnrollTotp: boolean) {
  return {
    account: {
      id: a.id, username: a.username, displayName: a.displayName, personId: a.personId, roles: a.roles,
      roleLabels: a.roles.map((r) => (isRole(r) ? ROLES[r] : r)), totpEnabled: a.totpEnabled,
    },
    tenantId: a.tenantId,
    csrfToken,
    demo: deps.settings.demo,
    mustChangePassword: a.mustChangePassword,
    mustEnrollTotp,
  };
}
