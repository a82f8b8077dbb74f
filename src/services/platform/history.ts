import { AUDIT_EVENT_TYPES, isAuditEventType } from '../../core/audit/events.ts';
import type { AuditEventRecord } from '../ports.ts';

/**
 * A record's 办理记录, oldest first, from its audit events: what happened (in Chinese), who did it
 * and — for a stand-in — on whose behalf, with the event's details.
 */
export function procedureHistory(events: readonly AuditEventRecord[], names: ReadonlyMap<string, string>) {
  return [...events].sort((a, b) => a.seq - b.seq).map((e) => ({
    seq: e.seq, at: e.at, type: e.type, label: isAuditEventType(e.type) ? AUDIT_EVENT_TYPES[e.type] : e.type,
    actor: e.actorPersonId ? (names.get(e.actorPersonId) ?? '') : '', onBehalfOf: e.onBehalfOfPersonId ? (names.get(e.onBehalfOfPersonId) ?? '') : null,
    payload: JSON.parse(e.payload) as Record<string, unknown>,
  }));
}
