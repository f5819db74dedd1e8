import autocannon from 'autocannon';
import { startApp } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../helpers/testConfig';

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
