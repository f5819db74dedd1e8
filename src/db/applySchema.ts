import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';
import type { CypherQuery } from './CypherQuery';
import type { Database } from './Database';

/** Splits a .cypher file into statements on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies every statement of `cypher/schema/*.cypher` in file-name order. The statements use
 * `IF NOT EXISTS`, so running this at every start is safe. Returns how many statements ran.
 */
export async function applySchema(db: Database, dir = path.join(projectRoot(), 'cypher', 'schema')): Promise<number> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  let count = 0;
  for (const file of files) {
    for (const statement of splitStatements(fs.readFileSync(path.join(dir, file), 'utf8'))) {
      await db.runSchemaStatement(statement);
      count += 1;
    }
  }
  await db.runSchemaStatement('CALL db.awaitIndexes(300)');
  return count;
}

/** Runs `drop` (a statement that drops one index) and applies the schema again, which builds that index anew and waits until it is online. */
export async function rebuildIndex(db: Database, drop: CypherQuery): Promise<void> {
  await db.runSchemaStatement(drop.text);
  await applySchema(db);
}
