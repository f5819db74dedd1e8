import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Neo4jStartError, startNeo4j } from '../../../src/launcher/startNeo4j';
import { compileEntries, type CompiledEntries } from '../../support/compileEntries';
import { slowBodyRequest } from '../../support/slowBodyRequest';
import { TEST_PASSWORD } from '../../support/testNeo4j';

const FIXTURE_DATA = path.join(__dirname, '..', '..', 'fixtures', 'ingest', 'data');
/** src/serve.ts (started by src/main.ts) stops Neo4j and exits 1 when a drain takes longer than this. */
const SHUTDOWN_DEADLINE_MS = 20_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

/** How a launcher that must not start failed (null if it started after all: then it is stopped). */
const launcherFailure = (options: Parameters<typeof startNeo4j>[0]) =>
  startNeo4j(options).then(
    async (h) => {
      await h.stop();
      return null;
    },
    (e: unknown) => e,
  );

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie is dead too: it only waits for its parent to read its status.
  const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
};

/**
 * `npm start` as users run it: the built src/main.ts, with no NEO4J_URI, so it starts its own Neo4j
 * through the launcher on an empty store, loads the corpus (a small fixture DATA_DIR) by itself, and
 * on SIGTERM answers the requests in flight, stops Neo4j and exits 0 within its deadline. While it
 * runs, a second launcher on its store or its Bolt port exits with store_locked / port_in_use.
 */
describe('npm start (built src/main.ts, its own Neo4j)', () => {
  let compiled: CompiledEntries;
  let child: ChildProcess;
  let homeDir: string;
  let boltPort: number;
  let seeds: string;
  let url = '';
  const logs: Array<Record<string, unknown>> = [];
  const waiters: Array<{ test: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  const waitForLog = (test: (l: Record<string, unknown>) => boolean, ms: number, what: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const hit = logs.find(test);
      if (hit) return resolve(hit);
      const timer = setTimeout(() => reject(new Error(`no log line "${what}" within ${ms} ms; last lines: ${JSON.stringify(logs.slice(-5))}`)), ms);
      waiters.push({ test, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  const exited = () => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

  beforeAll(async () => {
    compiled = compileEntries('npm-start-test', ['src/main.ts']);
    homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-npm-start-'));
    boltPort = await freePort();
    seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-npm-start-seeds-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NEO4J_PASSWORD: TEST_PASSWORD, NEO4J_HOME_DIR: homeDir, NEO4J_BOLT_PORT: String(boltPort), NEO4J_HEAP: '512m', DATA_DIR: FIXTURE_DATA, SEEDS_DIR: seeds, AUTO_INGEST: 'true' };
    delete env.NEO4J_URI;
    child = spawn(process.execPath, [compiled.js('src/main.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        let rec: Record<string, unknown>;
        try {
          rec = JSON.parse(line) as Record<string, unknown>;
        } catch {
          rec = { raw: line };
        }
        logs.push(rec);
        for (const w of waiters.filter((x) => x.test(rec))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      });
    }
    // An exit before it listens (e.g. exit 3: the launcher was not ready within main's 180 s) fails at once.
    const died = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before listening; last lines: ${JSON.stringify(logs.slice(-5))}`))));
    died.catch(() => undefined);
    const listening = await Promise.race([waitForLog((l) => String(l.msg).startsWith('GraphQL server listening'), 600_000, 'GraphQL server listening'), died]);
    url = String(listening.url).replace(/\/graphql$/, '');
  }, 660_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited();
    }
    compiled?.remove();
    for (const dir of [homeDir, seeds]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the corpus into the empty graph by itself (auto-ingest)', async () => {
    await waitForLog((l) => l.msg === 'empty graph: ingesting the default corpus', 300_000, 'empty graph: ingesting');
    const done = await waitForLog((l) => l.msg === 'initial ingest finished' || l.msg === 'initial ingest failed; serving the graph as it is', 300_000, 'initial ingest finished');
    expect(done.msg).toBe('initial ingest finished');
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ serverInfo { counts { resolutions } } resolution(number: 2178) { number } }' }) });
    const body = (await res.json()) as { data: { serverInfo: { counts: { resolutions: number } }; resolution: { number: number } | null } };
    // test/fixtures/ingest/data/resolutions.jsonl has six resolutions, 2178 among them.
    expect(body.data.serverInfo.counts.resolutions).toBe(6);
    expect(body.data.resolution).toEqual({ number: 2178 });
  }, 660_000);

  it('a second launcher on its store exits 4 (store_locked)', async () => {
    const err = await launcherFailure({ homeDir, port: 0, password: TEST_PASSWORD, heap: '256m', readyTimeoutMs: 300_000 });
    expect(err).toBeInstanceOf(Neo4jStartError);
    expect(err).toMatchObject({ reason: 'store_locked', exitCode: 4 });
  }, 300_000);

  it('a launcher on its Bolt port exits 3 (port_in_use)', async () => {
    const otherHome = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-npm-start-other-'));
    try {
      const err = await launcherFailure({ homeDir: otherHome, port: boltPort, password: TEST_PASSWORD, heap: '256m', readyTimeoutMs: 300_000 });
      expect(err).toBeInstanceOf(Neo4jStartError);
      expect(err).toMatchObject({ reason: 'port_in_use', exitCode: 3 });
    } finally {
      fs.rmSync(otherHome, { recursive: true, force: true });
    }
  }, 300_000);

  it('on SIGTERM answers the request in flight, stops its Neo4j and exits 0 within the deadline', async () => {
    const children = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    expect(children.length).toBeGreaterThan(0); // the launcher (db/run.sh execs java)
    const launcherPids = children.filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.unscgraph.db.Launcher'));
    expect(launcherPids).toHaveLength(1);

    // A request whose body is still arriving when SIGTERM comes: its answer must still arrive.
    const request = slowBodyRequest(`${url}/graphql`, { query: '{ resolution(number: 2178) { number symbol } }' });
    await new Promise((r) => setTimeout(r, 300));

    const signalled = Date.now();
    const exit = exited();
    child.kill('SIGTERM');
    await waitForLog((l) => l.msg === 'shutting down', 10_000, 'shutting down');
    await new Promise((r) => setTimeout(r, 300));
    request.finish();

    const res = await request.answer;
    expect(res.status).toBe(200);
    expect((JSON.parse(res.text) as { data: unknown }).data).toEqual({ resolution: { number: 2178, symbol: 'S/RES/2178 (2014)' } });
    const code = await Promise.race([exit, new Promise<'late'>((r) => setTimeout(() => r('late'), SHUTDOWN_DEADLINE_MS + 5_000))]);
    const ms = Date.now() - signalled;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(SHUTDOWN_DEADLINE_MS);
    expect(logs.some((l) => l.msg === 'stopped')).toBe(true);
    // No launcher (JVM) left behind.
    expect(launcherPids.filter(alive)).toEqual([]);
    process.stderr.write(`[npm start] SIGTERM with a request in flight: exit 0 after ${ms} ms\n`);
  }, 120_000);
});
