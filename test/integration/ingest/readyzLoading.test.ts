import { startApp, type App } from '../../../src/app/startApp';
import { ingestStatus as status } from '../../../src/ingest/IngestStatus';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';

describe('/readyz and serverInfo.ingest while the initial ingest runs', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig(), createLogger('silent'), undefined, { loading: () => status.loadingReport() });
  });
  afterAll(() => app.stop());

  it('answers 503 {status: "loading", progress} until the ingest is over, then 200', async () => {
    status.start();
    status.noteProgress('[ingest] resolutions  [####....................] 500/2799 17%');
    const loading = await fetch(`${app.url}/readyz`);
    expect(loading.status).toBe(503);
    expect(await loading.json()).toMatchObject({ status: 'loading', error: 'SERVICE_UNAVAILABLE', progress: { step: 'resolutions', done: 500, total: 2799 } });
    const info = async () =>
      ((await (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ serverInfo { ingest { state startedAt finishedAt resolutions } } }' }) })).json()) as {
        data: { serverInfo: { ingest: Record<string, unknown> } };
      }).data.serverInfo.ingest;
    expect(await info()).toEqual({ state: 'loading', startedAt: status.startedAt, finishedAt: null, resolutions: null });
    status.finish('done', 2799);
    expect(await info()).toMatchObject({ state: 'done', resolutions: 2799, finishedAt: expect.any(String) });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
