import { startApp, type App } from '../../../src/app/startApp';
import { IngestStatus } from '../../../src/ingest/IngestStatus';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../helpers/testConfig';

describe('/readyz while the initial ingest runs', () => {
  let app: App;
  const status = new IngestStatus();
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
    status.finish('done', 2799);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
