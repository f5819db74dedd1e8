import path from 'node:path';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { applySchema } from '../../../src/db/applySchema';
import { ingestCorpus } from '../../../src/ingest/ingestCorpus';
import type { IngestSummary } from '../../../src/ingest/IngestSummary';
import { dumpGraph } from '../../support/dumpGraph';
import { emptyStore } from '../../support/emptyStore';
import { testConfig } from '../../support/testConfig';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const PATHS = ['data', 'crunsc', 'pages'].map((p) => path.join(FIX, p));

/**
 * A summary without what differs between any two runs (times, the version record's clock). The skipped records
 * are compared as reported: the report keeps them in place order (CappedReport), not in the order the slices
 * settled them (citations are settled per range of citing numbers, so their skips arrive range by range).
 */
const comparable = (s: IngestSummary) => ({
  ...s,
  durationMs: 0,
  rowsPerSecond: 0,
  timingsMs: {},
  dataset: s.dataset && { ...s.dataset, finishedAt: '' },
});

/**
 * The ingest holds one slice of resolution numbers at a time (src/ingest/ingestCorpus.ts). The slice size
 * must change nothing: with one resolution per slice every citation, page list, meeting link and mission
 * mandate crosses slices, and the graph and the report must equal those of a run with one slice for all.
 */
describe('ingest in slices', () => {
  let db: Database;

  beforeAll(() => {
    db = createDatabase(testConfig());
  });
  afterAll(() => db.close());

  it('writes the same graph and the same summary whatever the slice size, and a sliced rerun changes nothing', async () => {
    await emptyStore(db);
    await applySchema(db);
    const whole = await ingestCorpus({ paths: PATHS, db, progress: null, sliceSize: 1_000_000 });
    const graph = await dumpGraph(db);
    await emptyStore(db);
    const sliced = await ingestCorpus({ paths: PATHS, db, progress: null, sliceSize: 1 });
    expect(await dumpGraph(db)).toEqual(graph);
    expect(comparable(sliced)).toEqual(comparable(whole));
    expect(whole.graph?.relationships.CITES).toBeGreaterThan(0);
    expect(sliced.dataset?.resolutionsAdded).toBeGreaterThan(1);

    const rerun = await ingestCorpus({ paths: PATHS, db, progress: null, sliceSize: 1 });
    expect(rerun.dataset).toBeNull();
    expect(await dumpGraph(db)).toEqual(graph);
  }, 300_000);
});
