import neo4j, { type Driver } from 'neo4j-driver';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

/**
 * Answers unchanged (issue 11, "Done when"): the API's answers on the real corpus, field by field, against plain
 * Cypher written here: simple MATCH queries with no fragment, no loader and no stored count, so that a change of
 * projection, order, page cut or count in the server shows as a difference.
 */

type Row = Record<string, unknown>;
/** The API's spelling of a stored vote ('non-voting' → NON_VOTING); null stays null. */
const apiVote = (v: unknown) => (typeof v === 'string' ? v.toUpperCase().replace('-', '_') : null);
/** A driver integer or plain number as a number. */
const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ verb: string | null; paragraph: string | null; node: { number: number; symbol: string } }>;
}

const RESOLUTION = `query($n: Int!) { resolution(number: $n) {
  number symbol title date year hasText citesCount citedByCount
  topics { key name kind }
  composition { member { code } vote permanent }
} }`;
/** One page of cites or citedBy; `first` small enough that the largest lists need several pages. */
const PAGE_SIZE = 40;
const citationPage = (field: 'cites' | 'citedBy') => `query($n: Int!, $after: String) { resolution(number: $n) {
  ${field}(first: ${PAGE_SIZE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { verb paragraph node { number symbol } } }
} }`;

describeCorpus('answers unchanged: the API against plain Cypher on the corpus', () => {
  let app: App;
  let driver: Driver;
  const cy = async (text: string, params: Row = {}): Promise<Row[]> => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(text, params);
      return res.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, num(r.get(k))])));
    } finally {
      await session.close();
    }
  };
  const gql = async <T>(query: string, variables: Row = {}): Promise<T> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  /**
   * The sample: the three largest citedBy lists, 2396, the lowest-numbered resolution with no citation either way,
   * and the largest cites list.
   */
  let sample: number[] = [];
  beforeAll(async () => {
    driver = neo4j.driver(process.env.NEO4J_CORPUS_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_TEST_PASSWORD ?? 'unsc-graph-test'));
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
    const top = await cy('MATCH (r:Resolution)<-[:CITES]-(:Resolution) RETURN r.number AS n, count(*) AS c ORDER BY c DESC, n LIMIT 3');
    const citing = await cy('MATCH (r:Resolution)-[:CITES]->(:Resolution) RETURN r.number AS n, count(*) AS c ORDER BY c DESC, n LIMIT 1');
    const none = await cy('MATCH (r:Resolution) WHERE NOT EXISTS { (r)-[:CITES]-(:Resolution) } RETURN r.number AS n ORDER BY n LIMIT 1');
    sample = [...top.map((r) => r.n as number), 2396, none[0]!.n as number, citing[0]!.n as number];
  });
  afterAll(async () => {
    await app?.stop();
    await driver?.close();
  });

  it('the sample holds lists longer than a page and a resolution without citations', async () => {
    expect(sample).toHaveLength(6);
    const [largest] = await cy('MATCH (r:Resolution {number: $n}) RETURN COUNT { (r)<-[:CITES]-(:Resolution) } AS c', { n: sample[0] });
    expect(largest!.c as number).toBeGreaterThan(2 * PAGE_SIZE);
    const [noCitations] = await cy('MATCH (r:Resolution {number: $n}) RETURN COUNT { (r)-[:CITES]-(:Resolution) } AS c', { n: sample[4] });
    expect(noCitations!.c).toBe(0);
    const [mostCiting] = await cy('MATCH (r:Resolution {number: $n}) RETURN COUNT { (r)-[:CITES]->(:Resolution) } AS c', { n: sample[5] });
    expect(mostCiting!.c as number).toBeGreaterThan(PAGE_SIZE);
  });

  it('each resolution of the sample: number, symbol, title, date, year, hasText, counts, topics and composition', async () => {
    for (const n of sample) {
      const { resolution: api } = await gql<{ resolution: Row & { topics: Row[]; composition: Array<{ member: { code: string }; vote: string | null; permanent: boolean }> } }>(RESOLUTION, { n });
      const [plain] = await cy(
        `MATCH (r:Resolution {number: $n})
         RETURN r.number AS number, r.symbol AS symbol, r.title AS title, toString(r.date) AS date, r.year AS year,
                r.text IS NOT NULL AS hasText,
                COUNT { (r)-[:CITES]->(:Resolution) } AS citesCount, COUNT { (r)<-[:CITES]-(:Resolution) } AS citedByCount`,
        { n },
      );
      const { topics, composition, ...fields } = api;
      expect({ n, ...fields }).toEqual({ n, ...plain });
      const plainTopics = await cy('MATCH (:Resolution {number: $n})-[:HAS_TOPIC]->(t:Topic) RETURN t.key AS key, t.name AS name, t.kind AS kind ORDER BY t.kind, t.name', { n });
      expect({ n, topics }).toEqual({ n, topics: plainTopics.map((t) => ({ ...t, kind: String(t.kind).toUpperCase() })) });
      const seats = await cy(
        `MATCH (m:Member)-[s:SAT_ON]->(:Resolution {number: $n})
         RETURN m.code AS code, s.vote AS vote, coalesce(s.permanent, m.permanent) AS permanent ORDER BY permanent DESC, code`,
        { n },
      );
      expect({ n, composition: composition.map((s) => ({ code: s.member.code, vote: s.vote, permanent: s.permanent })) }).toEqual({
        n,
        composition: seats.map((s) => ({ code: s.code, vote: apiVote(s.vote), permanent: s.permanent })),
      });
    }
  });

  it.each(['cites', 'citedBy'] as const)('%s of each resolution, every page through endCursor: verb, paragraph, node, in number order, and totalCount', async (field) => {
    const arrow = field === 'cites' ? '(r)-[c:CITES]->(t:Resolution)' : '(r)<-[c:CITES]-(t:Resolution)';
    let secondPages = 0;
    for (const n of sample) {
      const plain = await cy(`MATCH (r:Resolution {number: $n}) MATCH ${arrow} RETURN t.number AS number, t.symbol AS symbol, c.verb AS verb, c.paragraph AS paragraph ORDER BY t.number`, { n });
      const got: Row[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        const data: { resolution: Record<string, Page> } = await gql(citationPage(field), { n, after });
        const page = data.resolution[field]!;
        expect({ n, totalCount: page.totalCount }).toEqual({ n, totalCount: plain.length });
        got.push(...page.edges.map((e) => ({ number: e.node.number, symbol: e.node.symbol, verb: e.verb, paragraph: e.paragraph })));
        if (pages === 1) secondPages++;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
        expect(pages).toBeLessThan(50);
      }
      expect({ n, edges: got }).toEqual({ n, edges: plain });
    }
    // The largest lists took at least two pages.
    expect(secondPages).toBeGreaterThan(0);
  });

  it('resolutionBySymbol answers what the symbol names, its topics, seats and citations through the per-field loaders', async () => {
    const [plain] = await cy('MATCH (r:Resolution {symbol: $s}) RETURN r.number AS number, r.symbol AS symbol, r.title AS title, toString(r.date) AS date', { s: 'S/RES/2396 (2017)' });
    const data = await gql<{ resolutionBySymbol: Row & { topics: Row[]; composition: Array<{ member: { code: string } }>; cites: Page; citedBy: Page } }>(
      `{ resolutionBySymbol(symbol: "S/RES/2396 (2017)") { number symbol title date topics { key } composition { member { code } }
         cites(first: 5) { totalCount edges { verb paragraph node { number symbol } } } citedBy(first: 5) { totalCount edges { verb paragraph node { number symbol } } } } }`,
    );
    expect(plain).toBeDefined();
    const { topics, composition, cites, citedBy, ...fields } = data.resolutionBySymbol;
    expect(fields).toEqual(plain);
    const n = plain!.number;
    expect(topics).toEqual(await cy('MATCH (:Resolution {number: $n})-[:HAS_TOPIC]->(t:Topic) RETURN t.key AS key ORDER BY t.kind, t.name', { n }));
    expect(composition.map((s) => s.member.code)).toEqual(
      (await cy('MATCH (m:Member)-[s:SAT_ON]->(:Resolution {number: $n}) RETURN m.code AS code ORDER BY coalesce(s.permanent, m.permanent) DESC, code', { n })).map((s) => s.code),
    );
    for (const [page, arrow] of [[cites, '(r)-[c:CITES]->(t:Resolution)'], [citedBy, '(r)<-[c:CITES]-(t:Resolution)']] as const) {
      const edges = await cy(`MATCH (r:Resolution {number: $n}) MATCH ${arrow} RETURN t.number AS number, t.symbol AS symbol, c.verb AS verb, c.paragraph AS paragraph ORDER BY t.number`, { n });
      expect(page.totalCount).toBe(edges.length);
      expect(page.edges.map((e) => ({ number: e.node.number, symbol: e.node.symbol, verb: e.verb, paragraph: e.paragraph }))).toEqual(edges.slice(0, 5));
    }
  });

  it('missions and one mission\'s mandates', async () => {
    const plain = await cy('MATCH (m:Mission) RETURN m.key AS key, m.acronym AS acronym, m.name AS name, m.kind AS kind ORDER BY coalesce(m.acronym, m.name), m.key');
    const data = await gql<{ missions: { totalCount: number; edges: Array<{ node: Row }> } }>('{ missions(first: 100) { totalCount edges { node { key acronym name kind } } } }');
    expect(plain.length).toBeGreaterThan(0);
    expect(data.missions.totalCount).toBe(plain.length);
    expect(data.missions.edges.map((e) => e.node)).toEqual(plain.slice(0, 100));
    const mandates = await cy(
      `MATCH (r:Resolution)-[e:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(:Mission {key: 'UNMISS'})
       RETURN r.number AS resolution, type(e) AS action, toString(e.until) AS until, e.period AS period, e.paragraph AS paragraph, e.context AS context
       ORDER BY r.number, CASE type(e) WHEN 'ESTABLISHES' THEN 0 WHEN 'EXTENDS' THEN 1 WHEN 'MODIFIES' THEN 2 ELSE 3 END`,
    );
    const one = await gql<{ mission: { mandates: Array<Row & { resolution: { number: number } }> } }>(
      '{ mission(acronym: "UNMISS") { mandates { resolution { number } action until period paragraph context } } }',
    );
    expect(mandates.length).toBeGreaterThan(5);
    expect(one.mission.mandates.map((m) => ({ ...m, resolution: m.resolution.number }))).toEqual(mandates);
  });

  it('sanctions regimes and their resolutions', async () => {
    const plain = await cy('MATCH (s:SanctionsRegime) RETURN s.key AS key, s.name AS name, s.target AS target ORDER BY toInteger(s.key)');
    const events = await cy(
      `MATCH (r:Resolution)-[e:ESTABLISHES|RENEWS|MODIFIES]->(s:SanctionsRegime)
       RETURN s.key AS key, r.number AS resolution, type(e) AS action, toString(e.until) AS until, e.paragraph AS paragraph
       ORDER BY key, resolution, CASE type(e) WHEN 'ESTABLISHES' THEN 0 WHEN 'RENEWS' THEN 1 ELSE 2 END`,
    );
    const data = await gql<{ sanctionsRegimes: { totalCount: number; edges: Array<{ node: Row & { resolutions: Array<Row & { resolution: { number: number } }> } }> } }>(
      '{ sanctionsRegimes(first: 100) { totalCount edges { node { key name target resolutions { resolution { number } action until paragraph } } } } }',
    );
    expect(plain.length).toBeGreaterThan(0);
    expect(data.sanctionsRegimes.totalCount).toBe(plain.length);
    expect(data.sanctionsRegimes.edges.map(({ node: { resolutions: _events, ...regime } }) => regime)).toEqual(plain);
    for (const { node } of data.sanctionsRegimes.edges) {
      const own = events.filter((e) => e.key === node.key).map(({ key: _k, ...e }) => e);
      expect({ key: node.key, resolutions: node.resolutions.map((e) => ({ ...e, resolution: e.resolution.number })) }).toEqual({ key: node.key, resolutions: own });
    }
  });
});
