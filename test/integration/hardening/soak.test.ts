import { runSoak, SOAK_WORKLOADS } from '../../../bench/soak/runSoak';
import { WORKLOADS } from '../../../bench/workloads/workloads';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { loadApiFixture } from '../../support/loadApiFixture';
import { testConfig } from '../../support/testConfig';

/**
 * The short form of `npm run soak`: the same mixed workload (resolution, search, chain, graph
 * queries of the bench) for a few seconds at saturation against the API fixture, in production
 * mode with the default limits. Any failed request fails the test.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 8);

describe('soak (short form)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig({ NODE_ENV: 'production' }), createLogger('silent'));
    await loadApiFixture(app.db);
  });
  afterAll(() => app.stop());

  it('serves a mixed workload at saturation with 0 errors and no runaway memory', async () => {
    const numbers = [1267, 1373, 2178, 2354];
    const searches = ['terrorist', 'Taliban OR funds', '"foreign terrorist fighters"', 'title:terrorist'];
    const bodies: string[] = [];
    const mix = WORKLOADS.filter((w) => SOAK_WORKLOADS.includes(w.id));
    expect(mix.map((w) => w.id).sort()).toEqual([...SOAK_WORKLOADS].sort());
    for (let v = 0; v < numbers.length; v++) {
      for (const w of mix) {
        const variables = w.id === 'search' ? { q: searches[v] } : { n: numbers[v] };
        bodies.push(JSON.stringify({ query: w.query, variables }));
      }
    }
    const result = await runSoak({ url: `${app.url}/graphql`, bodies, connections: 8, seconds: SECONDS, warmupSeconds: 2, rss: () => process.memoryUsage().rss });
    process.stderr.write(
      `[soak] ${result.requests} requests in ${result.seconds} s, errors ${result.errors}, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ` +
        `RSS ${result.rssStartMb} -> ${result.rssEndMb} MB (max ${result.rssMaxMb})\n`,
    );
    // No throughput floor: CI machines vary too much; the figures are printed above.
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    // The test process also holds jest and the load generator, so this only catches a runaway leak.
    expect(result.rssEndMb - result.rssStartMb).toBeLessThan(300);
  }, 120_000);
});
