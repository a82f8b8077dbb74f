import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { permissionsOf } from '../../../core/access/permissions.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { login, requiresSecondFactor } from '../../../services/auth/login.ts';
import { logout } from '../../../services/auth/session.ts';
import { beginTotpEnrollment, changePassword, confirmTotpEnrollment } from '../../../services/auth/second-factor.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';
import { SESSION_COOKIE } from '../../session-guard.ts';
import { presentMe } from './presenter.ts';

export function authRoutes(app: FastifyInstance, deps: ServiceDeps, opts: { secureCookie: boolean }): void {
  route(app, deps, {
    method: 'POST', url: '/api/auth/login', operationId: 'login', summary: '登录', tags: ['账号'], permission: 'public',
    schema: {
      body: z.strictObject({
        username: z.string().min(1).max(64).describe('用户名'),
        password: z.string().min(1).max(256).describe('密码'),
        totp: z.string().regex(/^\d{6}$/).optional().describe('动态口令（已启用时必填）'),
        tenantId: z.string().max(64).optional(),
      }),
    },
    handler: async ({ body, reply }) => {
      const r = await login(deps, body);
      void reply.setCookie(SESSION_COOKIE, r.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: opts.secureCookie });
      const account = r.account;
      return ok(presentMe(deps, account, r.session.csrfToken, r.mustEnrollTotp));
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/auth/logout', operationId: 'logout', summary: '退出登录', tags: ['账号'], permission: 'authenticated',
    allowIncompleteLogin: true, schema: {},
    handler: async ({ session, reply }) => {
      if (session) await logout(deps, session);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return ok({ loggedOut: true });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/auth/me', operationId: 'getMe', summary: '当前用户', tags: ['账号'], permission: 'authenticated',
    allowIncompleteLogin: true, schema: {},
    handler: ({ session }) => {
      const s = session!;
      return Promise.resolve(ok(presentMe(deps, s.account, s.session.csrfToken, requiresSecondFactor(deps, s.account) && !s.session.mfaPassed), {
        abilities: Object.fromEntries([...permissionsOf(s.actor.roles)].map((p) => [p, true])),
      }));
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/auth/totp/begin', operationId: 'beginTotp', summary: '开始启用动态口令', tags: ['账号'], permission: 'authenticated',
    allowIncompleteLogin: true, schema: {},
    handler: async ({ session }) => ok(await beginTotpEnrollment(deps, session!)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/auth/totp/confirm', operationId: 'confirmTotp', summary: '确认启用动态口令', tags: ['账号'], permission: 'authenticated',
    allowIncompleteLogin: true, schema: { body: z.strictObject({ code: z.string().regex(/^\d{6}$/).describe('动态口令') }) },
    handler: async ({ session, body }) => {
      await confirmTotpEnrollment(deps, session!, body.code);
      return ok({ enrolled: true });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/auth/password', operationId: 'changePassword', summary: '修改密码', tags: ['账号'], permission: 'authenticated',
    allowIncompleteLogin: true,
    schema: { body: z.strictObject({ current: z.string().min(1).max(256).describe('当前密码'), next: z.string().min(1).max(256).describe('新密码') }) },
    handler: async ({ session, body }) => {
      await changePassword(deps, session!, body);
      return ok({ changed: true });
    },
  });
}
