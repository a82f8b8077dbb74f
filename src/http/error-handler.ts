import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../core/kernel/result.ts';
import type { Verdict } from '../core/rules/rule.ts';
import { statusOf } from './errors.ts';
import { labelVerdict } from '../services/law/law-catalogue.ts';

interface Issue {
  readonly path: string;
  readonly message: string;
  readonly unknown: boolean;
}

function issuesOf(err: FastifyError): Issue[] {
  if (!hasZodFastifySchemaValidationErrors(err)) return [];
  const context = err.validationContext ?? 'body';
  return err.validation.map((v) => {
    const segments = v.instancePath.split('/').filter((x) => x !== '');
    const path = [context, ...segments].join('.');
    if (v.keyword === 'unrecognized_keys') {
      const keys = (v.params as { keys?: string[] }).keys ?? [];
      return { path, unknown: true, message: `字段 ${keys.map((k) => `${path}.${k}`).join('、')}：未定义的字段，不予接受` };
    }
    if (v.keyword === 'invalid_type' && (v.message ?? '').includes('undefined')) {
      return { path, unknown: false, message: `字段 ${path}：必填` };
    }
    return { path, unknown: false, message: `字段 ${path}：${v.message}` };
  });
}

/**
 * Maps every failure to the error catalogue's stable code, a Chinese message and the verdicts.
 * Unknown addresses answer a JSON 404 under /api; elsewhere, when `spaFallback` is given, the
 * staff application's page (its router shows its own 404).
 */
export function installErrorHandler(app: FastifyInstance, spaFallback?: (reply: FastifyReply) => FastifyReply): void {
  app.setErrorHandler((error: FastifyError | DomainError, req, reply) => {
    if (error instanceof DomainError) {
      const verdicts = (error.details?.['verdicts'] as Verdict[] | undefined) ?? [];
      const fields = error.details?.['fields'];
      const problems = error.details?.['problems'];
      return reply.code(statusOf(error.code)).send({ error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(problems ? { problems } : {}) }, verdicts: verdicts.map(labelVerdict) });
    }
    const issues = issuesOf(error);
    if (issues.length > 0) {
      const code = issues.every((i) => i.unknown) ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED';
      return reply.code(400).send({ error: { code, message: issues.map((i) => i.message).join('；'), fields: issues.map((i) => i.path) }, verdicts: [] });
    }
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: '请求体须为 JSON（Content-Type: application/json）' }, verdicts: [] });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: `请求格式错误：${error.message}` }, verdicts: [] });
    }
    req.log.error(error);
    return reply.code(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，已记录' }, verdicts: [] });
  });
  app.setNotFoundHandler((req, reply) => {
    if (spaFallback && req.method === 'GET' && !req.url.startsWith('/api/')) return spaFallback(reply);
    return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `没有这个地址：${req.method} ${req.url.split('?')[0]}` }, verdicts: [] });
  });
}
