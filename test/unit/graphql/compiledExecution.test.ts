import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType } from 'graphql';
import { AppError } from '../../../src/errors/AppError';
import { ErrorCode } from '../../../src/errors/ErrorCode';
import { createCompiledExecutionGateway, createCompiledExecutor } from '../../../src/graphql/compiledExecution';
import { createFormatError } from '../../../src/graphql/formatError';

/**
 * The error paths the real schema's resolvers never take on purpose (a non-null field that resolves null, a plain
 * Error, a value a scalar cannot serialise, an abstract type's resolved type), on a small schema: Apollo with the
 * compiled executor must answer byte for byte as Apollo with graphql-js, error formatting included, in production
 * (messages masked) and with stack traces off or on.
 */
const typeDefs = `
  scalar Odd
  interface Thing { id: ID! }
  type Box implements Thing { id: ID! size: Int }
  type Bag implements Thing { id: ID! colour: String }
  type Item { name: String! maybe: String count: Int odd: Odd tags: [String!] }
  type Query {
    item(name: String): Item
    items: [Item!]!
    nullableItems: [Item]
    things: [Thing!]!
    boom: String
    coded: String
    late: String
    slow(ms: Int = 1): Int
  }
`;

const resolvers = {
  Odd: new GraphQLScalarType({
    name: 'Odd',
    serialize(v) {
      if (typeof v !== 'number' || v % 2 === 0) throw new TypeError(`Odd cannot represent ${String(v)}`);
      return v;
    },
  }),
  Thing: { __resolveType: (t: { kind: string }) => t.kind },
  Query: {
    item: (_: unknown, { name }: { name?: string }) => (name === 'none' ? null : { name: name === 'nullname' ? null : (name ?? 'x'), count: 2 ** 31, odd: name === 'even' ? 4 : 3, tags: name === 'badtags' ? ['a', null] : ['a'] }),
    items: () => [{ name: 'a' }, { name: null }, { name: 'c' }],
    nullableItems: () => [{ name: 'a' }, { name: null }],
    things: () => [
      { kind: 'Box', id: 1, size: 3 },
      { kind: 'Bag', id: '2', colour: 'red' },
    ],
    boom: () => {
      throw new Error('driver said: MATCH (n) failed');
    },
    coded: () => {
      throw new AppError(ErrorCode.NOT_FOUND, 'No such thing', { argument: 'x' });
    },
    late: async () => {
      await new Promise((r) => setTimeout(r, 1));
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Late and bad');
    },
    slow: async (_: unknown, { ms }: { ms: number }) => {
      await new Promise((r) => setTimeout(r, ms));
      return ms;
    },
  },
};

const OPERATIONS = [
  '{ item(name: "a") { name maybe tags } }',
  '{ item(name: "none") { name } }',
  '{ item(name: "nullname") { name maybe } }',
  '{ item(name: "badtags") { tags } }',
  '{ item(name: "a") { count } }',
  '{ item(name: "even") { odd } }',
  '{ item(name: "odd") { odd } }',
  '{ items { name } }',
  '{ nullableItems { name } }',
  '{ things { __typename id ... on Box { size } ... on Bag { colour } } }',
  '{ boom }',
  '{ coded }',
  '{ late coded boom a: slow(ms: 2) }',
  '{ a: item(name: "nullname") { name } b: item(name: "none") { name } c: boom }',
  '{ item(name: "nullname") { name n2: name } }',
  'query($n: String) { item(name: $n) { name } }',
  'query($n: Int!) { slow(ms: $n) }',
  'query($n: Int!) { slow(ms: $n) } query Other { boom }',
];

const VARIABLES: Array<Record<string, unknown> | undefined> = [undefined, { n: 'nullname' }, { n: 'x' }, { n: 3 }, { n: null }, { n: {} }];

function servers(stackTraces: boolean) {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const options = { formatError: createFormatError(stackTraces), includeStacktraceInErrorResponses: stackTraces, stopOnTerminationSignals: false };
  const compiled = new ApolloServer({ ...options, gateway: createCompiledExecutionGateway(schema, createCompiledExecutor(schema, { maxOperations: 4, compileAfter: 0 })) });
  const reference = new ApolloServer({ ...options, schema });
  return { compiled, reference };
}

async function answer(server: ApolloServer, query: string, variables: Record<string, unknown> | undefined, operationName?: string): Promise<string> {
  const res = await server.executeOperation({ query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) });
  return JSON.stringify({ status: res.http.status ?? 200, body: res.body });
}

/** Stack lines differ by executor (their frames are the executors' own); everything else must not. */
function withoutStacks(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value: unknown) => (key === 'stacktrace' && Array.isArray(value) ? ['(stack)'] : value));
}

describe('compiled execution (graphql-jit) against graphql-js, through Apollo', () => {
  for (const stackTraces of [false, true]) {
    describe(stackTraces ? 'with stack traces' : 'in production', () => {
      const { compiled, reference } = servers(stackTraces);
      beforeAll(async () => {
        await compiled.start();
        await reference.start();
      });
      afterAll(async () => {
        await compiled.stop();
        await reference.stop();
      });

      it.each(OPERATIONS)('%s', async (query) => {
        for (const variables of VARIABLES) {
          for (const operationName of query.includes('Other') ? [undefined, 'Other'] : [undefined]) {
            const a = withoutStacks(await answer(compiled, query, variables, operationName));
            const b = withoutStacks(await answer(reference, query, variables, operationName));
            expect(a).toBe(b);
          }
        }
      });
    });
  }

  it('compiles an operation at its request after `compileAfter`, and keeps at most `maxOperations`, dropping the least recently used', async () => {
    const schema = makeExecutableSchema({ typeDefs, resolvers });
    const executor = createCompiledExecutor(schema, { maxOperations: 4, compileAfter: 1 });
    const server = new ApolloServer({ gateway: createCompiledExecutionGateway(schema, executor), stopOnTerminationSignals: false });
    await server.start();
    try {
      await server.executeOperation({ query: '{ a0: slow(ms: 1) }' });
      expect(executor.compiledCount()).toBe(0);
      await server.executeOperation({ query: '{ a0: slow(ms: 1) }' });
      expect(executor.compiledCount()).toBe(1);
      for (let i = 1; i < 6; i++) for (let twice = 0; twice < 2; twice++) await server.executeOperation({ query: `{ a${i}: slow(ms: 1) }` });
      expect(executor.compiledCount()).toBe(4);
      // a5 is held: running it again compiles nothing more.
      await server.executeOperation({ query: '{ a5: slow(ms: 1) }' });
      expect(executor.compiledCount()).toBe(4);
    } finally {
      await server.stop();
    }
  });
});
