import { buildSchema, getOperationAST, parse } from 'graphql';
import { AppError } from '../../../../src/errors/AppError';
import { computeQueryCost } from '../../../../src/graphql/limits/computeQueryCost';
import { COST_MODEL, type CostModel } from '../../../../src/graphql/limits/costModel';
import { loadTypeDefs } from '../../../../src/graphql/loadTypeDefs';

/** A schema of our own, so the arithmetic below does not move when the product schema does. */
const schema = buildSchema(`
  type Query {
    item(id: Int!): Item
    items(first: Int = 20): ItemConnection!
    chain(maxDepth: Int = 2): Chain!
    paths(maxDepth: Int = 4, limit: Int = 10): [Path!]!
    tags: [Tag!]!
    version: String!
  }
  type Item { id: Int! name: String! tags: [Tag!]! related(first: Int = 20): ItemConnection! }
  type ItemConnection { edges: [ItemEdge!]! totalCount: Int! pageInfo: PageInfo! }
  type ItemEdge { cursor: String! node: Item! }
  type PageInfo { hasNextPage: Boolean! }
  type Tag { name: String! }
  type Chain { entries: [Item!]! truncated: Boolean! }
  type Path { nodes: [Item!]! }
`);

const model: CostModel = { maxFirst: 100, defaultListSize: 10, traversalStepCost: 50, listSizes: { 'Item.tags': 3 }, resultCaps: { 'Query.chain': 2000 } };

function cost(query: string, variables: Record<string, unknown> = {}, s = schema, m = model): number {
  const doc = parse(query);
  const op = getOperationAST(doc);
  if (!op) throw new Error('no operation');
  return computeQueryCost(s, doc, op, variables, m);
}

describe('computeQueryCost', () => {
  it('counts object fields as 1 and scalars as 0', () => {
    expect(cost('{ version }')).toBe(0);
    expect(cost('{ item(id: 1) { id name } }')).toBe(1);
  });

  it('multiplies what sits inside a connection\'s lists by `first`, and counts the rest once', () => {
    // items 1 + edges: 5 × (edges 1 + node 1) + pageInfo 1
    expect(cost('{ items(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } }')).toBe(1 + 5 * 2 + 1);
  });

  it('uses the schema default for `first` when the argument is left out', () => {
    expect(cost('{ items { edges { node { id } } } }')).toBe(1 + 20 * 2);
  });

  it('multiplies nested connections', () => {
    const q = (a: number, b: number) => `{ items(first: ${a}) { edges { node { related(first: ${b}) { edges { node { id } } } } } } }`;
    // 1 + a × (edges 1 + node 1 + related (1 + b × 2))
    expect(cost(q(10, 10))).toBe(1 + 10 * (2 + 1 + 10 * 2));
    expect(cost(q(100, 100))).toBe(1 + 100 * (2 + 1 + 100 * 2));
  });

  it('reads `first` from variables', () => {
    expect(cost('query($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 3 })).toBe(1 + 3 * 2);
  });

  it('adds the traversal step cost per `maxDepth` and counts the result cap when there is no `limit`', () => {
    // chain 1 + 4 × 50, entries: 2000 × 1
    expect(cost('{ chain(maxDepth: 4) { truncated entries { id } } }')).toBe(1 + 200 + 2000);
    // 6 × 50, then limit 7 × (the path 1 + nodes: default 10 × 1)
    expect(cost('{ paths(maxDepth: 6, limit: 7) { nodes { id } } }')).toBe(300 + 7 * (1 + 10));
  });

  it('uses known list sizes, then the default list size', () => {
    expect(cost('{ item(id: 1) { tags { name } } }')).toBe(1 + 3 * 1);
    expect(cost('{ tags { name } }')).toBe(10 * 1);
  });

  it('counts aliases and fragments every time they are used', () => {
    const withFragment = `
      { a: items(first: 2) { ...E } b: items(first: 2) { ...E } }
      fragment E on ItemConnection { edges { node { id } } }`;
    expect(cost(withFragment)).toBe(2 * (1 + 2 * 2));
    expect(cost('{ a: item(id: 1) { id } b: item(id: 2) { id } c: item(id: 3) { id } }')).toBe(3);
  });

  it('stays fast on fragments that fan out exponentially, and reports a huge cost', () => {
    const levels = 12;
    const parts = ['{ items(first: 100) { ...F0 } }'];
    for (let i = 0; i < levels; i++) parts.push(`fragment F${i} on ItemConnection { edges { node { a: related(first: 100) { ...F${i + 1} } b: related(first: 100) { ...F${i + 1} } } } }`);
    parts.push(`fragment F${levels} on ItemConnection { totalCount }`);
    const started = Date.now();
    const c = cost(parts.join('\n'));
    expect(Date.now() - started).toBeLessThan(500);
    expect(c).toBeGreaterThan(1e9);
  });

  it('ignores introspection fields', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('refuses `first` outside 1..maxFirst with BAD_USER_INPUT naming the field', () => {
    for (const first of [0, -1, 101]) {
      let error: unknown;
      try {
        cost(`{ item(id: 1) { aka: related(first: ${first}) { totalCount } } }`);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', path: 'item.aka', max: 100 });
      expect((error as AppError).message).toContain(`got ${first}`);
    }
  });
});

describe('computeQueryCost on the product schema', () => {
  const product = buildSchema(loadTypeDefs());
  const c = (q: string) => cost(q, {}, product, COST_MODEL);

  it('keeps the issue\'s four benchmark shapes well under the default limit of 20000', () => {
    const resolution = c('{ resolution(number: 2396) { title topics { name } composition { vote } cites { edges { node { number } } } citedBy { edges { node { number } } } } }');
    const search = c('{ search(query: "peace", first: 20) { totalCount edges { node { score resolution { number title } snippets { text highlights { start end } } } } } }');
    const chain = c('{ citationChain(number: 2396, maxDepth: 3) { entries { distance resolution { number } } } }');
    const graph = c('{ citationGraph(numbers: [2396], depth: 2, limit: 500) { nodes { id } edges { source target } } }');
    for (const v of [resolution, search, chain, graph]) expect(v).toBeLessThan(20_000);
    expect(chain).toBeGreaterThan(2000);
  });

  it('prices nodes(ids:) by the number of IDs', () => {
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `id${i}`));
    expect(c(`{ nodes(ids: ${ids(3)}) { id } }`)).toBe(3);
    expect(c(`{ nodes(ids: ${ids(100)}) { ... on Resolution { citedBy(first: 100) { edges { node { number } } } } } }`)).toBeGreaterThan(20_000);
    expect(c(`{ nodes(ids: ${ids(2)}) { ... on Resolution { citedBy(first: 100) { edges { node { number } } } } } }`)).toBeLessThan(20_000);
  });

  it('prices two nested pages of 100 above the default limit', () => {
    expect(c('{ resolutions(first: 100) { edges { node { cites(first: 100) { edges { node { number } } } } } } }')).toBeGreaterThan(20_000);
  });
});
