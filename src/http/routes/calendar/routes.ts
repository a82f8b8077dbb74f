import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { computeDeadlineFor } from '../../../services/calendar/compute-deadline.ts';
import { loadCalendarYear } from '../../../services/calendar/load-calendar-year.ts';
import { listCalendarYears } from '../../../services/calendar/list-calendar-years.ts';
import { calendarStatus } from '../../../services/calendar/calendar-status.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const deadlineBody = z.strictObject({
  start: isoDate.describe('起算日（当日不计）'),
  period: z.number().int().min(1).max(3650).describe('期间'),
  unit: z.enum(['workday', 'day', 'month']).describe('单位：工作日、日、月'),
  clockStops: z.array(z.strictObject({ from: isoDate, to: isoDate, reason: z.string().min(1).max(200) })).max(20).optional().describe('中止计算的期间'),
});

export function calendarRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'POST', url: '/api/deadlines/compute', operationId: 'computeDeadline', summary: '期限计算（逐日说明）', tags: ['期限'], permission: 'calendar:read',
    schema: { body: deadlineBody },
    handler: async ({ actor, body }) => ok(await computeDeadlineFor(deps, actor(), body)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/calendar/years', operationId: 'listCalendarYears', summary: '已载入的节假日安排', tags: ['期限'], permission: 'calendar:read',
    schema: {},
    handler: async ({ actor }) => ok(await listCalendarYears(deps, actor().tenantId)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/calendar/status', operationId: 'getCalendarStatus', summary: '节假日安排载入情况（第四季度提醒载入下一年）', tags: ['期限'],
    permission: 'calendar:read', schema: {},
    handler: async ({ actor }) => ok(await calendarStatus(deps, actor().tenantId)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/calendar/years', operationId: 'loadCalendarYear', summary: '载入一年的节假日安排（重算未届满期限）', tags: ['期限'],
    permission: 'calendar:load',
    schema: { body: z.record(z.string(), z.unknown()).describe('国务院办公厅节假日安排（JSON）') },
    handler: async ({ actor, body, reply }) => {
      const r = await loadCalendarYear(deps, actor(), actor().tenantId, body);
      void reply.code(201);
      return ok(r);
    },
  });
}
