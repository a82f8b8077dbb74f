import type { Kysely, Migration } from 'kysely';

/** GB/T 9704 印发日期: the date a document was printed and sent out, kept with the document. */
export function documentIssueMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('documents').addColumn('issued_date', 'text').execute();
    },
  };
}
