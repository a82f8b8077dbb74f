import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ATTENDEE_GROUPS, CONVENED_IN } from '../../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { applyForMeeting } from '../../../services/meeting-approvals/apply-for-meeting.ts';
import { actOnMeetingApproval } from '../../../services/meeting-approvals/act-on-meeting-approval.ts';
import { getMeetingApproval, listMeetingApprovals } from '../../../services/meeting-approvals/view-meeting-approvals.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const id = z.strictObject({ id: z.string().min(1).max(64) });

/** 会议审批 (art. 51): apply to hold a work meeting; the office reviews; the 县长 or the deputy in charge approves. */
export function meetingApprovalRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/meeting-approvals', operationId: 'listMeetingApprovals', summary: '工作会议申请及其审批环节（第五十一条）', tags: ['会议审批'], permission: 'meeting:read',
    schema: {}, handler: async ({ actor }) => ok(await listMeetingApprovals(deps, actor())),
  });
  route(app, deps, {
    method: 'POST', url: '/api/meeting-approvals', operationId: 'applyMeetingApproval', summary: '申请召开工作会议（第五十一条：名义、参会范围、审批层级、形式）', tags: ['会议审批'], permission: 'meeting:apply',
    schema: {
      body: z.strictObject({
        title: z.string().trim().min(4).max(200).describe('会议名称'),
        convenedIn: z.enum(CONVENED_IN).describe('召开名义：县政府、县政府办公室或本单位'),
        organiserBodyId: z.string().min(1).max(64).describe('主办单位'),
        attendees: z.array(z.enum(ATTENDEE_GROUPS)).min(1).max(4).refine((a) => new Set(a).size === a.length, '参会人员类别不能重复').describe('参会人员：乡镇（街道）行政主要负责人、乡镇（街道）分管领导、县政府有关部门负责人、其他人员'),
        attendeesNote: z.string().trim().max(500).default('').describe('其他参会人员说明'),
        startsAt: z.iso.datetime({ offset: true, message: '须为带时区的时间' }).describe('开始时间'),
        place: z.string().trim().min(1).max(200).describe('地点'),
        form: z.enum(['in-person', 'video']).describe('形式：现场或视频'),
        expectedAttendees: z.number().int().min(1).max(10_000).describe('预计参会人数'),
        durationMinutes: z.number().int().min(5).max(1440).describe('预计会议时长（分钟）'),
        countyWide: z.boolean().describe('是否全县性会议'),
        withinOwnDuties: z.boolean().describe('会议事项是否属于主办单位职责范围'),
        mergeable: z.boolean().default(false).describe('是否可与其他会议合并召开或套开'),
        mergeNote: z.string().trim().max(500).default('').describe('可合并的会议'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await applyForMeeting(deps, actor(), body);
      void reply.code(201);
      return ok(r.application, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/meeting-approvals/:id', operationId: 'getMeetingApproval', summary: '工作会议申请详情：事项、审批环节、每一步的办理人和意见', tags: ['会议审批'], permission: 'meeting:read',
    schema: { params: id }, handler: async ({ actor, params }) => ok(await getMeetingApproval(deps, actor(), params.id)),
  });
  const commands = [
    ['review', '县政府办公室审查通过，报县长或分管副县长批准（第五十一条第（二）项）', z.string().trim().max(1000).default('').describe('审查意见')],
    ['approve', '批准召开工作会议（第五十一条第（二）项）', z.string().trim().max(1000).default('').describe('批准意见')],
    ['return', '退回工作会议申请（须说明理由）', z.string().trim().min(2).max(1000).describe('退回理由')],
  ] as const;
  for (const [cmd, summary, note] of commands) {
    route(app, deps, {
      method: 'POST', url: `/api/meeting-approvals/:id/${cmd}`, operationId: `${cmd}MeetingApproval`, summary, tags: ['会议审批'], permission: 'meeting:read',
      schema: { params: id, body: z.strictObject({ note }) },
      handler: async ({ actor, params, body }) => {
        const r = await actOnMeetingApproval(deps, actor(), params.id, { type: cmd, note: body.note });
        return ok(r.application, { verdicts: r.verdicts });
      },
    });
  }
}
