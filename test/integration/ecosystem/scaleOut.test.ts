import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { compileEntries, type CompiledEntries } from '../../support/compileEntries';
import { testConfig } from '../../support/testConfig';
import { loadApiFixture } from '../../support/loadApiFixture';

/**
 * Scale-out on one machine: the suite's Neo4j (our launcher's, Community) reached through a `neo4j://`
 * routing URI, and two separate API processes (`node dist/src/main.js`, as `npm start` runs it) against
 * it, answering the same queries the same way. A cluster or Aura is the same driver path with more servers.
 */
const hostPort = () => new URL(process.env.NEO4J_TEST_URI!.replace(/^bolt/, 'http')).host;
const routingUri = () => `neo4j://${hostPort()}`;

interface Replica {
  child: ChildProcess;
  url: string;
  log: string[];
}

function startReplica(mainJs: string): Promise<Replica> {
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: routingUri(),
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
      PORT: '0',
      AUTO_INGEST: 'false',
      LOG_LEVEL: 'info',
      DATA_DIR: '',
      SEEDS_DIR: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start: ${log.join('\n')}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log.push(line);
        const url = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve({ child, url, log });
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`replica exited ${code}: ${log.join('\n')}`)));
  });
}

async function post(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

describe('scale-out: neo4j:// routing and two API replicas on one Neo4j', () => {
  let db: Database;
  let compiled: CompiledEntries | undefined;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    db = createDatabase(testConfig({ NEO4J_URI: routingUri() }));
    // The fixture is written through the routing driver: writes go to the routing table's writer.
    await loadApiFixture(db);
    compiled = compileEntries('scale-test', ['src/main.ts']);
    const main = compiled.js('src/main.ts');
    replicas.push(...(await Promise.all([startReplica(main), startReplica(main)])));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(
      replicas.map((r) => new Promise((resolve) => (r.child.exitCode !== null ? resolve(null) : (r.child.once('exit', resolve), r.child.kill('SIGTERM'))))),
    );
    await db.close();
    compiled?.remove();
  });

  it('gets a routing table from the single Community server and runs reads and writes through it', async () => {
    const driver = neo4j.driver(routingUri(), neo4j.auth.basic('neo4j', process.env.NEO4J_TEST_PASSWORD!));
    try {
      // What the driver asks on connect (it sends the address it dialled as routing context).
      const table = await driver.executeQuery('CALL dbms.routing.getRoutingTable($context, $db)', { context: { address: hostPort() }, db: 'neo4j' }, { routing: neo4j.routing.READ });
      const servers = table.records[0]!.get('servers') as Array<{ role: string; addresses: string[] }>;
      expect(Object.fromEntries(servers.map((s) => [s.role, s.addresses]))).toEqual({ WRITE: [hostPort()], READ: [hostPort()], ROUTE: [hostPort()] });
      const read = await driver.executeQuery('MATCH (r:Resolution {number: 2396}) RETURN r.symbol AS symbol', {}, { routing: neo4j.routing.READ });
      expect(read.records[0]!.get('symbol')).toBe('S/RES/2396 (2017)');
    } finally {
      await driver.close();
    }
    // Our Database class over the same routing URI (every API read runs in a READ session).
    expect((await db.verifyConnectivity()).agent).toMatch(/^Neo4j\/5\.26/);
  });

  it('starts two replicas in production mode, both ready, and says so in the startup log', async () => {
    expect(replicas).toHaveLength(2);
    expect(new Set(replicas.map((r) => r.url)).size).toBe(2);
    for (const r of replicas) {
      // A replica listens before Neo4j has answered and the schema is applied (/readyz says 503 until
      // then, by design), so readiness is awaited, as a load balancer's health check would.
      let ready = await fetch(`${r.url}/readyz`);
      for (const deadline = Date.now() + 60_000; ready.status === 503 && Date.now() < deadline; ready = await fetch(`${r.url}/readyz`)) {
        await new Promise((res) => setTimeout(res, 250));
      }
      expect(ready.status).toBe(200);
      const listening = r.log.find((l) => l.includes('GraphQL server listening'))!;
      expect(JSON.parse(listening)).toMatchObject({ mode: 'production', stackTraces: false, introspection: true, playground: true });
    }
  });

  it('answers the same queries the same way from both replicas, node IDs included', async () => {
    const queries = [
      '{ resolution(number: 2396) { id symbol title cites(first: 5) { totalCount edges { verb node { id number } } } citedBy { totalCount } } }',
      '{ search(query: "terrorist fighters", first: 5) { totalCount edges { node { score resolution { number } } } } }',
      '{ citationChain(number: 2396, direction: CITES, maxDepth: 2) { totalCount entries { distance resolution { number } } } }',
      '{ meetings(first: 5) { totalCount edges { node { id symbol date } } } }',
      '{ topics(first: 5) { edges { node { id key resolutionCount } } } members(permanent: true) { id code } }',
    ];
    for (const query of queries) {
      const [a, b] = await Promise.all(replicas.map((r) => post(r.url, { query })));
      expect(a).not.toHaveProperty('errors');
      expect(b).toEqual(a);
    }
    // An ID one replica issued is resolved by the other: nothing lives in a process.
    const first = (await post(replicas[0]!.url, { query: '{ resolution(number: 82) { id } }' })) as { data: { resolution: { id: string } } };
    const viaOther = await post(replicas[1]!.url, { query: 'query ($id: ID!) { node(id: $id) { ... on Resolution { number } } }', variables: { id: first.data.resolution.id } });
    expect(viaOther).toMatchObject({ data: { node: { number: 82 } } });
  });

  it('keeps persisted queries per replica: the other one asks for the query once', async () => {
    const query = '{ resolution(number: 1373) { number year } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    expect(await post(replicas[0]!.url, { query, extensions })).toMatchObject({ data: { resolution: { number: 1373 } } });
    expect(await post(replicas[0]!.url, { extensions })).toMatchObject({ data: { resolution: { number: 1373 } } });
    expect(await post(replicas[1]!.url, { extensions })).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  });
});
