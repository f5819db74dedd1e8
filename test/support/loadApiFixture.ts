import fs from 'node:fs';
import path from 'node:path';
import { applySchema, splitStatements } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import { projectRoot } from '../../src/projectRoot';
import { emptyStore } from './emptyStore';

/** Empties the shared test database, applies the schema and loads `test/fixtures/api/<name>.cypher`. */
export async function loadApiFixture(db: Database, name = 'graph'): Promise<void> {
  await emptyStore(db);
  await applySchema(db);
  const text = fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'api', `${name}.cypher`), 'utf8');
  const statements = splitStatements(text).map((s, i) => ({ query: { name: `fixture/${name}#${i}`, text: s }, params: {} }));
  await db.writeBatch(statements, 120_000);
}
