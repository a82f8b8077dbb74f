import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { addKeyWorkItem } from '../../../services/key-work/add-item.ts';
import { editKeyWorkItem } from '../../../services/key-work/edit-item.ts';
import { reportKeyWorkProgress } from '../../../services/key-work/report-progress.ts';
import { carryOverKeyWorkItem, carryOverKeyWorkQuarter } from '../../../services/key-work/carry-over.ts';
import { reopenKeyWorkItem } from '../../../services/key-work/reopen-item.ts';
import { getKeyWorkItem, listKeyWork } from '../../../services/key-work/view-key-work.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1).max(64);
const itemId = z.strictObject({ id: id.describe('重点工作事项编号') });
const year = z.coerce.number().int().min(2000).max(2100);
const quarter = z.coerce.number().int().min(1).max(4).transform((n) => n as 1 | 2 | 3 | 4);
const text = (max: number) => z.string().trim().min(2).max(max);
const TAGS = ['重点工作清单'];

// The list is read by every business account (meeting:read). The office keeps it (meeting:organise).
// Progress is reported by post, not by role (art. 47): every account with meeting:read reaches the
// rule, and anyone who neither acts for the lead unit's principal post nor works in the office is
// refused by it with the article.
export function keyWorkRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/key-work', operationId: 'listKeyWork', summary: '季度重点工作清单（第四十七条：清单管理、挂单操作、按季推进），默认为本季度', tags: TAGS, permission: 'meeting:read',
    schema: { querystring: z.strictObject({ year: year.optional().describe('年度'), quarter: quarter.optional().describe('季度（1—4）') }) },
    handler: async ({ actor, query }) => ok(await listKeyWork(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/key-work/items/:id', operationId: 'getKeyWorkItem', summary: '重点工作事项及其推进过程、挂单关系和相关议题', tags: TAGS, permission: 'meeting:read',
    schema: { params: itemId }, handler: async ({ actor, params }) => ok(await getKeyWorkItem(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/items', operationId: 'addKeyWorkItem', summary: '列入季度重点工作清单（县政府办公室，第四十七条）', tags: TAGS, permission: 'meeting:organise',
    schema: {
      body: z.strictObject({
        year: year.describe('年度'), quarter: quarter.describe('季度（1—4）'),
        title: text(200).describe('工作事项'), target: text(2000).describe('目标任务和措施'),
        leadBodyId: id.describe('牵头单位'), coBodyIds: z.array(id).max(20).default([]).describe('配合单位'),
        leaderPositionId: id.describe('分管县领导（岗位）'), dueDate: isoDate.describe('完成时限'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await addKeyWorkItem(deps, actor(), body);
      void reply.code(201);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/items/:id/edit', operationId: 'editKeyWorkItem', summary: '调整重点工作事项（县政府办公室，原内容留存；第四十七条）', tags: TAGS, permission: 'meeting:organise',
    schema: {
      params: itemId,
      body: z.strictObject({
        title: text(200).optional().describe('工作事项'), target: text(2000).optional().describe('目标任务和措施'),
        leadBodyId: id.optional().describe('牵头单位'), coBodyIds: z.array(id).max(20).optional().describe('配合单位'),
        leaderPositionId: id.optional().describe('分管县领导（岗位）'), dueDate: isoDate.optional().describe('完成时限'),
        note: text(1000).describe('调整说明'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await editKeyWorkItem(deps, actor(), params.id, body);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/items/:id/progress', operationId: 'reportKeyWorkProgress', summary: '报送推进情况（牵头单位主要负责人或县政府办公室，第四十七条）', tags: TAGS, permission: 'meeting:read',
    schema: {
      params: itemId,
      body: z.strictObject({
        text: text(4000).describe('推进情况'), reportDate: isoDate.describe('报送日期'),
        status: z.enum(['in-progress', 'completed']).describe('推进中或已完成'),
      }),
    },
    handler: async ({ actor, params, body, reply }) => {
      const r = await reportKeyWorkProgress(deps, actor(), params.id, { text: body.text, reportDate: body.reportDate, completed: body.status === 'completed' });
      void reply.code(201);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/items/:id/carry-over', operationId: 'carryOverKeyWorkItem', summary: '挂单：季末未完成事项转入本季度（县政府办公室，第四十七条）', tags: TAGS, permission: 'meeting:organise',
    schema: { params: itemId, body: z.strictObject({ dueDate: isoDate.optional().describe('新的完成时限（默认为本季度末）') }) },
    handler: async ({ actor, params, body, reply }) => {
      const r = await carryOverKeyWorkItem(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/items/:id/reopen', operationId: 'reopenKeyWorkItem', summary: '重新打开误报已完成的重点工作（县政府办公室，第四十七条）', tags: TAGS, permission: 'meeting:organise',
    schema: { params: itemId, body: z.strictObject({ reason: z.string().max(500).describe('重新打开的理由') }) },
    handler: async ({ actor, params, body }) => {
      const r = await reopenKeyWorkItem(deps, actor(), params.id, body);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/key-work/carry-over', operationId: 'carryOverKeyWorkQuarter', summary: '挂单：某季度全部未完成事项转入本季度（县政府办公室，第四十七条）', tags: TAGS, permission: 'meeting:organise',
    schema: { body: z.strictObject({ year: year.describe('年度'), quarter: quarter.describe('已结束的季度'), dueDate: isoDate.optional().describe('新的完成时限（默认为本季度末）') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await carryOverKeyWorkQuarter(deps, actor(), body);
      void reply.code(201);
      return ok(r.items, { verdicts: r.verdicts });
    },
  });
}
