import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { applySchema } from '../../../src/db/applySchema';
import { ingestCorpus } from '../../../src/ingest/ingestCorpus';
import { dumpGraph } from '../../support/dumpGraph';
import { PAGE_2900_CITES } from '../../support/page2900Cites';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const q = (name: string, text: string) => ({ name: `test/${name}`, text });

const CiteRow = z.object({ from: z.number(), to: z.number(), source: z.string(), sources: z.array(z.string()), verb: z.string().nullable(), paragraph: z.string().nullable(), context: z.string().nullable(), mentions: z.number() });

describe('ingest of the fixture corpus into Neo4j', () => {
  let db: Database;
  const run = (...paths: string[]) => ingestCorpus({ paths: paths.map((p) => path.join(FIX, p)), db, progress: null, batchSize: 4 });
  const cites = (where: string, params: Record<string, unknown> = {}) =>
    db.read(q('cites', `MATCH (a:Resolution)-[c:CITES]->(b:Resolution) WHERE ${where} RETURN a.number AS from, b.number AS to, c.source AS source, c.sources AS sources, c.verb AS verb, c.paragraph AS paragraph, c.context AS context, c.mentions AS mentions ORDER BY from, to`), params, CiteRow);

  beforeAll(async () => {
    db = createDatabase(testConfig());
    await emptyStore(db);
    await applySchema(db);
  });
  afterAll(() => db.close());

  it('loads a data directory and CR-UNSC texts: nodes by label, relationships by type, skipped records', async () => {
    const s = await run('data', 'crunsc');
    expect(s.graph?.labels).toEqual({ Meeting: 8, Member: 11, Paragraph: 16, PendingCitation: 1, Resolution: 6, Topic: 5 });
    // A first load builds the plain-words index again once its citing texts are written.
    expect(s.timingsMs.rankedIndex).toEqual(expect.any(Number));
    expect(s.graph?.relationships).toEqual({ ADOPTED_AT: 6, CITES: 8, HAS_PARAGRAPH: 16, HAS_TOPIC: 11, SAT_ON: 36 });
    expect(s.graph?.citationsByPreferredSource).toEqual({ text: 6, uniteideas_arcs_2015: 2 });
    expect(s.skipped.items.map((i) => `${path.basename(i.file)}:${i.line} ${i.reason}`).sort()).toEqual([
      '(text):0 edge 1267 -> 1214: resolution 1214 is not in the graph (kept pending)',
      'S_RES_1373_2002_EN_BEST.txt:1 file name says 1373 (2002) but the text says 1999 (2011)',
      'citations.csv:6 edge 2178 -> 2253 cites a resolution that is not older',
      'dhl_votes.jsonl:6 member name "ATLANTIS" has no code; its votes were skipped',
    ]);
    expect(s.rejectedMentions.byReason).toEqual({ 'another body’s resolution': 2, 'newer than the citing resolution': 1, 'unknown resolution number': 1 });
  });

  it('stores one edge per pair with the verb, paragraph, context and every source, readable both ways', async () => {
    expect(await cites('a.number = 2253')).toEqual([
      { from: 2253, to: 1267, source: 'text', sources: ['text', 'unxml_hyperlink'], verb: 'recalls', paragraph: 'pp 1', context: expect.stringContaining('1267 (1999)'), mentions: 2 },
      { from: 2253, to: 1373, source: 'text', sources: ['text', 'uniteideas_arcs_2015'], verb: 'recalls', paragraph: 'pp 1', context: expect.any(String), mentions: 1 },
      { from: 2253, to: 1989, source: 'text', sources: ['text'], verb: 'recalls', paragraph: 'pp 1', context: expect.any(String), mentions: 2 },
      { from: 2253, to: 2178, source: 'text', sources: ['text'], verb: 'reaffirms', paragraph: 'pp 2', context: expect.any(String), mentions: 1 },
    ]);
    expect((await cites('b.number = 1267')).map((c) => c.from)).toEqual([1373, 1989, 2253]);
    expect(await cites('a.number = 1373')).toEqual([
      { from: 1373, to: 1267, source: 'uniteideas_arcs_2015', sources: ['uniteideas_arcs_2015'], verb: 'reaffirms', paragraph: null, context: 'Reaffirming its resolutions 1267 (1999)', mentions: 0 },
    ]);
    expect((await cites('a.number = 2379')).map((c) => [c.to, c.verb, c.paragraph])).toEqual([
      [2178, 'requests', 'op 1'],
      [2253, 'recalls', 'pp 1'],
    ]);
  });

  it('stores how later resolutions cite each one (the citations\' contexts, in citing order) for search to rank with', async () => {
    // 1989's citation of 1267 came with no context: it adds nothing.
    const contexts = (await cites('b.number = 1267')).map((c) => c.context);
    expect(contexts[1]).toBeNull();
    const rows = await db.read(q('citedAs', 'MATCH (r:Resolution) RETURN r.number AS n, r.citedAs AS citedAs ORDER BY n'), {}, z.object({ n: z.number(), citedAs: z.string().nullable() }));
    expect(contexts).toHaveLength(3);
    expect(rows.find((r) => r.n === 1267)?.citedAs).toBe(`${contexts[0]}\n${contexts[2]}`);
    // Cited by nobody: none.
    expect(rows.find((r) => r.n === 2379)?.citedAs).toBeNull();
    expect(rows.filter((r) => r.citedAs !== null).map((r) => r.n)).toEqual([1267, 1373, 1989, 2178, 2253]);
  });

  it('keeps the Library’s exact votes over derived ones, the composition and the derived values', async () => {
    const seats = await db.read(
      q('seats', 'MATCH (m:Member)-[s:SAT_ON]->(:Resolution {number: 2379}) RETURN m.code AS code, s.vote AS vote, s.voteSource AS src, s.permanent AS permanent ORDER BY code'),
      {},
      z.object({ code: z.string(), vote: z.string().nullable(), src: z.string().nullable(), permanent: z.boolean() }),
    );
    expect(seats.map((s) => s.code)).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'SWE', 'USA']);
    expect(seats.find((s) => s.code === 'RUS')).toEqual({ code: 'RUS', vote: 'abstain', src: 'dhl', permanent: true });
    expect(seats.find((s) => s.code === 'SWE')).toEqual({ code: 'SWE', vote: 'yes', src: 'dhl', permanent: false });
    const r = await db.read(
      q('res', 'MATCH (r:Resolution) RETURN r.number AS n, r.hasText AS hasText, r.text AS text, r.date AS date, r.year AS year, r.citesCount AS cites, r.citedByCount AS citedBy, r.influence AS influence, r.mainTopic AS mainTopic ORDER BY n'),
      {},
      z.object({ n: z.number(), hasText: z.boolean(), text: z.string().nullable(), date: z.string(), year: z.number(), cites: z.number(), citedBy: z.number(), influence: z.number(), mainTopic: z.string() }),
    );
    expect(r.map((x) => [x.n, x.hasText, x.cites, x.citedBy])).toEqual([
      [1267, true, 0, 3],
      [1373, false, 1, 1],
      [1989, false, 1, 1],
      [2178, false, 0, 2],
      [2253, true, 4, 1],
      [2379, true, 2, 0],
    ]);
    expect(r[0]?.text).toMatch(/^The Security Council,\n\nReaffirming its previous resolutions/);
    expect(r[0]?.text).not.toMatch(/Adopted at|S\/1999\/1021|associ-/);
    expect(r[4]).toMatchObject({ date: '2015-12-17', year: 2015, mainTopic: 'Threats to international peace and security caused by terrorist acts' });
    expect(r.reduce((sum, x) => sum + x.influence, 0)).toBeCloseTo(1, 9);
    const usa = await db.read(q('usa', "MATCH (m:Member {code: 'USA'}) RETURN m.permanent AS p, m.years AS years"), {}, z.object({ p: z.boolean(), years: z.array(z.number()) }));
    expect(usa).toEqual([{ p: true, years: [1999, 2001, 2011, 2014, 2015, 2017] }]);
  });

  it('is idempotent: the same ingest again leaves identical counts and properties', async () => {
    const before = await dumpGraph(db);
    const s = await run('data', 'crunsc');
    expect(s.graph?.labels).toEqual({ Meeting: 8, Member: 11, Paragraph: 16, PendingCitation: 1, Resolution: 6, Topic: 5 });
    expect(await dumpGraph(db)).toEqual(before);
    // Nothing changed, so no resolution's citing texts were written (or re-indexed) again, and no index rebuilt.
    expect(s.written.citedAs).toBe(0);
    expect(s.timingsMs.rankedIndex).toBeUndefined();
  });

  it('fits new pages into the graph both ways, including pages ingested before the resolution they cite', async () => {
    const later = await run('pages-later');
    expect(later.rejectedMentions.items).toEqual([expect.objectContaining({ citing: 2901, number: 2900, reason: 'unknown resolution number' })]);
    expect((await cites('a.number = 2901')).map((c) => c.to)).toEqual([2253]);

    await run('pages');
    const out = await cites('a.number = 2900');
    expect(out.map((c) => [c.to, c.sources])).toEqual(PAGE_2900_CITES);
    expect(out.find((c) => c.to === 2379)).toMatchObject({ verb: 'recalls', paragraph: 'pp 2', mentions: 2 });
    expect(await cites('b.number = 2900')).toEqual([expect.objectContaining({ from: 2901, source: 'text', sources: ['text', 'page'], verb: 'recalls', paragraph: 'pp 1' })]);
    const derived = await db.read(q('derived', 'MATCH (r:Resolution {number: 2900}) RETURN r.citesCount AS c, r.citedByCount AS b, r.title AS title, [(r)-[:HAS_TOPIC]->(t) | t.key] AS topics'), {}, z.object({ c: z.number(), b: z.number(), title: z.string(), topics: z.array(z.string()) }));
    expect(derived[0]).toMatchObject({ c: 6, b: 1, title: 'Threats to international peace and security caused by terrorist acts' });
    expect(derived[0]?.topics.sort()).toEqual(['site:international peace and security', 'site:terrorism']);
    const citedAs = await db.read(q('citedAs2900', 'MATCH (r:Resolution {number: 2900}) RETURN r.citedAs AS t'), {}, z.object({ t: z.string().nullable() }));
    expect(citedAs[0]?.t).toContain('2900');
    const before = await dumpGraph(db);
    await run('pages');
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('reports malformed records and unknown layouts with file:line and loads only the good records', async () => {
    const s = await run('bad/resolutions.jsonl', 'bad/notes.txt');
    expect(s.skipped.items.map((i) => `${path.basename(i.file)}:${i.line} ${i.reason.replace(/:.*$/s, '')}`)).toEqual([
      'notes.txt:0 unknown layout',
      'resolutions.jsonl:2 impossible date "2030-02-30"',
      'resolutions.jsonl:3 number 3003 disagrees with symbol "S/RES/3004 (2030)"',
      'resolutions.jsonl:4 bad JSON',
      'resolutions.jsonl:5 invalid record',
    ]);
    const numbers = await db.read(q('bad', 'MATCH (r:Resolution) WHERE r.number > 3000 RETURN r.number AS n ORDER BY n'), {}, z.object({ n: z.number() }));
    expect(numbers).toEqual([{ n: 3001 }]);
  });
});
