import { spawn } from 'node:child_process';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import Parser from 'rss-parser';
import WebSocket from 'ws';
import { startApp, type App } from '../../../src/app/startApp';
import { applySchema } from '../../../src/db/applySchema';
import { ingestCorpus } from '../../../src/ingest/ingestCorpus';
import { createLogger } from '../../../src/logger';
import { compileEntries, type CompiledEntries } from '../../support/compileEntries';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const POLL_MS = 250;
/** How long an event may take: the watcher's interval, the event's own reads, and a loaded machine. */
const EVENT_MARGIN_MS = POLL_MS + 10_000;

interface Next<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Subscribes and collects every result; `next()` waits for the following one. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Array<Next<T>> = [];
  const waiters: Array<() => void> = [];
  let closedWith: unknown = null;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        results.push(value as Next<T>);
        waiters.splice(0).forEach((w) => w());
      },
      error: (err) => {
        closedWith = err;
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    results,
    dispose,
    get error() {
      return closedWith;
    },
    async next(count: number, timeoutMs: number): Promise<Array<Next<T>>> {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count && closedWith === null && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return results;
    },
  };
}

/**
 * The live corpus end to end against a real Neo4j: an ingest through the CLI (another process)
 * records a data version; the server's watcher notices it, subscriptions over WebSocket receive the
 * new citation and resolution, the Atom feed lists it, and the response cache stops serving the old answer.
 */
describe('live corpus: data version, response cache, subscriptions, feeds', () => {
  let app: App;
  let client: Client;
  let cli: string;
  let compiled: CompiledEntries | undefined;

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { cache: res.headers.get('x-response-cache'), body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: Record<string, unknown> } };
  };

  beforeAll(async () => {
    compiled = compileEntries('live-test', ['src/ingest/cli.ts']);
    cli = compiled.js('src/ingest/cli.ts');
    app = await startApp(testConfig({ DATA_VERSION_POLL_MS: String(POLL_MS), RESPONSE_CACHE_MAX_MB: '16' }), createLogger('silent'));
    await emptyStore(app.db);
    await applySchema(app.db);
    client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  }, 300_000);

  afterAll(async () => {
    await client?.dispose();
    await app?.stop();
    compiled?.remove();
  });

  it('records a data version per ingest that changes the graph, and none for a rerun', async () => {
    const first = await ingestCorpus({ paths: ['data', 'pages'].map((p) => path.join(FIX, p)), db: app.db, progress: null });
    expect(first.dataset).toMatchObject({ version: 1, resolutionsAdded: 7, resolutionsUpdated: 0 });
    expect(first.dataset?.citationsAdded).toBeGreaterThan(0);
    const rerun = await ingestCorpus({ paths: ['data', 'pages'].map((p) => path.join(FIX, p)), db: app.db, progress: null });
    expect(rerun.dataset).toBeNull();
    await app.watcher.poll();
    expect(app.watcher.version).toBe(1);
    const { body } = await post('{ dataVersion { version resolutionsAdded resolutionsUpdated citationsAdded finishedAt } }');
    expect(body.data?.dataVersion).toMatchObject({ version: 1, resolutionsAdded: 7, resolutionsUpdated: 0, citationsAdded: first.dataset?.citationsAdded });
  }, 120_000);

  it('serves a repeated query from the cache, marked hit, with its cost still reported', async () => {
    const query = '{ resolution(number: 2900) { citedByCount citedBy { edges { node { number } } } } }';
    const a = await post(query);
    const b = await post(query);
    expect([a.cache, b.cache]).toEqual(['miss', 'hit']);
    expect(b.body.data).toEqual(a.body.data);
    expect(b.body.extensions).toMatchObject({ responseCache: 'hit', cost: { requested: expect.any(Number) } });
    // Answers about the server itself are never cached.
    expect((await post('{ dataVersion { version } }')).cache).toBeNull();
  }, 60_000);

  it('tells a subscriber of citationAdded(to: 2900) when a page ingested by the CLI cites it; the feed lists it, the cache is not stale', async () => {
    const cachedQuery = '{ resolution(number: 2900) { citedByCount citedBy { edges { node { number } } } } }';
    const before = await post(cachedQuery);
    expect(before.cache).toBe('hit');
    expect(before.body.data).toEqual({ resolution: { citedByCount: 0, citedBy: { edges: [] } } });

    const citations = collect<{ citationAdded: { citing: { number: number; symbol: string }; cited: { number: number }; verb: string | null; paragraph: string | null; version: number } }>(
      client,
      'subscription { citationAdded(to: 2900) { citing { number symbol } cited { number } verb paragraph version } }',
    );
    const added = collect<{ resolutionAdded: { number: number; year: number } }>(client, 'subscription { resolutionAdded(filter: { year: 2018 }) { number year } }');
    const none = collect<{ resolutionAdded: { number: number } }>(client, 'subscription { resolutionAdded(filter: { year: 1999 }) { number } }');
    const mandates = collect<{ mandateChanged: { resolution: { number: number }; change: { mission: { acronym: string | null }; action: string; until: string | null; paragraph: string }; version: number } }>(
      client,
      'subscription { mandateChanged(mission: "unfom") { resolution { number } change { mission { acronym } action until paragraph } version } }',
    );
    const otherMission = collect(client, 'subscription { mandateChanged(mission: "UNMISS") { version } }');
    await new Promise((r) => setTimeout(r, 300)); // let the subscribe messages reach the server

    const child = spawn(process.execPath, [cli, path.join(FIX, 'pages-later'), path.join(FIX, 'pages-mission')], {
      env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD, LOG_LEVEL: 'silent', DATA_DIR: '', SEEDS_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(output).toMatch(/Data version 2: 2 resolutions added/);
    const ingested = Date.now();

    const [event] = await citations.next(1, EVENT_MARGIN_MS);
    const waited = Date.now() - ingested;
    expect(citations.error).toBeNull();
    expect(event).toEqual({ data: { citationAdded: { citing: { number: 2901, symbol: 'S/RES/2901 (2018)' }, cited: { number: 2900 }, verb: 'recalls', paragraph: expect.any(String), version: 2 } } });
    process.stderr.write(`[live] citationAdded arrived ${waited} ms after the CLI exited (poll interval ${POLL_MS} ms)\n`);
    const addedNumbers = (await added.next(2, EVENT_MARGIN_MS)).map((r) => r.data?.resolutionAdded);
    expect(addedNumbers.sort((a, b) => (a?.number ?? 0) - (b?.number ?? 0))).toEqual([
      { number: 2901, year: 2018 },
      { number: 2902, year: 2018 },
    ]);
    expect(await mandates.next(1, EVENT_MARGIN_MS)).toEqual([
      { data: { mandateChanged: { resolution: { number: 2902 }, change: { mission: { acronym: 'UNFOM' }, action: 'ESTABLISHES', until: '2018-10-31', paragraph: 'op 1' }, version: 2 } } },
    ]);
    expect(none.results).toEqual([]);
    expect(otherMission.results).toEqual([]);
    [citations, added, none, mandates, otherMission].forEach((s) => s.dispose());

    // The server already knows version 2 (the event came from it): the cached answer is not served.
    const after = await post(cachedQuery);
    expect(after.cache).toBe('miss');
    expect(after.body.data).toEqual({ resolution: { citedByCount: 1, citedBy: { edges: [{ node: { number: 2901 } }] } } });

    const res = await fetch(`${app.url}/feeds/cited-by/2900.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^W\/"v2-/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300'); // CACHE_MAX_AGE's default
    const feed = await new Parser().parseString(await res.text());
    expect(feed.title).toBe('Resolutions citing S/RES/2900 (2017) (Threats to international peace and security caused by terrorist acts)');
    expect(feed.items.map((i) => [i.title, i.link, i.isoDate])).toEqual([
      ['S/RES/2901 (2018): Threats to international peace and security caused by terrorist acts', `${app.url}/explore/resolution/2901`, '2018-03-15T00:00:00.000Z'],
    ]);
    expect(feed.items[0]?.summary ?? feed.items[0]?.contentSnippet).toMatch(/2900 \(2017\)/);
    const again = await fetch(`${app.url}/feeds/cited-by/2900.atom`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);

    const missionFeed = await fetch(`${app.url}/feeds/mission/UNFOM.atom`);
    expect(missionFeed.status).toBe(200);
    const mission = await new Parser().parseString(await missionFeed.text());
    expect(mission.title).toBe('Mandate of UNFOM (United Nations Fixture Observer Mission)');
    expect(mission.items.map((i) => [i.title, i.link])).toEqual([['S/RES/2902 (2018) establishes UNFOM until 2018-10-31', `${app.url}/explore/resolution/2902`]]);
    expect((await fetch(`${app.url}/feeds/mission/NOSUCH.atom`)).status).toBe(404);
  }, 300_000);

  it('answers bad feed and subscription input with stable codes', async () => {
    const unknown = await fetch(`${app.url}/feeds/cited-by/99999.atom`);
    expect([unknown.status, ((await unknown.json()) as { error: string }).error]).toEqual([404, 'NOT_FOUND']);
    const badSearch = await fetch(`${app.url}/feeds/search.atom?q=${encodeURIComponent('"unclosed')}`);
    expect([badSearch.status, ((await badSearch.json()) as { error: string }).error]).toEqual([400, 'BAD_USER_INPUT']);
    const tooDeep = collect(client, `subscription { citationAdded(to: 2900) { citing { cites { edges { node { cites { edges { node { cites { edges { node { cites { edges { node { number } } } } } } } } } } } } } } }`);
    const [result] = await tooDeep.next(1, 5_000);
    expect(result?.errors?.[0]?.extensions?.code ?? (tooDeep.error as Array<{ extensions?: { code?: string } }>)?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const overHttp = await post('subscription { citationAdded(to: 2900) { version } }');
    expect(overHttp.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/WebSocket/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  }, 60_000);

  it('lists the newest matches of a search in its feed, valid Atom with the required elements', async () => {
    const res = await fetch(`${app.url}/feeds/search.atom?q=terrorist`);
    const text = await res.text();
    expect({ status: res.status, body: res.status === 200 ? '' : text }).toEqual({ status: 200, body: '' });
    const feed = await new Parser().parseString(text);
    const numbers = feed.items.map((i) => Number(/\/resolution\/(\d+)$/.exec(i.link ?? '')?.[1]));
    expect(numbers.length).toBeGreaterThan(1);
    const dates = feed.items.map((i) => i.isoDate ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const element of ['<id>', '<title type="text">', '<updated>', '<author><name>unsc-graph</name></author>', 'rel="self"']) expect(text).toContain(element);
    expect(feed.items.every((i) => i.id && i.title && i.isoDate)).toBe(true);
  }, 60_000);
});
