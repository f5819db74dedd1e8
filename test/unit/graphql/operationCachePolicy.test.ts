import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createOperationCachePolicyPlugin } from '../../../src/graphql/operationCachePolicy';

// A schema with every kind of hint Apollo reads: on types, type extensions, fields, inheritMaxAge, PRIVATE,
// an interface whose implementations differ. Its resolvers return fixed values: what is compared is the
// header Apollo's own cache-control plugin and ours write for the same operation, not any data.
const typeDefs = `
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  enum CacheControlScope { PUBLIC PRIVATE }
  type Query {
    book: Book
    books: [Book!]!
    live: Live!
    me: User
    count: Int
    short: Int @cacheControl(maxAge: 5)
    items: [Item!]!
  }
  type Book { title: String, author: Author, price: Int @cacheControl(maxAge: 30), shelf: Shelf @cacheControl(inheritMaxAge: true) }
  type Author { name: String }
  type Shelf { label: String }
  type Live { now: String }
  extend type Live @cacheControl(maxAge: 0)
  type User @cacheControl(maxAge: 100, scope: PRIVATE) { name: String }
  interface Item { id: ID }
  type Plain implements Item { id: ID }
  type Hot implements Item @cacheControl(maxAge: 2) { id: ID, heat: Int @cacheControl(maxAge: 1) }
`;
const book = { title: 'T', author: { name: 'A' }, price: 1, shelf: { label: 'S' } };
const resolvers = {
  Query: {
    book: () => book,
    books: () => [book, book],
    live: () => ({ now: 'x' }),
    me: () => ({ name: 'u' }),
    count: () => 1,
    short: () => 2,
    items: () => [{ __typename: 'Plain', id: '1' }, { __typename: 'Hot', id: '2', heat: 3 }],
  },
  Item: { __resolveType: (o: { __typename: string }) => o.__typename },
};

async function headerOf(plugins: ApolloServerPlugin[], query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  const server = new ApolloServer({ schema: makeExecutableSchema({ typeDefs, resolvers }), plugins });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    return response.http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

// Every row has all three cells: jest.each takes a test function with more parameters than cells for a `done` callback.
const OPERATIONS: Array<[string, string, Record<string, unknown>]> = [
  ['a root scalar', '{ count }', {}],
  ['a root scalar with its own hint', '{ count short }', {}],
  ['nested objects', '{ book { title author { name } } }', {}],
  ['a field hint below the default', '{ book { title price } }', {}],
  ['inheritMaxAge', '{ book { shelf { label } } }', {}],
  ['a type extension with maxAge 0', '{ live { now } count }', {}],
  ['a PRIVATE type', '{ me { name } }', {}],
  ['a list', '{ books { title price } }', {}],
  ['an interface, plain fields', '{ items { id } }', {}],
  ['an interface, fragment on the hinted type', '{ items { id ... on Hot { heat } } }', {}],
  ['a named fragment', 'query Q { book { ...B } } fragment B on Book { price author { name } }', {}],
  ['@skip true drops a hinted field', 'query Q($s: Boolean!) { count live @skip(if: $s) { now } }', { s: true }],
  ['@skip false keeps it', 'query Q($s: Boolean!) { count live @skip(if: $s) { now } }', { s: false }],
  ['@include false', 'query Q($i: Boolean!) { count short @include(if: $i) }', { i: false }],
  ['introspection only', '{ __typename }', {}],
  ['an error', '{ nothing }', {}],
];

describe('the per-operation cache policy', () => {
  it.each(OPERATIONS)('writes the header Apollo writes: %s', async (_label, query, variables) => {
    const apollo = await headerOf([ApolloServerPluginCacheControl({ defaultMaxAge: 60 })], query, variables);
    const ours = await headerOf([ApolloServerPluginCacheControlDisabled(), createOperationCachePolicyPlugin(60)], query, variables);
    expect(ours).toBe(apollo);
  });

  it('is at least as strict where a hinted field is selected but never resolved', async () => {
    // `book` resolves to null here, so Apollo never sees `price`; the walk counts it (30 s, not 60 s).
    const server = new ApolloServer({
      schema: makeExecutableSchema({ typeDefs, resolvers: { ...resolvers, Query: { ...resolvers.Query, book: () => null } } }),
      plugins: [ApolloServerPluginCacheControlDisabled(), createOperationCachePolicyPlugin(60)],
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ book { price } }' });
      expect(response.http.headers.get('cache-control')).toBe('max-age=30, public');
    } finally {
      await server.stop();
    }
  });
});
