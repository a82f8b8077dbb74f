import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_KINDS, URGENCIES } from '../../../core/procedures/documents/kinds.ts';
import { INCOMING_STATUS_LABELS } from '../../../core/procedures/incoming/incoming.machine.ts';
import type { IncomingStatus } from '../../../core/procedures/incoming/incoming.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { actOnIncoming } from '../../../services/incoming/act-on-incoming.ts';
import { receiveExternal } from '../../../services/incoming/receive-incoming.ts';
import { getIncoming, listIncoming } from '../../../services/incoming/view-incoming.ts';
import type { IncomingCommand } from '../../../core/procedures/incoming/incoming.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const incomingId = z.strictObject({ id: z.string().min(1).max(64).describe('来文编号') });
const withLabel = <R extends { status: IncomingStatus }>(r: R) => ({ ...r, statusLabel: INCOMING_STATUS_LABELS[r.status] });
const text = (min: number, max: number, what: string) => z.string().trim().min(min).max(max).describe(what);

export function incomingRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/incoming', operationId: 'listIncoming', summary: '收文列表（办公室看全部；领导、承办单位、传阅人看与本岗位有关的）', tags: ['收文'], permission: 'incoming:read',
    schema: {}, handler: async ({ actor }) => ok(await listIncoming(deps, actor())),
  });
  route(app, deps, {
    method: 'POST', url: '/api/incoming', operationId: 'receiveIncoming', summary: '签收来文（涉密来文拒收，第六十一条）', tags: ['收文'], permission: 'incoming:handle',
    schema: {
      body: z.strictObject({
        fromName: text(2, 200, '来文单位'), theirNumber: z.string().trim().max(100).default('').describe('来文字号'),
        kind: z.enum(DOCUMENT_KINDS).describe('文种'), title: text(4, 200, '标题'), urgency: z.enum(URGENCIES).default('普通').describe('紧急程度'),
        body: z.string().max(200_000).default('').describe('正文或摘要'), attachmentNames: z.array(z.string().trim().min(1).max(200)).max(50).default([]).describe('附件'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await receiveExternal(deps, actor(), body);
      void reply.code(201);
      return ok(withLabel(r.incoming), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/incoming/:id', operationId: 'getIncoming', summary: '来文详情与办理记录', tags: ['收文'], permission: 'incoming:read',
    schema: { params: incomingId },
    handler: async ({ actor, params }) => {
      const r = await getIncoming(deps, actor(), params.id);
      return ok(r, { abilities: r.abilities });
    },
  });
  const act = (command: string, summary: string, permission: 'incoming:handle' | 'incoming:read', body: z.ZodType, toCommand: (b: never) => IncomingCommand) =>
    route(app, deps, {
      method: 'POST', url: `/api/incoming/:id/${command}`, operationId: `${command}Incoming`, summary, tags: ['收文'], permission,
      schema: { params: incomingId, body },
      handler: async ({ actor, params, body: b }) => {
        const r = await actOnIncoming(deps, actor(), params.id, toCommand(b as never));
        return ok(withLabel(r.incoming), { verdicts: r.verdicts });
      },
    });
  act('register', '登记（编收文号）', 'incoming:handle', z.strictObject({}), () => ({ type: 'register' }));
  act('accept', '初审通过', 'incoming:handle', z.strictObject({ note: z.string().max(1000).default('') }), (b: { note: string }) => ({ type: 'accept', note: b.note }));
  act('return', '初审不符合要求，退回来文单位（说明理由）', 'incoming:handle', z.strictObject({ reason: text(2, 1000, '退回理由') }), (b: { reason: string }) => ({ type: 'return', reason: b.reason }));
  act('circulate', '拟办：阅知性来文传阅', 'incoming:handle', z.strictObject({ positionIds: z.array(z.string().min(1).max(64)).min(1).max(50), note: z.string().max(1000).default('') }),
    (b: { positionIds: string[]; note: string }) => ({ type: 'circulate', positionIds: b.positionIds, note: b.note }));
  act('propose', '拟办：批办性来文呈县领导批办', 'incoming:handle', z.strictObject({ leaderPositionId: z.string().min(1).max(64), proposal: text(2, 2000, '拟办意见') }),
    (b: { leaderPositionId: string; proposal: string }) => ({ type: 'propose', leaderPositionId: b.leaderPositionId, proposal: b.proposal }));
  act('read', '阅知', 'incoming:read', z.strictObject({}), () => ({ type: 'read' }));
  act('instruct', '批办：明确主办、协办单位和办理时限', 'incoming:read', z.strictObject({
    instruction: text(2, 2000, '批办意见'), leadBodyId: z.string().min(1).max(64).nullable().default(null).describe('主办单位'),
    coBodyIds: z.array(z.string().min(1).max(64)).max(20).default([]).describe('协办单位'), dueWorkdays: z.number().int().min(1).max(60).nullable().default(null).describe('办理时限（工作日；默认“事不过周”）'),
  }), (b: { instruction: string; leadBodyId: string | null; coBodyIds: string[]; dueWorkdays: number | null }) => ({ type: 'instruct', ...b }));
  act('chase', '催办', 'incoming:handle', z.strictObject({ note: z.string().max(500).default('') }), (b: { note: string }) => ({ type: 'chase', note: b.note }));
  act('complete', '办结（报告办理结果）', 'incoming:read', z.strictObject({ result: text(2, 4000, '办理结果') }), (b: { result: string }) => ({ type: 'complete', result: b.result }));
}
