import { describeCorpus } from '../../support/corpus';
import { corpusGraphql } from '../../support/corpusGraphql';
import { createLoaders } from '../../../loaders/createLoaders';
import { prefetchResolutionPage } from '../../../loaders/prefetchResolutionPage';

/**
 * `resolution(number)` looks ahead and fetches a resolution page in one statement
 * (cypher/resolution/page.cypher); `resolutionBySymbol` does not, so it answers the same selection
 * through the per-field loaders. Both must give the same data, with one statement instead of six.
 */
describeCorpus('resolution page look-ahead on the real corpus', () => {
  const { app, gql } = corpusGraphql();

  const selection = `
    number symbol title date citesCount citedByCount
    topics { key name kind }
    composition { member { code name } vote permanent }
    cites(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor verb paragraph context source sources node { number title cites(first: 7) { totalCount edges { verb node { number year } } } } }
    }
    citedBy(first: 5) { totalCount edges { verb node { number title } } }`;
  const byNumber = `query Page($n: Int!, $first: Int, $after: String) { r: resolution(number: $n) { ${selection} } }`;
  const bySymbol = `query Page($s: String!, $first: Int, $after: String) { r: resolutionBySymbol(symbol: $s) { ${selection} } }`;

  it.each([
    [2396, 'S/RES/2396 (2017)', 20, null],
    [2396, 'S/RES/2396 (2017)', 10, 'bzo0'], // page 2 of cites (after offset 4)
    [1373, 'S/RES/1373 (2001)', 20, null], // cited by many: citedBy paging matters
    [1, 'S/RES/1 (1946)', 20, null], // cites nothing
  ])('%i: the same answer as the loaders give, in one statement', async (n, s, first, after) => {
    const a = await gql(byNumber, { n, first, after });
    const b = await gql(bySymbol, { s, first, after });
    expect(a.data).toEqual(b.data);
    expect(a.statements).toEqual(['resolution/page']);
    expect(b.statements.length).toBeGreaterThanOrEqual(5);
    expect((a.data.r as { number: number }).number).toBe(n);
  });

  it('reads no edge property for edges that select only node, and never serves such a page to edges that do', async () => {
    // The nested edges select only `node`, so that page is loaded without verb/context (the bench's nested
    // workload); an alias of the same page in the same operation selects `verb` and must still get it.
    const query = `query P($n: Int!) {
      bare: resolution(number: $n) { cites(first: 20) { edges { node { number cites(first: 5) { edges { node { number } } } } } } }
      full: resolutionBySymbol(symbol: "S/RES/2396 (2017)") { cites(first: 20) { edges { verb node { number cites(first: 5) { edges { verb context node { number } } } } } } }
    }`;
    const { data, statements } = await gql(query, { n: 2396 });
    type Page = { edges: Array<{ verb?: string | null; node: { number: number; cites: { edges: Array<{ verb?: string | null; context?: string | null; node: { number: number } }> } } }> };
    const bare = (data.bare as { cites: Page }).cites;
    const full = (data.full as { cites: Page }).cites;
    expect(statements).toContain('resolution/page');
    const numbers = (p: Page) => p.edges.map((e) => [e.node.number, e.node.cites.edges.map((x) => x.node.number)]);
    expect(numbers(bare)).toEqual(numbers(full));
    const nestedFull = full.edges.flatMap((e) => e.node.cites.edges);
    expect(nestedFull.length).toBeGreaterThan(0);
    expect(nestedFull.filter((e) => e.verb != null && e.context != null).length).toBeGreaterThan(nestedFull.length / 2);
    expect(full.edges.every((e) => e.verb != null)).toBe(true);
  });

  it('cuts each position and each page of edges to its own selection, and never serves a cut page or row to a selection that needs more', async () => {
    // `lean` primes cites pages whose edges hold verb only and whose nodes number and title; `wide` asks the same pages (same
    // arguments) with more node fields, and `cited` reads one of the cited resolutions by number with fields
    // the cut rows lack. Each must answer as the plain loaders do (resolutionBySymbol, no look-ahead).
    const lean = `lean: resolution(number: $n) { topics { name } cites(first: 20) { edges { verb node { number title cites(first: 20) { edges { node { number title } } } } } } }`;
    const wideSel = `cites(first: 20) { edges { verb context sources node { number symbol date cites(first: 20) { edges { source node { number symbol hasText votes { yes } } } } } } }`;
    const query = `query P($n: Int!, $m: Int!) { ${lean} wide: resolution(number: $n) { ${wideSel} } cited: resolution(number: $m) { number symbol date agenda } }`;
    const reference = `query R($s: String!, $m: Int!) {
      lean: resolutionBySymbol(symbol: $s) { topics { name } cites(first: 20) { edges { verb node { number title cites(first: 20) { edges { node { number title } } } } } } }
      wide: resolutionBySymbol(symbol: $s) { ${wideSel} } cited: resolution(number: $m) { number symbol date agenda } }`;
    const a = await gql(query, { n: 2396, m: 1325 });
    const b = await gql(reference, { s: 'S/RES/2396 (2017)', m: 1325 });
    expect(a.statements).toContain('resolution/page');
    expect(a.data).toEqual(b.data);
    type Wide = { cites: { edges: Array<{ context: string | null; sources: string[]; node: { number: number; symbol: string; cites: { edges: Array<{ node: { symbol: string } }> } } }> } };
    const wide = (a.data.wide as Wide).cites.edges;
    expect(wide.filter((e) => e.context !== null && e.sources.length > 0).length).toBeGreaterThan(wide.length / 2);
    expect(wide.map((e) => e.node.number)).toContain(1325);
    expect(wide.every((e) => e.node.symbol.startsWith('S/RES/'))).toBe(true);
    expect(wide.flatMap((e) => e.node.cites.edges).every((e) => e.node.symbol.startsWith('S/RES/'))).toBe(true);
    expect((a.data.cited as { symbol: string }).symbol).toBe('S/RES/1325 (2000)');
  });

  it('primes the loaders with cut rows only under keys that say so', async () => {
    // The look-ahead's cited resolutions carry title only, while the request selects symbol and date
    // elsewhere: the by-number loader must not keep them, and the cites page is cached under its node
    // keys and its edge properties (verb only here).
    const loaders = createLoaders(app().db);
    loaders.selection.resolution = new Set(['symbol', 'date', 'title', 'cites']);
    const lean = { offset: 0, limit: 20, edgeKeys: ['verb'], nodeKeys: ['title'] };
    await prefetchResolutionPage(app().db, loaders, 2396, { withTopics: false, withComposition: false, cites: lean, citedBy: null, nestedCites: null });
    const primed = await loaders.cites.load({ number: 2396, ...lean });
    // A position reads its own keys and the number only (not the request-wide year).
    expect(primed.items.map((i) => Object.keys(i.resolution).sort())).toContainEqual(['number', 'title']);
    const wide = await loaders.cites.load({ number: 2396, ...lean, nodeKeys: ['symbol', 'title'] });
    expect(wide.items.map((i) => i.resolution.number)).toEqual(primed.items.map((i) => i.resolution.number));
    expect(wide.items.every((i) => i.resolution.symbol?.startsWith('S/RES/'))).toBe(true);
    expect((await loaders.resolution.load(1325))?.symbol).toBe('S/RES/1325 (2000)');
    // The same page with one more edge property is read again, with it.
    expect(primed.items.every((i) => i.context === null)).toBe(true);
    const withContext = await loaders.cites.load({ number: 2396, ...lean, edgeKeys: ['verb', 'context'] });
    expect(withContext.items.filter((i) => i.context !== null).length).toBeGreaterThan(primed.items.length / 2);
    expect(withContext.items.map((i) => i.verb)).toEqual(primed.items.map((i) => i.verb));
  });

  it('never caches by number a cut row without the year, even one holding every selected key', async () => {
    // The request selects only titles, so the cited resolutions' cut rows ({number, title}) hold its selection; but
    // resolutionBySymbol checks the year of the row the by-number loader gives, so such a row must not be kept.
    const loaders = createLoaders(app().db);
    loaders.selection.resolution = new Set(['title']);
    const lean = { offset: 0, limit: 20, edgeKeys: [], nodeKeys: ['title'] };
    await prefetchResolutionPage(app().db, loaders, 2396, { withTopics: false, withComposition: false, cites: lean, citedBy: null, nestedCites: lean });
    const primed = await loaders.cites.load({ number: 2396, ...lean });
    const cited = primed.items.map((i) => i.resolution);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.every((r) => r.year === undefined && typeof r.title === 'string')).toBe(true);
    const nested = await loaders.cites.load({ number: cited[0]!.number, ...lean });
    expect(nested.items.length).toBeGreaterThan(0);
    expect(nested.items.every((i) => i.verb === null && i.resolution.year === undefined)).toBe(true);
    const loaded = await loaders.resolution.load(cited[0]!.number);
    expect(loaded?.number).toBe(cited[0]!.number);
    expect(typeof loaded?.year).toBe('number');
  });

  it('gives a nested page that selects edge properties the same edges, in the same order, as the cites loader alone', async () => {
    const nestedKey = { offset: 0, limit: 20, edgeKeys: ['verb', 'context'], nodeKeys: ['title'] };
    const loaders = createLoaders(app().db);
    loaders.selection.resolution = new Set(['title']);
    const page = { offset: 0, limit: 20, edgeKeys: [], nodeKeys: ['title'] };
    await prefetchResolutionPage(app().db, loaders, 2396, { withTopics: false, withComposition: false, cites: page, citedBy: null, nestedCites: nestedKey });
    const cited = (await loaders.cites.load({ number: 2396, ...page })).items.map((i) => i.resolution.number);
    const alone = createLoaders(app().db);
    alone.selection.resolution = new Set(['title']);
    let edges = 0;
    for (const number of cited) {
      const primed = await loaders.cites.load({ number, ...nestedKey });
      const fresh = await alone.cites.load({ number, ...nestedKey });
      const pick = (p: typeof primed) => ({ total: p.total, items: p.items.map((i) => [i.resolution.number, i.resolution.title, i.verb, i.context]) });
      expect(pick(primed)).toEqual(pick(fresh));
      edges += primed.items.filter((i) => i.context !== null).length;
    }
    expect(edges).toBeGreaterThan(10);
  });

  it('answers null for an unknown number, in one statement', async () => {
    const a = await gql(byNumber, { n: 999_999, first: 20, after: null });
    expect(a.data.r).toBeNull();
    expect(a.statements).toEqual(['resolution/page']);
  });

  it('leaves a scalar-only selection to the plain loader', async () => {
    const a = await gql('query S($n: Int!) { resolution(number: $n) { number title } }', { n: 2396 });
    expect(a.statements).toEqual(['resolution/byNumbers']);
  });

  it('still reports a bad cursor under the field that has it', async () => {
    const res = await fetch(`${app().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ resolution(number: 2396) { number cites(after: "nope") { totalCount } } }' }),
    });
    const body = (await res.json()) as { errors: Array<{ path: string[]; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ path: ['resolution', 'cites'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});
