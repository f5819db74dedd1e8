import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { applySchema } from '../../../src/db/applySchema';
import { ingestCorpus } from '../../../src/ingest/ingestCorpus';
import { PAGE_2900_CITES } from '../../support/page2900Cites';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

// Issue 12: a page ingested while the corpus is still loading lost its edges to resolutions not yet loaded
// ("resolution 2370 is not in the graph"). Here page 2900 cites 1267, 1373, 1989, 2178, 2253 and 2379 (text and
// its Related list), and the data directory brings those resolutions.
const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const q = (name: string, text: string) => ({ name: `test/${name}`, text });

describe('citations of a page ingested before the resolutions it cites', () => {
  let db: Database;
  const run = (...paths: string[]) => ingestCorpus({ paths: paths.map((p) => path.join(FIX, p)), db, progress: null, batchSize: 4 });
  const citesOf2900 = async () =>
    (
      await db.read(
        q('cites2900', 'MATCH (:Resolution {number: 2900})-[c:CITES]->(b:Resolution) RETURN b.number AS to, c.sources AS sources, c.paragraph AS paragraph ORDER BY to'),
        {},
        z.object({ to: z.number(), sources: z.array(z.string()), paragraph: z.string().nullable() }),
      )
    ).map((c) => [c.to, c.sources]);
  const pending = async () =>
    (await db.read(q('pending', 'MATCH (p:PendingCitation) RETURN p.key AS key ORDER BY key'), {}, z.object({ key: z.string() }))).map((p) => p.key);
  const reset = async () => {
    await emptyStore(db);
    await applySchema(db);
  };

  beforeAll(() => {
    db = createDatabase(testConfig());
  });
  afterAll(() => db.close());

  it('reports the edges, keeps them pending, and makes them when a later run brings the cited resolutions', async () => {
    await reset();
    const page = await run('pages');
    const reasons = page.skipped.items.map((s) => s.reason);
    expect(reasons).toContain('edge 2900 -> 2379: resolution 2379 is not in the graph (kept pending)');
    expect(page.rejectedMentions.items).toEqual(expect.arrayContaining([expect.objectContaining({ citing: 2900, number: 2379, reason: 'unknown resolution number' })]));
    expect(await citesOf2900()).toEqual([]);
    expect(await pending()).toEqual(expect.arrayContaining(['2900>1267>page', '2900>1267>text', '2900>1989>text', '2900>2379>page', '2900>2379>text']));

    await run('data');
    expect(await citesOf2900()).toEqual(PAGE_2900_CITES);
    const detail = await db.read(q('detail', 'MATCH (:Resolution {number: 2900})-[c:CITES]->(:Resolution {number: 2379}) RETURN c.verb AS verb, c.paragraph AS paragraph, c.mentions AS mentions'), {}, z.object({ verb: z.string().nullable(), paragraph: z.string().nullable(), mentions: z.number() }));
    expect(detail).toEqual([{ verb: 'recalls', paragraph: 'pp 2', mentions: 2 }]);
    // The page's "Quoted in" list names 2901, which no run has brought: that one stays pending.
    expect(await pending()).toEqual(['2901>2900>page']);
  });

  it('keeps the edges when the page is ingested while the corpus load runs', async () => {
    await reset();
    // The two runs overlap: each reads the catalogue before the other has written, as the server's first load and
    // a page posted meanwhile do. Whichever finishes last finds both ends of the pending citations.
    await Promise.all([run('data'), run('pages')]);
    expect(await citesOf2900()).toEqual(PAGE_2900_CITES);
    expect(await pending()).toEqual(['2901>2900>page']);
  });

  it('keeps a citation of a resolution that never arrives pending, without an edge', async () => {
    await reset();
    await run('data');
    const later = await run('pages-later');
    expect(later.skipped.items.map((s) => s.reason)).toContain('edge 2901 -> 2900: resolution 2900 is not in the graph (kept pending)');
    expect(await pending()).toEqual(['2901>2900>text']);
    await run('pages');
    expect(await pending()).toEqual([]);
    const edge = await db.read(q('edge', 'MATCH (:Resolution {number: 2901})-[c:CITES]->(:Resolution {number: 2900}) RETURN c.sources AS sources'), {}, z.object({ sources: z.array(z.string()) }));
    expect(edge).toEqual([{ sources: ['text', 'page'] }]);
  });
});
