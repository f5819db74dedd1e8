import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../../src/graphql/selectedFields';

const schema = buildSchema(`
  type Query { thing(id: Int!): Thing }
  type Thing { id: Int! name: String kids(first: Int = 20, after: String): [Thing!]! other: Other }
  type Other { x: Int }
`);

/** Runs `query` and returns what selectedFields sees under `thing`. */
async function lookAhead(query: string, variableValues: Record<string, unknown> = {}) {
  let seen: Array<{ name: string; args: Record<string, unknown>; count: number }> = [];
  const rootValue = {
    thing: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selectedFields(info, info.fieldNodes, 'Thing').map((f) => ({ name: f.name, args: f.args, count: f.nodes.length }));
      return null;
    },
  };
  const result = await graphql({ schema, source: query, rootValue, variableValues });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('selectedFields', () => {
  it('lists fields with coerced arguments, defaults applied', async () => {
    expect(await lookAhead('{ thing(id: 1) { id kids { id } } }')).toEqual([
      { name: 'id', args: {}, count: 1 },
      { name: 'kids', args: { first: 20 }, count: 1 },
    ]);
  });

  it('reads variables, and keeps aliases with other arguments apart', async () => {
    const seen = await lookAhead('query Q($n: Int) { thing(id: 1) { a: kids(first: $n) { id } b: kids(first: 3) { id } c: kids(first: 3) { name } } }', { n: 5 });
    expect(seen).toEqual([
      { name: 'kids', args: { first: 5 }, count: 1 },
      { name: 'kids', args: { first: 3 }, count: 2 },
    ]);
  });

  it('walks inline and named fragments, and honours @skip and @include', async () => {
    const seen = await lookAhead(
      `query Q($yes: Boolean!) {
        thing(id: 1) { ...F ... on Thing { name } other @skip(if: true) { x } kids @include(if: $yes) { id } }
      }
      fragment F on Thing { id ...F2 }
      fragment F2 on Thing { name }`,
      { yes: false },
    );
    expect(seen.map((f) => f.name)).toEqual(['id', 'name']);
    expect(seen.find((f) => f.name === 'name')?.count).toBe(2);
  });
});
