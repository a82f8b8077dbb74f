import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema.ts';
import type { DialectName } from './dialects/dialect.ts';
import { openSqlite } from './dialects/sqlite.ts';
import { openPostgres } from './dialects/postgres.ts';
import { platformMigration } from './migrations/0001-platform.ts';
import { auditHardeningMigration } from './migrations/0002-audit-hardening.ts';
import { organisationMigration } from './migrations/0003-organisation.ts';
import { documentsMigration } from './migrations/0006-documents.ts';
import { incomingMigration } from './migrations/0007-incoming.ts';
import { attachmentsMigration } from './migrations/0008-attachments.ts';
import { documentIssueMigration } from './migrations/0009-document-issue.ts';
import { meetingsMigration } from './migrations/0010-meetings.ts';
import { minutesMigration } from './migrations/0011-minutes.ts';
import { meetingLeavesMigration } from './migrations/0012-meeting-leaves.ts';
import { meetingRecordsMigration } from './migrations/0013-meeting-records.ts';
import { meetingApprovalsMigration } from './migrations/0015-meeting-approvals.ts';
import { meetingLeaveOfficeMigration } from './migrations/0016-meeting-leave-office.ts';
import { minutesIssueMigration } from './migrations/0018-minutes-issue.ts';
import { keyWorkMigration } from './migrations/0017-key-work.ts';
import { consultationsMigration } from './migrations/0019-consultations.ts';
import { majorDecisionsMigration } from './migrations/0022-major-decisions.ts';
import { normativeDocumentsMigration } from './migrations/0020-normative-documents.ts';
import { departmentNormativeFilingsMigration } from './migrations/0021-department-normative-filings.ts';
import { leaveOfficeMigration } from './migrations/0004-leave-office.ts';
import { orgStructureMigration } from './migrations/0005-org-structure.ts';
import { auditLog } from './audit-log.ts';
import { accountsRepository, sessionsRepository } from './repositories/accounts.ts';
import { orgRepository } from './repositories/org.ts';
import { notificationsRepository, tasksRepository } from './repositories/tasks.ts';
import { calendarRepository, metaRepository, tenantsRepository } from './repositories/misc.ts';
import { authorityRepository } from './repositories/authority.ts';
import { documentsRepository } from './repositories/documents.ts';
import { incomingRepository } from './repositories/incoming.ts';
import { meetingsRepository } from './repositories/meetings.ts';
import { meetingRecordsRepository } from './repositories/meeting-records.ts';
import { meetingApprovalsRepository } from './repositories/meeting-approvals.ts';
import { auditFindingsRepository } from './repositories/audit-findings.ts';
import { meetingDecisionsRepository } from './repositories/meeting-decisions.ts';
import { majorDecisionsRepository } from './repositories/major-decisions.ts';
import { keyWorkRepository } from './repositories/key-work.ts';
import { consultationsRepository } from './repositories/consultations.ts';
import { normativeRepository } from './repositories/normative.ts';
import type { Store, Tx } from '../services/ports.ts';
import { groupCommit } from './group-commit.ts';

export interface DatabaseConfig {
  /** `postgres://…` for PostgreSQL; absent for the embedded SQLite file. */
  readonly url?: string | undefined;
  /** Folder for the SQLite file (default `./data`). */
  readonly dataDir: string;
  /** PostgreSQL schema to confine this instance to (tests). */
  readonly schema?: string | undefined;
  readonly poolSize?: number | undefined;
}

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly store: Store;
  /** SQLite file path, when embedded. */
  readonly file: string | null;
  /** PostgreSQL schema this instance is confined to, when given. */
  readonly schema: string | null;
  close(): Promise<void>;
}

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-platform': platformMigration(dialect), '0002-audit-hardening': auditHardeningMigration(dialect), '0003-organisation': organisationMigration(),
    '0004-leave-office': leaveOfficeMigration(), '0005-org-structure': orgStructureMigration(dialect), '0006-documents': documentsMigration(),
    '0007-incoming': incomingMigration(), '0008-attachments': attachmentsMigration(),
    '0009-document-issue': documentIssueMigration(), '0010-meetings': meetingsMigration(), '0011-minutes': minutesMigration(),
    '0012-meeting-leaves': meetingLeavesMigration(), '0013-meeting-records': meetingRecordsMigration(),
    '0015-meeting-approvals': meetingApprovalsMigration(), '0016-meeting-leave-office': meetingLeaveOfficeMigration(),
    '0017-key-work': keyWorkMigration(dialect), '0018-minutes-issue': minutesIssueMigration(),
    '0019-consultations': consultationsMigration(),
    '0020-normative-documents': normativeDocumentsMigration(), '0021-department-normative-filings': departmentNormativeFilingsMigration(),
    '0022-major-decisions': majorDecisionsMigration(dialect),
  };
}

/** Migrates to the latest schema; on PostgreSQL the migrator's own tables stay in the instance's schema. */
export async function migrate(db: Kysely<Database>, dialect: DialectName, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(dialect)) },
    ...(dialect === 'postgres' && schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export function txPorts(db: Kysely<Database>, dialect: DialectName): Tx {
  return {
    audit: auditLog(db, dialect),
    accounts: accountsRepository(db),
    sessions: sessionsRepository(db),
    org: orgRepository(db),
    tasks: tasksRepository(db),
    notifications: notificationsRepository(db),
    calendar: calendarRepository(db),
    tenants: tenantsRepository(db),
    meta: metaRepository(db),
    authority: authorityRepository(db),
    documents: documentsRepository(db),
    incoming: incomingRepository(db),
    meetings: meetingsRepository(db),
    meetingRecords: meetingRecordsRepository(db),
    meetingApprovals: meetingApprovalsRepository(db),
    auditFindings: auditFindingsRepository(db),
    meetingDecisions: meetingDecisionsRepository(db),
    keyWork: keyWorkRepository(db),
    majorDecisions: majorDecisionsRepository(db),
    consultations: consultationsRepository(db),
    normative: normativeRepository(db),
  };
}

export function createStore(db: Kysely<Database>, dialect: DialectName): Store {
  return {
    dialect,
    ...txPorts(db, dialect),
    transaction: dialect === 'sqlite'
      ? groupCommit(db, (conn) => txPorts(conn, dialect))
      : (fn) => db.transaction().execute((trx) => fn(txPorts(trx, dialect))),
  };
}

export function openDatabase(config: DatabaseConfig): OpenDatabase {
  if (config.url) {
    const { db } = openPostgres(config.url, { schema: config.schema, max: config.poolSize });
    return { db, dialect: 'postgres', store: createStore(db, 'postgres'), file: null, schema: config.schema ?? null, close: () => db.destroy() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'yunzheng.sqlite');
  const { db } = openSqlite(file);
  return { db, dialect: 'sqlite', store: createStore(db, 'sqlite'), file, schema: null, close: () => db.destroy() };
}
