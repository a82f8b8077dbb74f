/**
 * Online backup and restore.
 *
 * A backup folder holds a consistent copy of the database (SQLite: one database file made with
 * SQLite's online backup API; PostgreSQL: one JSON-lines file per table, all read inside one
 * REPEATABLE READ transaction), a copy of the exported audit checkpoints, and `manifest.json`
 * (time, dialect, row counts, last audit sequence number per tenant, SM3 of every file). It never
 * holds the checkpoint key: the security administrator keeps that apart, so that a stolen backup
 * cannot be rewritten and re-sealed.
 */
export * from './backup/format.ts';
export { databaseHasData, listTables, tableCounts } from './backup/introspect.ts';
export * from './backup/create.ts';
export * from './backup/restore.ts';
