import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';

/**
 * The snapshot tier covers every query the API sends: each `.cypher` file under cypher/ must appear,
 * by name, in the snapshots of queries.test.ts. Three folders run elsewhere, against a real Neo4j,
 * and are not snapshotted: `schema/` (applySchema: test/unit/db, test/integration), `ingest/` (the
 * ingest tests compare whole graph dumps: test/integration/ingest) and `bench/` (the benchmarks).
 */
const RUN_ELSEWHERE = ['schema', 'ingest', 'bench'];

function cypherNames(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return cypherNames(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.cypher') ? [`${prefix}${e.name.slice(0, -'.cypher'.length)}`] : [];
  });
}

describe('Cypher snapshot coverage', () => {
  const root = path.join(projectRoot(), 'cypher');
  const snapshot = fs.readFileSync(path.join(__dirname, '__snapshots__', 'queries.test.ts.snap'), 'utf8');
  // Names as recorded, without the `@depth` suffix of withLiteralDepth.
  const snapshotted = new Set([...snapshot.matchAll(/"name": "([^"@]+)(?:@\d+)?"/g)].map((m) => m[1]!));

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
