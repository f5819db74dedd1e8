import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';

/** What `Query.serverInfo` hands to the ServerInfo field resolvers; the database is read only for the fields asked for. */
export interface ServerInfoModel {
  version: string;
}

const ComponentsRow = z.object({ version: z.string(), edition: z.string() });
const CountsRow = z.object({
  resolutions: z.number(),
  citations: z.number(),
  meetings: z.number(),
  members: z.number(),
  topics: z.number(),
  paragraphs: z.number(),
});

/** The Neo4j kernel's version and edition; `unknown` when the server does not say. */
export async function neo4jComponents(db: QueryRunner): Promise<z.infer<typeof ComponentsRow>> {
  return (await db.read(cypher('system/components'), {}, ComponentsRow))[0] ?? { version: 'unknown', edition: 'unknown' };
}

/** Node and relationship counts of the store. */
export async function storeCounts(db: QueryRunner): Promise<z.infer<typeof CountsRow>> {
  const [row] = await db.read(cypher('system/counts'), {}, CountsRow);
  if (!row) throw new Error('counts query returned no row');
  return row;
}
