import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { GUEST_CATEGORIES } from '../../../core/procedures/meetings/attendance.ts';
import { STUDY_KINDS } from '../../../core/procedures/meetings/study.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { addAttendee, signIn } from '../../../services/meetings/attendance.ts';
import { concludeTopic, recordSpeech } from '../../../services/meetings/discussion.ts';
import { recordStudy, scheduleStudy } from '../../../services/meetings/study.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const id = z.strictObject({ id: z.string().min(1).max(64) });

/** What happens at a meeting: attendees and sign-in (arts. 45–47, 49), collective study (arts. 17, 46), discussion record. */
export function meetingRecordRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/attendees', operationId: 'addMeetingAttendee', summary: '增加列席人员：决定列席的单位、列席相关议题的单位、特邀人员（第四十五至四十七条）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      params: id,
      body: z.strictObject({
        group: z.enum(['invited', 'topic', 'guest']).describe('invited 决定列席；topic 列席相关议题；guest 特邀（新闻媒体、人大代表、政协委员、群众代表）'),
        topicId: z.string().min(1).max(64).optional().describe('列席的议题'), bodyId: z.string().min(1).max(64).optional().describe('列席单位（由其主要负责人列席）'),
        name: z.string().trim().max(200).optional().describe('姓名或单位（特邀人员必填）'), category: z.enum(GUEST_CATEGORIES).optional().describe('特邀类别'),
        basis: z.string().trim().max(500).default('').describe('决定依据（如“经县长同意”）'),
      }),
    },
    handler: async ({ actor, params, body, reply }) => {
      const r = await addAttendee(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.attendee, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/sign-in', operationId: 'signInMeeting', summary: '会议签到（县政府办公室，会议当日；准假人员由代会的分管副职签到）', tags: ['会议'], permission: 'meeting:organise',
    schema: { params: id, body: z.strictObject({ entryKey: z.string().min(1).max(200).describe('出席名单中的条目'), attendedBy: z.string().trim().max(100).optional().describe('实际出席人（默认为应出席人或代会人）') }) },
    handler: async ({ actor, params, body }) => {
      const r = await signIn(deps, actor(), params.id, body);
      return ok(r.entry, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'PUT', url: '/api/meetings/:id/study', operationId: 'scheduleMeetingStudy', summary: '安排常务会议会前集体学习（第十七条、第四十六条第（十五）项）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      params: id,
      body: z.strictObject({
        kind: z.enum(STUDY_KINDS).describe('学习类别'), subject: z.string().trim().min(2).max(200).describe('学习内容'),
        speaker: z.string().trim().min(2).max(100).describe('主讲人'), materials: z.array(z.string().trim().min(1).max(200)).max(20).default([]).describe('学习材料'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await scheduleStudy(deps, actor(), params.id, body);
      return ok(r.study, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/meetings/:id/study/record', operationId: 'recordMeetingStudy', summary: '记录会前集体学习情况', tags: ['会议'], permission: 'meeting:organise',
    schema: { params: id, body: z.strictObject({ summary: z.string().trim().min(4).max(4000).describe('学习情况') }) },
    handler: async ({ actor, params, body }) => {
      const r = await recordStudy(deps, actor(), params.id, body);
      return ok(r.study, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/topics/:id/speeches', operationId: 'recordSpeech', summary: '记录议题发言：发言顺序、组成人员意见（同意、不同意、保留及理由）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      params: id,
      body: z.strictObject({
        personId: z.string().min(1).max(64).describe('发言人'), role: z.enum(['member', 'attendee']).describe('member 组成人员；attendee 列席汇报'),
        opinion: z.enum(['agree', 'disagree', 'reserve', 'report']).describe('同意、不同意、保留、汇报说明'), remarks: z.string().trim().max(4000).default('').describe('发言要点及理由'),
      }),
    },
    handler: async ({ actor, params, body, reply }) => {
      const r = await recordSpeech(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.discussion, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/topics/:id/conclusion', operationId: 'concludeTopic', summary: '记录主持人对议题的结论（重大行政决策：行政首长最后发言；与多数意见不一致须说明理由）', tags: ['会议'], permission: 'meeting:organise',
    schema: {
      params: id,
      body: z.strictObject({
        text: z.string().trim().min(4).max(4000).describe('结论'), outcome: z.enum(['adopted', 'amended', 'not-adopted', 'deferred']).describe('原则通过、修改后通过、不予通过、暂缓研究'),
        reasonAgainstMajority: z.string().trim().max(2000).default('').describe('与多数意见不一致时的理由'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await concludeTopic(deps, actor(), params.id, body);
      return ok(r.discussion, { verdicts: r.verdicts });
    },
  });
}
