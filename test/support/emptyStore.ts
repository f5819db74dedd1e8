import type { Database } from '../../src/db/Database';

/**
 * Empties the shared test store. It deletes in batches of its own transactions, so a store of any size fits
 * Neo4j's transaction memory limit: a one-transaction `DETACH DELETE` of a store the parity test had filled
 * (1,222 resolutions with paragraphs) failed. `CALL { } IN TRANSACTIONS` needs an auto-commit transaction,
 * which is what `runSchemaStatement` runs.
 */
export async function emptyStore(db: Pick<Database, 'runSchemaStatement'>): Promise<void> {
  await db.runSchemaStatement('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}
