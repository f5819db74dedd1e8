import fs from 'node:fs';
import path from 'node:path';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import reference2396 from '../../fixtures/reference/resolution2396Citations.json';
import { corpusDataDir, describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

/** The "Related with resolutions" list of the original site's page for 2396 (shared/seeds). */
function relatedWith2396(): number[] {
  const page = fs.readFileSync(path.join(corpusDataDir()!, '..', '..', 'seeds', 'resolution_2396.txt'), 'utf8');
  const match = /Related with resolutions\s*\n([\d\s]+)\n/.exec(page);
  if (!match) throw new Error('the seed page has no "Related with resolutions" list');
  return match[1]!.trim().split(/\s+/).map(Number);
}

describeCorpus('API on the real corpus: the 2396 facts', () => {
  let app: App;
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  beforeAll(async () => {
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
  });
  afterAll(() => app.stop());

  type Conn = { totalCount: number; edges: Array<{ verb: string | null; source: string | null; node: { number: number } }> };

  it('2396 cites exactly the resolutions of the site list, and 2388', async () => {
    const related = relatedWith2396();
    expect(related).toEqual(reference2396.cites.fromSeedPage);
    const data = await gql<{ r: { symbol: string; citesCount: number; cites: Conn } }>('{ r: resolution(number: 2396) { symbol citesCount cites(first: 100) { totalCount edges { verb source node { number } } } } }');
    const cited = data.r.cites.edges.map((e) => e.node.number);
    expect(data.r.symbol).toBe('S/RES/2396 (2017)');
    // Exactly the reference set (test/fixtures/reference/resolution2396Citations.json): no edge missing, none extra.
    expect([...cited].sort((a, b) => a - b)).toEqual([...related, ...reference2396.cites.fromTextOnly].sort((a, b) => a - b));
    expect(data.r.cites.totalCount).toBe(cited.length);
    expect(data.r.citesCount).toBe(cited.length);
  });

  it('2396 is cited by exactly its "Quoted in" list, 2734 and 2799', async () => {
    const data = await gql<{ r: { citedByCount: number; citedBy: Conn } }>('{ r: resolution(number: 2396) { citedByCount citedBy(first: 100) { totalCount edges { node { number } } } } }');
    const expected = [...reference2396.citedBy.fromSeedPage, ...reference2396.citedBy.newerThanSeedPage];
    expect(data.r.citedBy.edges.map((e) => e.node.number).sort((a, b) => a - b)).toEqual(expected);
    expect(data.r.citedBy.totalCount).toBe(expected.length);
    expect(data.r.citedByCount).toBe(expected.length);
  });

  it('2396 has its meeting, 15-member composition, topics and paragraphs', async () => {
    const data = await gql<{ r: { meeting: { symbol: string }; composition: Array<{ member: { code: string }; vote: string }>; topics: Array<{ name: string }>; paragraphs: Array<{ kind: string }> } }>(
      '{ r: resolutionBySymbol(symbol: "s/res/2396") { meeting { symbol } composition { member { code } vote } topics { name } paragraphs { kind } } }',
    );
    expect(data.r.meeting.symbol).toBe('S/PV.8148');
    expect(data.r.composition.map((s) => s.member.code).sort()).toEqual(['BOL', 'CHN', 'EGY', 'ETH', 'FRA', 'GBR', 'ITA', 'JPN', 'KAZ', 'RUS', 'SEN', 'SWE', 'UKR', 'URY', 'USA']);
    expect(data.r.topics.map((t) => t.name.toLowerCase())).toEqual(expect.arrayContaining(['terrorism']));
    expect(data.r.paragraphs.filter((p) => p.kind === 'OPERATIVE').length).toBeGreaterThanOrEqual(51);
  });

  it('search finds 2396 for its phrase with a marked operative snippet', async () => {
    const data = await gql<{ search: { totalCount: number; edges: Array<{ node: { resolution: { number: number }; snippets: Array<{ ref: string; text: string; highlights: Array<{ start: number; end: number }> }> } }> } }>(
      '{ search(query: "\\"passenger name record\\" AND biometric", first: 5) { totalCount edges { node { resolution { number } snippets { ref text highlights { start end } } } } } }',
    );
    const hit = data.search.edges.find((e) => e.node.resolution.number === 2396);
    expect(hit).toBeDefined();
    const snippet = hit!.node.snippets.find((s) => s.highlights.length > 0)!;
    expect(snippet.ref).toMatch(/^(op|pp) \d+$/);
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end).toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/passenger name record|biometric/)]));
  });

  it('the citation chain and graph around 2396 include its citers and cited', async () => {
    const data = await gql<{ c: { entries: Array<{ distance: number; resolution: { number: number } }> }; g: { nodes: Array<{ number: number }>; edges: Array<{ source: string; target: string }> } }>(
      '{ c: citationChain(number: 2396, direction: CITED_BY, maxDepth: 1) { entries { distance resolution { number } } } g: citationGraph(numbers: [2396], depth: 1, limit: 500) { nodes { number } edges { source target } } }',
    );
    expect(data.c.entries.map((e) => e.resolution.number).sort((a, b) => a - b)).toEqual([...reference2396.citedBy.fromSeedPage, ...reference2396.citedBy.newerThanSeedPage]);
    expect(data.g.nodes.map((n) => n.number)).toEqual(expect.arrayContaining([2396, 2388, 1373, 2535]));
    expect(data.g.edges).toContainEqual({ source: '2396', target: '2388' });
  });
});
