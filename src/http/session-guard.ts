import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../core/access/permissions.ts';
import { DomainError } from '../core/kernel/result.ts';
import type { ServiceDeps } from '../services/context.ts';
import { resolveSession } from '../services/auth/session.ts';
import { requiresSecondFactor } from '../services/auth/login.ts';

export const SESSION_COOKIE = 'yz_session';
export const CSRF_HEADER = 'x-csrf-token';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every /api route passes here: a route that declares no permission is refused; otherwise the
 * session cookie is resolved (idle timeout), CSRF is checked on changes, an incomplete login
 * (one-time password, missing second factor) is held back, and the role must grant the permission.
 */
export function installSessionGuard(app: FastifyInstance, deps: ServiceDeps): void {
  app.addHook('preHandler', async (req: FastifyRequest, _reply: FastifyReply) => {
    // Only API routes are guarded here; static files and the portal are public by nature, and an
    // address no route declares falls through to the not-found handler.
    if (!req.url.startsWith('/api/') || !req.routeOptions.url?.startsWith('/api/')) return;
    const config = req.routeOptions.config;
    const permission = config.permission;
    if (!permission) throw new DomainError('ROUTE_UNDECLARED', '该接口未声明所需权限，按默认拒绝处理');
    const token = req.cookies[SESSION_COOKIE];
    if (permission === 'public') {
      if (token) req.session = await resolveSession(deps, token).catch(() => undefined);
      return;
    }
    if (!token) throw new DomainError('UNAUTHENTICATED', '请先登录');
    const s = await resolveSession(deps, token);
    req.session = s;
    if (MUTATING.has(req.method) && req.headers[CSRF_HEADER] !== s.session.csrfToken) {
      throw new DomainError('CSRF_FAILED', `请求缺少有效的防跨站令牌（请求头 ${CSRF_HEADER}）`);
    }
    if (!config.allowIncompleteLogin) {
      if (s.account.mustChangePassword) throw new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改一次性密码');
      if (requiresSecondFactor(deps, s.account) && !s.session.mfaPassed) {
        throw new DomainError('MFA_ENROLLMENT_REQUIRED', '管理员和县领导须先启用动态口令（第二因素）');
      }
    }
    if (!can(s.actor.roles, permission)) {
      throw new DomainError('FORBIDDEN', `当前角色无“${permission}”权限`);
    }
  });
}
