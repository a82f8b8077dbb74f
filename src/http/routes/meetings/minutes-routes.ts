import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { getMinutesIssue, publishDecisions } from '../../../services/meetings/decision-publication.ts';
import { listMeetingDecisions, reportDecisionProgress } from '../../../services/meetings/decision-tracking.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const id = z.strictObject({ id: z.string().min(1).max(64) });

/** After the meeting: the 纪要 document, publication of the decisions (art. 30) and their tracking (arts. 28, 41). */
export function minutesRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/meetings/:id/minutes/issue', operationId: 'getMinutesIssue', summary: '纪要签发后的办文和公布情况：纪要文件（第五十条）、议定事项公布（第三十条）', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id }, handler: async ({ actor, params }) => ok(await getMinutesIssue(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/minutes/publish', operationId: 'publishMeetingDecisions', summary: '公布会议的公开议定事项（县政府办公室，第三十条）', tags: ['会议'], permission: 'meeting:organise',
    schema: { params: id, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await publishDecisions(deps, actor(), params.id);
      return ok({ published: r.published, issue: await getMinutesIssue(deps, actor(), params.id) }, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/meeting-decisions', operationId: 'listMeetingDecisions', summary: '议定事项督办：已签发纪要的议定事项、承办单位、待办、办理状态和执行情况（第二十八条、第四十一条）', tags: ['会议'], permission: 'meeting:read',
    schema: {
      querystring: z.strictObject({
        meetingId: z.string().min(1).max(64).optional().describe('会议'),
        bodyId: z.string().min(1).max(64).optional().describe('承办单位（主办或协办）'),
        state: z.enum(['in-progress', 'done', 'overdue']).optional().describe('状态：办理中、已办结、已逾期'),
      }),
    },
    handler: async ({ actor, query }) => ok(await listMeetingDecisions(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/decisions/:number/progress', operationId: 'reportDecisionProgress', summary: '反馈议定事项执行情况（承办单位，第二十八条）', tags: ['会议'], permission: 'meeting:read',
    schema: {
      params: z.strictObject({ id: z.string().min(1).max(64), number: z.coerce.number().int().min(1).max(50).describe('议定事项序号') }),
      body: z.strictObject({ text: z.string().trim().min(4, '执行情况不少于4字').max(2000).describe('执行情况') }),
    },
    handler: async ({ actor, params, body, reply }) => {
      const r = await reportDecisionProgress(deps, actor(), params.id, params.number, body);
      void reply.code(201);
      return ok(r.progress, { verdicts: r.verdicts });
    },
  });
}
