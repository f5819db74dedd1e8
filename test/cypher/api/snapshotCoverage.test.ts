import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';

/**
 * The snapshot tier covers every query the API sends: each `.cypher` file under cypher/ must appear,
 * by name, in the snapshots of queries.test.ts. Some folders run elsewhere, against a real Neo4j,
 * and are not snapshotted: `schema/` (applySchema: test/unit/db, test/integration), `ingest/` and
 * `dataset/` (written by the ingest; the ingest tests compare whole graph dumps and data versions:
 * test/integration/ingest, test/integration/live), `live/` and `feed/` (subscriptions and Atom feeds,
 * outside GraphQL-over-HTTP: test/integration/live) and `bench/` (the benchmarks). `fragments/` are
 * not queries: they are expanded into the queries that name them, whose snapshots hold them.
 */
const RUN_ELSEWHERE = ['schema', 'ingest', 'dataset', 'live', 'feed', 'bench', 'fragments'];

function cypherNames(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return cypherNames(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.cypher') ? [`${prefix}${e.name.slice(0, -'.cypher'.length)}`] : [];
  });
}

describe('Cypher snapshot coverage', () => {
  const root = path.join(projectRoot(), 'cypher');
  const snapshot = fs.readFileSync(path.join(__dirname, '__snapshots__', 'queries.test.ts.snap'), 'utf8');
  // Names as recorded, without the `~direction` of a file written for both directions, the `@depth` suffix
  // of withLiteralDepth or the `#keys` of a pruned projection.
  const snapshotted = new Set([...snapshot.matchAll(/"name": "([^"@#~]+)(?:[~@#][^"]*)?"/g)].map((m) => m[1]!));

  it('snapshots every API query file', () => {
    const api = cypherNames(root).filter((n) => !RUN_ELSEWHERE.includes(n.split('/')[0]!));
    expect(api.length).toBeGreaterThan(40);
    expect(api.filter((n) => !snapshotted.has(n))).toEqual([]);
  });

  it('snapshots no query that has no file', () => {
    const files = new Set(cypherNames(root));
    expect([...snapshotted].filter((n) => !files.has(n))).toEqual([]);
  });
});
