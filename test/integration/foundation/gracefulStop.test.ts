import autocannon from 'autocannon';
import { startApp } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { slowBodyRequest } from '../../support/slowBodyRequest';
import { testConfig } from '../../support/testConfig';

/**
 * app.stop() must drain, not wait out its grace period, while keep-alive clients go on sending.
 * Before the fix, a load generator's open sockets kept getting answers after server.close(), so a
 * loaded server always took the whole grace period (10 s in production) to stop.
 */
describe('app.stop() under keep-alive load', () => {
  it('ends once the requests in flight are answered, long before the grace period', async () => {
    const app = await startApp(testConfig(), createLogger('silent'));
    const load = autocannon({
      url: `${app.url}/graphql`,
      connections: 16,
      duration: 60,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A database round trip per request keeps every socket busy, as under real load.
      body: JSON.stringify({ query: '{ serverInfo { version counts { resolutions citations } } }' }),
    }, () => undefined);
    let answered = 0;
    load.on('response', () => (answered += 1));
    while (answered < 50) await new Promise((r) => setTimeout(r, 20));

    const started = Date.now();
    await app.stop(30_000);
    const stopMs = Date.now() - started;
    load.stop();

    expect(stopMs).toBeLessThan(10_000); // the 30 s grace period was not what ended it
  }, 60_000);
});

describe('app.stop() with a request in flight', () => {
  it('answers the request whose body is still arriving when the drain starts, then ends', async () => {
    const app = await startApp(testConfig(), createLogger('silent'));
    const received = new Promise<void>((resolve) => app.server.once('request', () => resolve()));
    const request = slowBodyRequest(`${app.url}/graphql`, { query: '{ serverInfo { neo4jEdition counts { resolutions } } }' });
    // The rest of the body only once the drain has begun.
    await received;
    const stopping = app.stop(30_000);
    await new Promise((r) => setTimeout(r, 300));
    request.finish();

    const res = await request.answer;
    expect(res.status).toBe(200);
    expect((JSON.parse(res.text) as { data: unknown }).data).toEqual({ serverInfo: { neo4jEdition: 'community', counts: { resolutions: expect.any(Number) } } });
    // It arrived before the drain, so its socket may stay open for keep-alive: the drain must still
    // end well inside the 30 s grace period.
    const started = Date.now();
    await stopping;
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
