import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { listOrganisation } from '../../../services/org/list-org.ts';
import { explainActing, listWhoIsAway } from '../../../services/org/who-is-away.ts';
import { recordEmergency } from '../../../services/org/record-emergency.ts';
import { listEmergencies } from '../../../services/org/list-emergencies.ts';
import { appoint, assignPortfolio, delegate, setAbPair } from '../../../services/org/edit-org.ts';
import { exportOrganisationCsv, importAppointmentsCsv } from '../../../services/org/import-export.ts';
import { createSecretaryLink, endSecretaryLink, listSecretaryLinks, myEntryLeaders } from '../../../services/org/secretary-links.ts';
import { createBody, createPosition, rename } from '../../../services/org/edit-structure.ts';
import { AGENCY_TYPES, BODY_DUTIES, BODY_KINDS, POSITION_KINDS } from '../../../core/org/structure.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

export function orgRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/org', operationId: 'getOrganisation', summary: '组织机构：机构、岗位及某日在岗人员', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional().describe('日期') }) },
    handler: async ({ actor, query }) => ok(await listOrganisation(deps, actor().tenantId, query.on)),
  });
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
  route(app, deps, {
    method: 'GET', url: '/api/org/away', operationId: 'whoIsAway', summary: '谁不在岗、由谁代为履职（逐日）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ from: isoDate.optional().describe('起始日'), to: isoDate.optional().describe('截止日（至多31天）') }) },
    handler: async ({ actor, query }) => ok(await listWhoIsAway(deps, actor().tenantId, query.from, query.to)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/org/acting', operationId: 'whoActsFor', summary: '某岗位某时刻由谁履职及理由（第五条、第五十九条）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ positionId: z.string().min(1).max(64).describe('岗位'), at: z.iso.datetime({ offset: true }).optional().describe('时刻（默认现在）') }) },
    handler: async ({ actor, query }) => ok(await explainActing(deps, actor().tenantId, query.positionId, query.at)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/emergencies', operationId: 'recordEmergency', summary: '记录紧急事项处置并生成向县长报告的待办（第六条）', tags: ['组织'],
    permission: 'emergency:record',
    schema: {
      body: z.strictObject({
        title: z.string().trim().min(2).max(200).describe('事项'),
        description: z.string().trim().min(2).max(4000).describe('处置情况'),
        handledAt: z.iso.datetime({ offset: true }).describe('处置时间'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await recordEmergency(deps, actor(), body);
      void reply.code(201);
      return ok(r.emergency, { verdicts: r.verdicts });
    },
  });
  const id = z.string().min(1).max(64);
  route(app, deps, {
    method: 'POST', url: '/api/org/appointments', operationId: 'appoint', summary: '任职（可兼任；单一职务同时只能一人）', tags: ['组织'], permission: 'org:edit',
    schema: { body: z.strictObject({ personId: id.describe('人员'), positionId: id.describe('岗位'), validFrom: isoDate.describe('起始日'), validTo: isoDate.optional().describe('截止日') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await appoint(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/ab-pairs', operationId: 'setAbPair', summary: '设定AB角（自某日起；原设定于前一日结束）', tags: ['组织'], permission: 'org:edit',
    schema: { body: z.strictObject({ aPositionId: id.describe('A岗位'), bPositionId: id.describe('B岗位'), validFrom: isoDate.describe('起始日') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await setAbPair(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/delegations', operationId: 'delegate', summary: '记录委托（第五条）', tags: ['组织'], permission: 'org:edit',
    schema: {
      body: z.strictObject({
        fromPositionId: id.describe('委托人岗位'), toPositionId: id.describe('受委托岗位'), scope: z.enum(['presiding', 'assigned-work']).describe('主持工作或交办事项'),
        fromAt: z.iso.datetime({ offset: true }).describe('起始时间'), toAt: z.iso.datetime({ offset: true }).describe('截止时间'), reason: z.string().trim().min(2).max(500).describe('事由'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await delegate(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/portfolios', operationId: 'assignPortfolio', summary: '调整分管（同一机构或领域同时只由一位县领导分管）', tags: ['组织'], permission: 'org:edit',
    schema: { body: z.strictObject({ positionId: id.describe('县领导岗位'), bodyId: id.optional().describe('分管机构'), area: z.string().trim().min(1).max(100).optional().describe('分管领域'), validFrom: isoDate.describe('起始日') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await assignPortfolio(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/org/export.csv', operationId: 'exportOrganisation', summary: '导出组织机构（CSV，含某日在岗人员）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ on: isoDate.optional().describe('日期') }) },
    handler: async ({ actor, query, reply }) => {
      const csv = await exportOrganisationCsv(deps, actor().tenantId, query.on);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''%E7%BB%84%E7%BB%87%E6%9C%BA%E6%9E%84.csv").send(csv);
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/import', operationId: 'importAppointments', summary: '导入任职（CSV：人员、岗位代码、起始日、截止日；有错则不导入并逐行列出）', tags: ['组织'],
    permission: 'org:edit',
    schema: { body: z.strictObject({ csv: z.string().min(1).max(2_000_000).describe('CSV 文本') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await importAppointmentsCsv(deps, actor(), body.csv);
      void reply.code(201);
      return ok(r);
    },
  });
  const code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, '代码由小写字母、数字和连字符组成（至多40个字符）');
  route(app, deps, {
    method: 'POST', url: '/api/org/bodies', operationId: 'createBody', summary: '新增机构：科室（内设机构）、第六十九条机构等', tags: ['组织'], permission: 'org:edit',
    schema: {
      body: z.strictObject({
        code: code.describe('机构代码（唯一）'),
        name: z.string().trim().min(2).max(100).describe('名称'),
        kind: z.enum(BODY_KINDS).describe('类别'),
        parentId: id.optional().describe('所在机构（科室必填）'),
        agencyType: z.enum(AGENCY_TYPES).optional().describe('第六十九条机构的类别：派出机构、直属事业单位、部门管理机构、其他机构'),
        duty: z.enum(BODY_DUTIES).optional().describe('承担的法定职能'),
        docPrefix: z.string().trim().min(1).max(20).optional().describe('机关代字'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await createBody(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/positions', operationId: 'createPosition', summary: '新增岗位（代码唯一，类别取自固定列表）', tags: ['组织'], permission: 'org:edit',
    schema: {
      body: z.strictObject({
        code: code.describe('岗位代码（唯一）'),
        title: z.string().trim().min(2).max(100).describe('岗位名称'),
        kind: z.enum(POSITION_KINDS).describe('岗位类别'),
        bodyId: id.describe('所在机构或科室'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await createPosition(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  const renameBody = { params: z.strictObject({ id: id.describe('编号') }), body: z.strictObject({ name: z.string().trim().min(2).max(100).describe('新名称') }) };
  route(app, deps, {
    method: 'POST', url: '/api/org/bodies/:id/rename', operationId: 'renameBody', summary: '机构更名', tags: ['组织'], permission: 'org:edit',
    schema: renameBody,
    handler: async ({ actor, params, body }) => ok(await rename(deps, actor(), 'body', params.id, body.name)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/positions/:id/rename', operationId: 'renamePosition', summary: '岗位更名', tags: ['组织'], permission: 'org:edit',
    schema: renameBody,
    handler: async ({ actor, params, body }) => ok(await rename(deps, actor(), 'position', params.id, body.name)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/emergencies', operationId: 'listEmergencies', summary: '紧急事项处置记录及向县长报告的情况（第六条）', tags: ['组织'], permission: 'emergency:read',
    schema: {},
    handler: async ({ actor }) => {
      const r = await listEmergencies(deps, actor());
      // seesAll: the 县长 (or whoever acts for the post) and the office see every record.
      return ok(r.items, { abilities: { seesAll: r.seesAll } });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/org/secretary-links', operationId: 'listSecretaryLinks', summary: '代录关系：谁可代录哪位领导的决定（不同于代为履职）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ on: isoDate.optional().describe('日期') }) },
    handler: async ({ actor, query }) => ok(await listSecretaryLinks(deps, actor().tenantId, query.on)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/secretary-links', operationId: 'createSecretaryLink', summary: '设定代录关系（领导的秘书代录领导的决定）', tags: ['组织'], permission: 'org:edit',
    schema: {
      body: z.strictObject({
        secretaryPersonId: id.describe('代录人'), leaderPositionId: id.describe('领导岗位'), validFrom: isoDate.describe('起始日'), validTo: isoDate.optional().describe('截止日'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await createSecretaryLink(deps, actor(), body);
      void reply.code(201);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/org/secretary-links/:id/end', operationId: 'endSecretaryLink', summary: '结束代录关系', tags: ['组织'], permission: 'org:edit',
    schema: { params: z.strictObject({ id: id.describe('代录关系编号') }), body: z.strictObject({ validTo: isoDate.describe('最后有效日') }) },
    handler: async ({ actor, params, body }) => {
      const r = await endSecretaryLink(deps, actor(), params.id, body);
      return ok(r.record, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/me/entry-leaders', operationId: 'myEntryLeaders', summary: '我今天可代录其决定的领导', tags: ['组织'], permission: 'tasks:read',
    schema: {}, handler: async ({ actor }) => ok(await myEntryLeaders(deps, actor())),
  });
}
