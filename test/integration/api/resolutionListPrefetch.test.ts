import { z } from 'zod';
import { encodeCursor } from '../../../src/resolvers/common/pagination';
import { describeCorpus } from '../../support/corpus';
import { corpusGraphql } from '../../support/corpusGraphql';

type Node = { number: number; symbol: string; title: string | null; topics: unknown[]; composition: unknown[] };
type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ cursor: string; node: Node }> };

/**
 * `resolutions(...)` fetches its page, its total and, when selected, each resolution's topics and composition in
 * one statement (cypher/resolution/list.cypher, seeking the year index). Its answers must be those of the
 * per-field loaders (`resolutionBySymbol` for each node: resolution/byNumbers, resolution/topics,
 * resolution/composition) and its page and total those of a plain Cypher statement written here.
 */
describeCorpus('resolution list look-ahead on the real corpus', () => {
  const { app, gql } = corpusGraphql();

  const fields = 'number symbol title topics { key name kind } composition { member { code name } vote permanent }';
  const list = `query L($filter: ResolutionFilter, $orderBy: ResolutionOrder, $first: Int, $after: String) {
    resolutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage } edges { cursor node { ${fields} } }
    }
  }`;

  /** The same resolutions through the per-field loaders: one alias per symbol, at most 10 aliases a request (docs/limits.md). */
  const viaLoaders = async (symbols: string[]): Promise<Node[]> => {
    if (symbols.length > 10) return [...(await viaLoaders(symbols.slice(0, 10))), ...(await viaLoaders(symbols.slice(10)))];
    const vars = symbols.map((_s, i) => `$s${i}: String!`).join(', ');
    const aliases = symbols.map((_s, i) => `r${i}: resolutionBySymbol(symbol: $s${i}) { ${fields} }`).join('\n');
    const { data, statements } = await gql(`query B(${vars}) { ${aliases} }`, Object.fromEntries(symbols.map((s, i) => [`s${i}`, s])));
    expect(statements).toEqual(expect.arrayContaining(['resolution/topics', 'resolution/composition']));
    return symbols.map((_s, i) => data[`r${i}`] as Node);
  };

  /** Numbers and total of the page, straight from Cypher: resolutions of years `from`..`to` by number. */
  const direct = async (from: number, to: number, descending: boolean, skip: number, limit: number) => {
    const row = z.object({ total: z.number().int(), numbers: z.array(z.number().int()) });
    const [r] = await app().db.read(
      {
        name: 'test/listDirect',
        text:
          'MATCH (r:Resolution) WHERE r.year >= $from AND r.year <= $to ' +
          'WITH r ORDER BY CASE WHEN $descending THEN -r.number ELSE r.number END ' +
          'WITH collect(r.number) AS numbers RETURN size(numbers) AS total, numbers[$skip..$skip + $limit] AS numbers',
      },
      { from, to, descending, skip, limit },
      row,
    );
    return r!;
  };

  it.each([
    ['one year, first page', { year: 1993 }, 'NUMBER_ASC', 1993, 1993, 50, 0],
    ['a year range, second page, descending', { yearFrom: 2000, yearTo: 2002 }, 'NUMBER_DESC', 2000, 2002, 20, 20],
    ['no filter, a page deep in', {}, 'NUMBER_ASC', 0, 9999, 25, 1000],
    ['one year, past the end', { year: 1993 }, 'NUMBER_ASC', 1993, 1993, 10, 200],
  ])('%s: one statement, the same answer as the loaders and as plain Cypher', async (_label, filter, orderBy, from, to, first, offset) => {
    const after = offset > 0 ? encodeCursor(offset - 1) : null;
    const { data, statements } = await gql(list, { filter, orderBy, first, after });
    expect(statements).toEqual(['resolution/list']);
    const page = data.resolutions as Connection;
    const expected = await direct(from, to, orderBy === 'NUMBER_DESC', offset, first);
    expect(page.totalCount).toBe(expected.total);
    expect(page.edges.map((e) => e.node.number)).toEqual(expected.numbers);
    expect(page.edges.map((e) => e.cursor)).toEqual(expected.numbers.map((_n, i) => encodeCursor(offset + i)));
    expect(page.pageInfo.hasNextPage).toBe(offset + first < expected.total);
    if (page.edges.length === 0) return;
    const nodes = page.edges.map((e) => e.node);
    expect(nodes).toEqual(await viaLoaders(nodes.map((n) => n.symbol)));
    expect(nodes.some((n) => n.topics.length > 0) && nodes.some((n) => n.composition.length > 0)).toBe(true);
  });

  it('other filters and orders: the same nodes as the loaders give', async () => {
    for (const [filter, orderBy] of [
      [{ member: 'FRA', yearFrom: 2010 }, 'DATE_ASC'],
      [{ topic: 'somalia' }, 'CITED_BY_DESC'],
      [{ chapterVII: true, yearTo: 1995 }, 'INFLUENCE_DESC'],
    ] as const) {
      const { data, statements } = await gql(list, { filter, orderBy, first: 15, after: null });
      expect(statements).toEqual(['resolution/list']);
      const page = data.resolutions as Connection;
      expect(page.edges.length).toBeGreaterThan(0);
      const nodes = page.edges.map((e) => e.node);
      expect(nodes).toEqual(await viaLoaders(nodes.map((n) => n.symbol)));
    }
  });

  it('reads no topics or composition when none is selected', async () => {
    const { data, statements } = await gql('{ resolutions(filter: { year: 1993 }, first: 5) { totalCount edges { node { number } } } }', {});
    expect(statements).toEqual(['resolution/list']);
    expect((data.resolutions as { totalCount: number }).totalCount).toBe((await direct(1993, 1993, false, 0, 1)).total);
  });

  it('Topic.resolutions takes the same path', async () => {
    const { data, statements } = await gql(`{ topic(name: "Somalia") { resolutions(first: 10) { totalCount edges { node { ${fields} } } } } }`, {});
    expect(statements).toEqual(expect.arrayContaining(['resolution/list']));
    expect(statements).not.toContain('resolution/topics');
    const page = (data.topic as { resolutions: Connection }).resolutions;
    expect(page.totalCount).toBeGreaterThan(10);
    const nodes = page.edges.map((e) => e.node);
    expect(nodes).toEqual(await viaLoaders(nodes.map((n) => n.symbol)));
  });
});
