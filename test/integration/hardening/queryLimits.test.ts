import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';
import { postGraphql } from '../../support/postGraphql';

/** Every limit is enforced before any resolver runs, so these need the schema but no data. */
describe('query limits over HTTP', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(
      testConfig({ QUERY_MAX_DEPTH: '6', QUERY_MAX_ALIASES: '4', QUERY_MAX_DIRECTIVES: '3', QUERY_MAX_TOKENS: '300', QUERY_MAX_COST: '5000' }),
      createLogger('silent'),
    );
  });
  afterAll(() => app.stop());

  const expectLimit = async (query: string, limit: string, max: number, variables?: Record<string, unknown>) => {
    const res = await postGraphql(app.url, { query, variables });
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    const [error] = res.json.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, max });
    expect(error?.message).toMatch(new RegExp(`limit of ${max}`, 'i'));
    return error!;
  };

  it('accepts a small query and reports its cost', async () => {
    const res = await postGraphql(app.url, { query: '{ serverInfo { version counts { resolutions } } }' });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.extensions).toEqual({ cost: { requested: 2, limit: 5000 } });
  });

  it('refuses a query deeper than the depth limit, naming depth and what it found', async () => {
    const q = '{ resolution(number: 1) { cites { edges { node { cites { edges { node { number } } } } } } } }';
    const error = await expectLimit(q, 'depth', 6);
    expect(error.extensions?.found).toBe(8);
  });

  it('refuses too many aliases', async () => {
    const q = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`;
    const error = await expectLimit(q, 'aliases', 4);
    expect(error.extensions?.found).toBe(5);
  });

  it('refuses too many directives', async () => {
    await expectLimit('{ serverInfo { version @include(if: true) @skip(if: false) neo4jVersion @include(if: true) @skip(if: false) } }', 'directives', 3);
  });

  it('refuses a document with more tokens than allowed, before parsing it all', async () => {
    const q = `{ serverInfo { ${Array.from({ length: 400 }, () => 'version').join(' ')} } }`;
    await expectLimit(q, 'tokens', 300);
  });

  it('refuses a query whose cost (arguments included) exceeds the limit', async () => {
    const q = 'query($n: Int) { resolutions(first: $n) { edges { node { cites(first: 50) { edges { cursor } } } } } }';
    const error = await expectLimit(q, 'cost', 5000, { n: 100 });
    expect(error.extensions?.found).toBe(1 + 100 * (1 + 1 + 1 + 50));
    // The same shape with a smaller page passes the limit check (and then runs).
    const ok = await postGraphql(app.url, { query: q, variables: { n: 2 } });
    expect(ok.json.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBeUndefined();
  });

  it('counts traversal depth and result caps in the cost', async () => {
    const q = '{ citationChain(number: 1, maxDepth: 5) { entries { resolution { cites(first: 10) { totalCount } } } } }';
    const error = await expectLimit(q, 'cost', 5000);
    expect(error.extensions?.found).toBe(250 + 1 + 2000 * (1 + 1 + 1));
  });

  it('refuses `first` outside 1..100 with BAD_USER_INPUT naming the argument, before any work', async () => {
    for (const first of [0, 101, -5]) {
      const res = await postGraphql(app.url, { query: `{ resolutions(first: ${first}) { totalCount } }` });
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', path: 'resolutions' });
    }
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT, not a 500', async () => {
    const res = await postGraphql(app.url, { query: 'query($n: Int) { resolutions(first: $n) { totalCount } }', variables: { n: 'many' } });
    expect(res.status).toBe(400);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
