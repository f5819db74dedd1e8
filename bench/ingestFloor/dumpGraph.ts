import { cypher } from '../../src/db/CypherQuery';
import type { Database } from '../../src/db/Database';
import { NODE_KEYS, RELATIONSHIP_ENDS, type GraphDump } from './GraphDump';

/**
 * Reads a whole graph through the raw driver, keeping driver types (integers, dates), so writing it
 * back stores exactly what the ingest stored. Untimed: it only prepares the floor's input.
 */
export async function dumpGraph(db: Database): Promise<GraphDump> {
  const run = async (name: string, params: Record<string, unknown>) =>
    (await db.driver.executeQuery(cypher(name).text, params, { database: db.databaseName })).records.map((r) => r.toObject());
  const nodes: GraphDump['nodes'] = [];
  for (const { label, key } of NODE_KEYS) {
    nodes.push({ label, rows: (await run('bench/exportNodes', { label, key })) as GraphDump['nodes'][number]['rows'] });
  }
  const relationships: GraphDump['relationships'] = [];
  for (const { type, fromKey, toKey } of RELATIONSHIP_ENDS) {
    relationships.push({ type, rows: (await run('bench/exportRelationships', { type, fromKey, toKey })) as GraphDump['relationships'][number]['rows'] });
  }
  return { nodes, relationships };
}
