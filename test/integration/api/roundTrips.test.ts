import { applySchema } from '../../../src/db/applySchema';
import type { QueryEvent } from '../../../src/db/Database';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

/**
 * Proves the loaders batch: the number of Cypher round trips for a page of resolutions with their topics,
 * composition and citations depends on how deep the query nests, not on how many resolutions it returns.
 */
describe('DataLoader round trips', () => {
  let app: App;
  const events: QueryEvent[] = [];

  beforeAll(async () => {
    app = await startApp(testConfig(), createLogger('silent'));
    await app.watcher.poll(); // the data-version watcher's first read, so that no count below includes it
    const db = app.db;
    await emptyStore(db);
    await applySchema(db);
    // 80 resolutions; each cites the three before it, has two topics and a 15-member composition.
    await db.writeBatch(
      [
        {
          query: {
            name: 'test/resolutions',
            text: `UNWIND range(1, 80) AS n
                   CREATE (:Resolution {number: n, symbol: 'S/RES/' + n + ' (2000)', year: 2000, date: date('2000-01-01'), title: 'Resolution ' + n, hasText: false, sponsors: [], influence: 0.0125})`,
          },
          params: {},
        },
        {
          query: {
            name: 'test/cites',
            text: `MATCH (a:Resolution), (b:Resolution) WHERE b.number < a.number AND b.number >= a.number - 3
                   CREATE (a)-[:CITES {verb: 'recalls', paragraph: 'pp 1', context: 'x', source: 'text', sources: ['text'], mentions: 1}]->(b)`,
          },
          params: {},
        },
        {
          query: {
            name: 'test/topics',
            text: `UNWIND range(0, 9) AS t CREATE (:Topic {key: 'agenda:topic ' + t, name: 'Topic ' + t, kind: 'agenda'})
                   WITH count(*) AS made
                   MATCH (r:Resolution), (t:Topic) WHERE t.name IN ['Topic ' + (r.number % 10), 'Topic ' + ((r.number + 1) % 10)]
                   CREATE (r)-[:HAS_TOPIC]->(t)`,
          },
          params: {},
        },
        {
          query: {
            name: 'test/members',
            text: `UNWIND range(0, 14) AS i CREATE (m:Member {code: 'M' + toString(10 + i), name: 'Member ' + i, permanent: i < 5, years: [2000]})
                   WITH m MATCH (r:Resolution) CREATE (m)-[:SAT_ON {vote: 'yes', permanent: m.permanent, voteSource: 'test'}]->(r)`,
          },
          params: {},
        },
      ],
      120_000,
    );
    app.db.onQuery((e) => events.push(e));
  });
  afterAll(() => app.stop());

  const run = async (query: string) => {
    events.length = 0;
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: { resolutions: { edges: Array<{ node: { composition: unknown[]; topics: unknown[]; cites: { edges: unknown[] } } }> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { body, names: events.map((e) => e.name.split('#')[0]!).sort() };
  };

  const depth1 = (first: number) => `{ resolutions(first: ${first}, orderBy: NUMBER_DESC) { edges { node {
      number topics { name } composition { member { code } vote }
      cites(first: 3) { totalCount edges { verb node { number title } } } citedBy(first: 3) { totalCount }
  } } } }`;
  const depth2 = (first: number) => `{ resolutions(first: ${first}, orderBy: NUMBER_DESC) { edges { node {
      number topics { name } composition { member { code } vote }
      cites(first: 3) { totalCount edges { node { number topics { name } composition { vote } cites(first: 2) { edges { node { number } } } } } }
  } } } }`;

  it('answers 50 resolutions with topics, composition and citations in a fixed handful of queries', async () => {
    const { body, names } = await run(depth1(50));
    const nodes = body.data!.resolutions.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.composition.length === 15 && n.topics.length === 2 && n.cites.edges.length === 3)).toBe(true);
    // The list brings its resolutions' topics and composition along (one statement); then one batch per citation direction.
    expect(names).toEqual(['resolution/citations~citedBy', 'resolution/citations~cites', 'resolution/list']);
  });

  it('makes the same number of round trips for 5 resolutions as for 50', async () => {
    const few = await run(depth1(5));
    const many = await run(depth1(50));
    expect(few.names).toEqual(many.names);
  });

  it('grows with nesting depth, not with rows: one more batch per loader per level', async () => {
    const few = await run(depth2(5));
    const many = await run(depth2(50));
    expect(many.names).toEqual(few.names);
    // Level 1: the list (with its count, topics and composition), cites. Level 2 (the cited resolutions): topics,
    // composition, cites. The cited resolutions come with the cites rows, so they are never fetched by number.
    expect(many.names).toEqual([
      'resolution/citations~cites',
      'resolution/citations~cites',
      'resolution/composition',
      'resolution/list',
      'resolution/topics',
    ]);
  });
});
