import { IngestStatus } from '../../../src/ingest/IngestStatus';

describe('IngestStatus', () => {
  it('reports loading with the progress of the ingest lines, then nothing once done', () => {
    const s = new IngestStatus();
    expect(s.loadingReport()).toBeNull();
    s.start();
    s.noteProgress('[ingest] paragraphs   [###################.....] 2200/2767 80% 10/s ETA 54.0s');
    expect(s.loadingReport()).toEqual({ status: 'loading', startedAt: s.startedAt, progress: { step: 'paragraphs', done: 2200, total: 2767 } });
    s.noteProgress('some other log line');
    expect(s.progress).toEqual({ step: 'paragraphs', done: 2200, total: 2767 });
    s.finish('done', 2799);
    expect(s.loadingReport()).toBeNull();
    expect([s.state, s.resolutions, typeof s.finishedAt]).toEqual(['done', 2799, 'string']);
  });
});
