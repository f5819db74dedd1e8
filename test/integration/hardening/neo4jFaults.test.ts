import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { connectWithRetry, type DatabaseReadiness } from '../../../src/app/connectWithRetry';
import { createDatabase, startApp, type App } from '../../../src/app/startApp';
import { startNeo4j, type Neo4jHandle } from '../../../src/launcher/startNeo4j';
import { TEST_PASSWORD } from '../../support/testNeo4j';
import { testConfig } from '../../support/testConfig';
import { postGraphql } from '../../support/postGraphql';

/** A port nobody listens on right now; Neo4j is started on it later, twice. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const QUERY = { query: '{ serverInfo { neo4jVersion } }' };

/**
 * The real launcher, on a port and store of this test's own (not the suite's shared database):
 * the server starts with Neo4j down, comes up when Neo4j does, fails fast while Neo4j is stopped,
 * and recovers when it is back, all without a restart.
 */
describe('Neo4j faults', () => {
  let port: number;
  let homeDir: string;
  let neo4j: Neo4jHandle | undefined;
  let app: App | undefined;
  let readiness: DatabaseReadiness | undefined;
  const logLines: Array<Record<string, unknown>> = [];
  const failFastMs: number[] = [];

  const start = () => startNeo4j({ homeDir, port, password: TEST_PASSWORD, watchParent: true, pageCacheMb: 64, heap: '512m' });
  const timedQuery = async () => {
    const started = Date.now();
    const res = await postGraphql(app!.url, QUERY);
    return { ...res, ms: Date.now() - started };
  };

  beforeAll(async () => {
    port = await freePort();
    homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-neo4j-faults-'));
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
    const config = testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_CONNECT_TIMEOUT_MS: '2000' });
    const db = createDatabase(config, logger);
    readiness = connectWithRetry({ db, logger, initialDelayMs: 200, maxDelayMs: 1000 });
    app = await startApp(config, logger, db, { isReady: readiness.isReady });
  });

  afterAll(async () => {
    process.stderr.write(`[neo4jFaults] SERVICE_UNAVAILABLE answered in ${failFastMs.join(', ')} ms\n`);
    readiness?.stop();
    await app?.stop();
    await neo4j?.stop();
    fs.rmSync(homeDir, { recursive: true, force: true });
  });

  it('starts while Neo4j is down: /healthz 200, /readyz 503, queries fail fast with SERVICE_UNAVAILABLE, retries are logged', async () => {
    expect((await fetch(`${app!.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app!.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', error: 'SERVICE_UNAVAILABLE' });

    const res = await timedQuery();
    expect(res.status).toBe(200);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.ms).toBeLessThan(5_000);
    failFastMs.push(res.ms);

    await waitFor('two logged retries', () => logLines.filter((l) => l.msg === 'Neo4j not reachable yet; retrying').length >= 2, 20_000);
    const retries = logLines.filter((l) => l.msg === 'Neo4j not reachable yet; retrying');
    expect(retries[0]).toMatchObject({ level: 40, attempt: 1, code: 'SERVICE_UNAVAILABLE' });
    expect(Number(retries[1]!.retryInMs)).toBeGreaterThan(Number(retries[0]!.retryInMs) * 0.9);
  }, 60_000);

  it('becomes ready by itself once Neo4j starts, with the schema applied', async () => {
    neo4j = await start();
    await readiness!.ready;
    expect(logLines.some((l) => l.msg === 'Neo4j connected, schema applied' && Number(l.schemaStatements) > 0)).toBe(true);
    // The store is new and the server retried all through its creation: the launcher seeds the
    // password first, so no attempt met the default one and tripped the brute-force lock.
    expect(logLines.filter((l) => /authentication/i.test(JSON.stringify(l)))).toEqual([]);
    expect((await fetch(`${app!.url}/readyz`)).status).toBe(200);
    const res = await timedQuery();
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data).toEqual({ serverInfo: { neo4jVersion: expect.stringMatching(/^5\.26\./) } });
  }, 300_000);

  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is stopped, and /readyz says 503', async () => {
    await neo4j!.stop();
    neo4j = undefined;
    for (let i = 0; i < 3; i++) {
      const res = await timedQuery();
      expect(res.status).toBe(200);
      expect(res.json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.json.errors?.[0]?.message).not.toMatch(/bolt|ECONNREFUSED|neo4j-driver/i);
      expect(res.ms).toBeLessThan(5_000);
      failFastMs.push(res.ms);
    }
    expect((await fetch(`${app!.url}/readyz`)).status).toBe(503);
  }, 120_000);

  it('recovers without a restart when Neo4j is back on the same port and store', async () => {
    neo4j = await start();
    await waitFor('/readyz 200', async () => (await fetch(`${app!.url}/readyz`)).status === 200, 30_000);
    const res = await timedQuery();
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data).toEqual({ serverInfo: { neo4jVersion: expect.stringMatching(/^5\.26\./) } });
  }, 300_000);
});
