import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MEETING_KINDS, type TopicStatus } from '../../../core/procedures/meetings/meetings.ts';
import { TOPIC_STATUS_LABELS } from '../../../core/procedures/meetings/meetings.machine.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { planMeeting } from '../../../services/meetings/plan-meeting.ts';
import { advanceMinutes, draftMinutes, holdMeeting } from '../../../services/meetings/minutes.ts';
import { actOnMeetingLeave, decideMeetingLeave, requestMeetingLeave } from '../../../services/meetings/meeting-leave.ts';
import { actOnTopic, proposeTopic } from '../../../services/meetings/topics.ts';
import { getMeeting, listMeetings } from '../../../services/meetings/view-meetings.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';
import { minutesRoutes } from './minutes-routes.ts';

const withLabel = <T extends { status: TopicStatus }>(t: T) => ({ ...t, statusLabel: TOPIC_STATUS_LABELS[t.status] });
const id = z.strictObject({ id: z.string().min(1).max(64) });
const note = z.strictObject({ note: z.string().max(1000).default('').describe('意见') });

export function meetingRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  minutesRoutes(app, deps);
  route(app, deps, {
    method: 'GET', url: '/api/meetings', operationId: 'listMeetings', summary: '会议、例行会议应召开情况（第四十五至四十八条）和议题', tags: ['会议'], permission: 'meeting:read',
    schema: {}, handler: async ({ actor }) => ok(await listMeetings(deps, actor())),
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings', operationId: 'planMeeting', summary: '安排会议：类别、时间、地点、形式、主持人（第四十五至四十八条、第五十条）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      body: z.strictObject({
        kind: z.enum(MEETING_KINDS).describe('会议类别'), title: z.string().trim().max(200).default('').describe('会议名称（默认为类别名称）'),
        startsAt: z.iso.datetime({ offset: true, message: '须为带时区的时间' }).describe('开始时间'), place: z.string().trim().min(1).max(200).describe('地点'),
        form: z.enum(['in-person', 'video']).default('in-person').describe('形式：现场或视频'), chairPositionId: z.string().min(1).max(64).describe('主持人岗位'),
        entrustedNote: z.string().max(500).optional().describe('县长委托常务副县长主持的记录（第四十六条）'),
        onBehalfOfPositionId: z.string().max(64).optional().describe('办公室班子成员受哪位县领导委托主持专题会议（第四十八条）'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await planMeeting(deps, actor(), body);
      void reply.code(201);
      return ok(r.meeting, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/meetings/:id', operationId: 'getMeeting', summary: '会议详情：组成人员（按会议当日的任职和代为履职）、主持人、议题', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id }, handler: async ({ actor, params }) => ok(await getMeeting(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/hold', operationId: 'holdMeeting', summary: '登记会议召开', tags: ['会议'], permission: 'meeting:organise',
    schema: { params: id, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await holdMeeting(deps, actor(), params.id);
      return ok(r.meeting, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'PUT', url: '/api/meetings/:id/minutes', operationId: 'draftMinutes', summary: '起草会议纪要及议定事项（县政府办公室，第五十条）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      params: id,
      body: z.strictObject({
        text: z.string().trim().min(10).max(50_000).describe('纪要正文'),
        decisions: z.array(z.strictObject({
          text: z.string().trim().min(1).max(1000), leadBodyId: z.string().max(64), coBodyIds: z.array(z.string().min(1).max(64)).max(20).default([]),
          dueWorkdays: z.number().int().min(1).max(250),
          disclosure: z.enum(['public', 'withheld']).default('public').describe('公开属性（第三十条）：公开或不予公开'),
          withholdReason: z.string().trim().max(500).default('').describe('不予公开的理由（依法需要保密的依据）'),
        })).max(50).describe('议定事项：内容、主办单位、协办单位、办理时限（工作日）、公开属性'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await draftMinutes(deps, actor(), params.id, body);
      return ok(r.minutes, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/minutes/advance', operationId: 'advanceMinutes', summary: '纪要送审、审核、签发（依第五十条的顺序）', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id, body: z.strictObject({ opinion: z.string().trim().max(1000).default('') }) },
    handler: async ({ actor, params, body }) => {
      const r = await advanceMinutes(deps, actor(), params.id, body);
      return ok(r.minutes, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/leave', operationId: 'requestMeetingLeave', summary: '会议请假（第四十九条；县政府领导以外的人员须安排分管副职参加，经县政府办公室转呈）', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id, body: z.strictObject({ reason: z.string().trim().min(2).max(500).describe('事由'), substitutePersonId: z.string().max(64).optional().describe('代为参会的分管副职') }) },
    handler: async ({ actor, params, body, reply }) => {
      const r = await requestMeetingLeave(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.leave, { verdicts: r.verdicts });
    },
  });
  for (const [cmd, approve] of [['approve', true], ['reject', false]] as const) {
    route(app, deps, {
      method: 'POST', url: `/api/meeting-leaves/:id/${cmd}`, operationId: `${cmd}MeetingLeave`, summary: approve ? '批准会议请假' : '不批准会议请假', tags: ['会议'], permission: 'meeting:read',
      schema: { params: id, body: note },
      handler: async ({ actor, params, body }) => {
        const r = await decideMeetingLeave(deps, actor(), params.id, approve, body.note);
        return ok(r.leave, { verdicts: r.verdicts });
      },
    });
  }
  route(app, deps, {
    method: 'POST', url: '/api/meeting-leaves/:id/forward', operationId: 'forwardMeetingLeave', summary: '县政府办公室转呈会议请假，报县长或主持会议的常务副县长批准（第四十九条）', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id, body: z.strictObject({ note: z.string().trim().max(500).default('').describe('转呈意见') }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnMeetingLeave(deps, actor(), params.id, 'forward', body.note);
      return ok(r.leave, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/meeting-leaves/:id/send-back', operationId: 'sendBackMeetingLeave', summary: '县政府办公室退回会议请假（须说明理由，第四十九条）', tags: ['会议'], permission: 'meeting:read',
    schema: { params: id, body: z.strictObject({ note: z.string().trim().min(2).max(500).describe('退回理由') }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnMeetingLeave(deps, actor(), params.id, 'send-back', body.note);
      return ok(r.leave, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/topics', operationId: 'proposeTopic', summary: '提出议题（第四十六条、第四十七条）', tags: ['会议'], permission: 'meeting:propose',
    schema: {
      body: z.strictObject({
        meetingKind: z.enum(MEETING_KINDS).describe('提交的会议类别'), specialChairPositionId: z.string().max(64).optional().describe('专题会议主持人岗位'),
        title: z.string().trim().min(4).max(200).describe('议题名称'),
        summary: z.string().trim().max(4000).describe('议题内容：背景、问题、依据'), recommendation: z.string().trim().max(2000).describe('提请会议研究的明确意见'),
        unresolvedDisagreement: z.boolean().describe('有关单位是否尚存分歧'), withinOwnAuthority: z.boolean().describe('是否属于单一领导或单位职权范围内的事项'),
        coordinated: z.boolean().describe('会前是否已与有关单位协调'), category: z.enum(['general', 'normative', 'major-decision']).default('general').describe('一般事项、规范性文件或重大行政决策'),
        materials: z.array(z.string().trim().min(1).max(200)).max(30).default([]).describe('会议材料'),
        keyWorkItemId: z.string().min(1).max(64).optional().describe('关联的季度重点工作事项（县长办公会议议题，第四十七条）'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const { meetingKind, specialChairPositionId, title, materials, keyWorkItemId, ...facts } = body;
      const r = await proposeTopic(deps, actor(), { meetingKind, specialChairPositionId, title, materials, facts, keyWorkItemId });
      void reply.code(201);
      return ok(withLabel(r.topic), { verdicts: r.verdicts });
    },
  });
  for (const [cmd, summary] of [['admit', '审定：同意列入会议（准入规则须全部通过）'], ['refuse', '审定：不予列入（说明理由）']] as const) {
    route(app, deps, {
      method: 'POST', url: `/api/topics/:id/${cmd}`, operationId: `${cmd}Topic`, summary, tags: ['会议'], permission: 'meeting:read',
      schema: { params: id, body: note },
      handler: async ({ actor, params, body }) => {
        const r = await actOnTopic(deps, actor(), params.id, { type: cmd, note: body.note });
        return ok(withLabel(r.topic), { verdicts: r.verdicts });
      },
    });
  }
  route(app, deps, {
    method: 'POST', url: '/api/topics/:id/schedule', operationId: 'scheduleTopic', summary: '议题列入已安排的会议（县政府办公室）', tags: ['会议'], permission: 'meeting:organise',
    schema: { params: id, body: z.strictObject({ meetingId: z.string().min(1).max(64) }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnTopic(deps, actor(), params.id, { type: 'schedule', meetingId: body.meetingId });
      return ok(withLabel(r.topic), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/topics/:id/withdraw', operationId: 'withdrawTopic', summary: '撤回议题（提出人）', tags: ['会议'], permission: 'meeting:propose',
    schema: { params: id, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await actOnTopic(deps, actor(), params.id, { type: 'withdraw' });
      return ok(withLabel(r.topic), { verdicts: r.verdicts });
    },
  });
}
