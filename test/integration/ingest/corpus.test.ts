import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import reference2396 from '../../fixtures/reference/resolution2396Citations.json';
import { corpusDataDir, describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

const q = (name: string, text: string) => ({ name: `test/corpus/${name}`, text });
const jsonLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

/** A section of the original site's page for 2396: the numbers listed under `heading`. */
function seedList(heading: string): string[] {
  const page = fs.readFileSync(path.join(corpusDataDir() ?? '', '..', '..', 'seeds', 'resolution_2396.txt'), 'utf8');
  const m = new RegExp(`${heading}\\s*\\n([^\\n]+)(?:\\n|$)`).exec(page);
  if (!m) throw new Error(`the seed page has no "${heading}" section`);
  return (m[1] ?? '').trim().split(/\s+/);
}

describeCorpus('ingest of the real shared corpus (loaded by globalSetup)', () => {
  let db: Database;
  const dir = corpusDataDir() ?? '';
  const count = async (name: string, text: string, params: Record<string, unknown> = {}) =>
    (await db.read(q(name, text), params, z.object({ n: z.number() })))[0]?.n ?? -1;

  beforeAll(() => {
    db = createDatabase(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }));
  });
  afterAll(() => db.close());

  it('holds every resolution, meeting and member of the data files', async () => {
    const resolutions = jsonLines(path.join(dir, 'resolutions.jsonl'));
    expect(await count('res', 'MATCH (r:Resolution) RETURN count(r) AS n')).toBe(resolutions.length);
    const meetings = jsonLines(path.join(dir, 'meetings.jsonl')).map((m) => (m.meeting as string | null) ?? `VTC ${String(m.date)} ${String(m.topic)}`.trim());
    expect(await count('meetings', 'MATCH (m:Meeting) WHERE m.symbol IN $symbols RETURN count(m) AS n', { symbols: meetings })).toBe(meetings.length);
    const codes = new Set(fs.readFileSync(path.join(dir, 'council_membership.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[1]));
    expect(await count('members', 'MATCH (m:Member) WHERE m.code IN $codes AND size(m.years) > 0 RETURN count(m) AS n', { codes: [...codes] })).toBe(codes.size);
    const texts = resolutions.filter((r) => typeof r.text === 'string' && r.text.trim() !== '');
    // Texts headed by another resolution's number are that resolution's text (542 holds 538's) and are not stored.
    const misfiled = texts.filter((r) => {
      const m = /^\s*Resolution\s+(\d+)\s*\(/.exec(String(r.text));
      return m !== null && Number(m[1]) !== r.number;
    });
    expect(misfiled.map((r) => r.number)).toEqual([542, 778]);
    // 2396's text came only from the seed page until the data files had it (2026-12-02: from the UN XML).
    const fromSeedOnly = texts.some((r) => r.number === 2396) ? 0 : 1;
    expect(await count('text', 'MATCH (r:Resolution) WHERE r.hasText RETURN count(r) AS n')).toBe(texts.length - misfiled.length + fromSeedOnly);
    expect(await count('paragraphless', 'MATCH (r:Resolution) WHERE r.hasText AND NOT (r)-[:HAS_PARAGRAPH]->() RETURN count(r) AS n')).toBe(0);
    expect(await count('adopted', 'MATCH (r:Resolution) WHERE (r)-[:ADOPTED_AT]->() RETURN count(r) AS n')).toBeGreaterThanOrEqual(resolutions.filter((r) => r.meeting).length);
    expect(await count('sat', 'MATCH ()-[s:SAT_ON]->() RETURN count(s) AS n')).toBeGreaterThan(40_000);
  });

  it('holds every valid citation of citations.csv, with its dataset source kept', async () => {
    const rows = fs.readFileSync(path.join(dir, 'citations.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',').slice(0, 2).map(Number));
    const pairs = new Set(rows.filter(([from, to]) => (to ?? 0) < (from ?? 0)).map(([from, to]) => `${from}>${to}`));
    const datasetEdges = await count('dataset', "MATCH ()-[c:CITES]->() WHERE any(s IN c.sources WHERE NOT s IN ['text', 'page']) RETURN count(c) AS n");
    expect(datasetEdges).toBe(pairs.size);
    expect(await count('text', "MATCH ()-[c:CITES]->() WHERE 'text' IN c.sources RETURN count(c) AS n")).toBeGreaterThan(4000);
    expect(await count('newer', 'MATCH (a)-[:CITES]->(b) WHERE b.number >= a.number RETURN count(*) AS n')).toBe(0);
  });

  it('2396 cites all 28 numbers of its "Related with resolutions" list plus 2388', async () => {
    const related = seedList('Related with resolutions').map(Number);
    expect(related).toHaveLength(28);
    const out = await db.read(q('2396out', 'MATCH (:Resolution {number: 2396})-[c:CITES]->(b) RETURN b.number AS n, c.sources AS sources ORDER BY n'), {}, z.object({ n: z.number(), sources: z.array(z.string()) }));
    expect(related).toEqual(reference2396.cites.fromSeedPage);
    // Exactly the reference set (test/fixtures/reference/resolution2396Citations.json): no edge missing, none extra.
    expect(out.map((o) => o.n)).toEqual([...related, ...reference2396.cites.fromTextOnly].sort((a, b) => a - b));
    expect(out.find((o) => o.n === 2388)?.sources).toEqual(['text']);
    expect(out.filter((o) => related.includes(o.n)).every((o) => o.sources.includes('text') && o.sources.includes('page'))).toBe(true);
  });

  it('2396 is cited by exactly its "Quoted in" list plus 2734 and 2799, and has the composition of its page', async () => {
    const quotedIn = seedList('Quoted in resolutions').map(Number);
    expect(quotedIn).toEqual(reference2396.citedBy.fromSeedPage);
    const citedBy = await db.read(q('2396in', 'MATCH (a)-[:CITES]->(:Resolution {number: 2396}) RETURN a.number AS n ORDER BY n'), {}, z.object({ n: z.number() }));
    expect(citedBy.map((c) => c.n)).toEqual([...quotedIn, ...reference2396.citedBy.newerThanSeedPage]);
    const seats = await db.read(q('2396seats', 'MATCH (m:Member)-[:SAT_ON]->(:Resolution {number: 2396}) RETURN m.code AS code'), {}, z.object({ code: z.string() }));
    expect(seats.map((s) => s.code).sort()).toEqual(seedList('Security Council Composition').sort());
  });

  it('derived values: influence sums to 1 and citation counts match the edges', async () => {
    const sums = await db.read(
      q('derived', 'MATCH (r:Resolution) RETURN sum(r.influence) AS influence, sum(r.citesCount) AS cites, sum(r.citedByCount) AS citedBy, count { ()-[:CITES]->() } AS edges'),
      {},
      z.object({ influence: z.number(), cites: z.number(), citedBy: z.number(), edges: z.number() }),
    );
    expect(sums[0]?.influence).toBeCloseTo(1, 6);
    expect(sums[0]?.cites).toBe(sums[0]?.edges);
    expect(sums[0]?.citedBy).toBe(sums[0]?.edges);
  });
});
