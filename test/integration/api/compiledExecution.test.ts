import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { WORKLOADS } from '../../../bench/workloads/workloads';
import { describeCorpus } from '../../support/corpus';
import { generateFuzzInputs } from '../../support/generateFuzzInputs';
import { loadApiFixture } from '../../support/loadApiFixture';
import { SLOW_CODES } from '../../support/knownSlowInputs';
import { testConfig } from '../../support/testConfig';

/**
 * The compiled executor (graphql-jit, src/graphql/compiledExecution.ts) must answer byte for byte as graphql-js
 * does: two servers over one database, one per executor, get the same requests, and their status, cache-control
 * header and body text must be equal. Requests: the bench workloads, hand-written operations that reach errors,
 * nulls, the `Node` interface, the Date scalar, enums, fragments, directives, aliases and bad variables, and a
 * seeded share of the fuzz inputs (test/fuzz), which cover malformed documents and odd argument values.
 */

interface Answer {
  status: number;
  cacheControl: string | null;
  body: string;
}

async function post(app: App, body: unknown): Promise<Answer> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: await res.text() };
}

/**
 * The reference server's answer to one request, and the compiled server's two answers to it: the first run by
 * graphql-js (an operation is compiled at its second request, createApolloServer's `compileAfter`), the second by
 * the compiled operation.
 */
async function answers(compiled: App, reference: App, body: unknown): Promise<{ first: Answer; second: Answer; reference: Answer }> {
  const first = await post(compiled, body);
  const second = await post(compiled, body);
  return { first, second, reference: await post(reference, body) };
}

const RESOLUTION_FIELDS = 'number symbol title date year hasText citesCount citedByCount';

/** Operations on the API fixture: each answer must be the same from both servers, whatever it is. */
const OPERATIONS: Array<{ name: string; body: unknown }> = [
  ...WORKLOADS.flatMap((w) => w.variants.map((variables, i) => ({ name: `${w.id} #${i}`, body: { query: w.query, variables } }))),
  { name: 'resolution with every scalar', body: { query: `{ resolution(number: 2396) { ${RESOLUTION_FIELDS} votes { modality yes no abstain nonVoting unanimous } } }` } },
  { name: 'a resolution that does not exist (null)', body: { query: '{ resolution(number: 999999) { number } }' } },
  { name: 'node interface with __typename and fragments', body: { query: `{ a: node(id: "UmVzb2x1dGlvbjoyMzk2") { __typename id ... on Resolution { number title } } b: node(id: "VG9waWM6bm9wZS10b3BpYw==") { __typename id } c: node(id: "bogus") { id } }` } },
  { name: 'aliases, @skip and @include with variables', body: { query: 'query($s: Boolean!, $i: Boolean!) { x: resolution(number: 2396) { n: number t: title @skip(if: $s) y: year @include(if: $i) } }', variables: { s: true, i: false } } },
  { name: 'named fragments, nested', body: { query: 'query Q { resolution(number: 2396) { ...R cites(first: 2) { edges { node { ...R } } } } } fragment R on Resolution { number symbol date }' } },
  { name: 'two operations, one picked by name', body: { query: 'query A { serverInfo { version } } query B { resolution(number: 2396) { number } }', operationName: 'B' } },
  { name: 'two operations, none named', body: { query: 'query A { serverInfo { version } } query B { resolution(number: 2396) { number } }' } },
  { name: 'NOT_FOUND from a resolver, with data beside it', body: { query: '{ ok: resolution(number: 2396) { number } chain: citationChain(number: 999999) { totalCount } }' } },
  { name: 'BAD_USER_INPUT from a resolver', body: { query: '{ resolutions(first: -5) { totalCount } }' } },
  { name: 'BAD_USER_INPUT for a bad cursor', body: { query: '{ resolutions(first: 2, after: "not a cursor") { totalCount } }' } },
  { name: 'variable: string for Int', body: { query: 'query($n: Int!) { resolution(number: $n) { number } }', variables: { n: '2396' } } },
  { name: 'variable: missing required', body: { query: 'query($n: Int!) { resolution(number: $n) { number } }', variables: {} } },
  { name: 'variable: null for non-null', body: { query: 'query($n: Int!) { resolution(number: $n) { number } }', variables: { n: null } } },
  { name: 'variable: float for Int', body: { query: 'query($n: Int!) { resolution(number: $n) { number } }', variables: { n: 2396.5 } } },
  { name: 'variable: unknown enum value', body: { query: 'query($d: CitationDirection) { citationChain(number: 2396, direction: $d) { totalCount } }', variables: { d: 'SIDEWAYS' } } },
  { name: 'variable: enum value', body: { query: 'query($d: CitationDirection) { citationChain(number: 2396, direction: $d) { totalCount entries { distance } } }', variables: { d: 'CITED_BY' } } },
  { name: 'variable: input object with an unknown field', body: { query: 'query($f: ResolutionFilter) { resolutions(filter: $f, first: 2) { totalCount } }', variables: { f: { year: 2017, colour: 'red' } } } },
  { name: 'variable: bad Date in an input object', body: { query: 'query($f: ResolutionFilter) { resolutions(filter: $f, first: 2) { totalCount } }', variables: { f: { dateFrom: '2017-02-30' } } } },
  { name: 'variable: a single value for a list', body: { query: 'query($ns: [Int!]!) { citationGraph(numbers: $ns) { nodes { number } } }', variables: { ns: 2396 } } },
  { name: 'variable: several errors at once', body: { query: 'query($n: Int!, $m: Int!) { a: resolution(number: $n) { number } b: resolution(number: $m) { number } }', variables: { n: 'x', m: 'y' } } },
  { name: 'validation error', body: { query: '{ resolution(number: 2396) { nope } }' } },
  { name: 'syntax error', body: { query: '{ resolution(number: 2396) { number }' } },
  { name: 'typename at the root', body: { query: '{ __typename serverInfo { __typename version } }' } },
  { name: 'introspection', body: { query: '{ __type(name: "Resolution") { name kind fields { name } } }' } },
  { name: 'stats and members', body: { query: '{ stats { resolutions } members(permanent: true) { code name permanent } }' } },
];

describe('compiled execution answers as graphql-js does (API fixture)', () => {
  let compiled: App;
  let reference: App;

  beforeAll(async () => {
    compiled = await startApp(testConfig({ GRAPHQL_EXECUTOR: 'compiled' }), createLogger('silent'));
    reference = await startApp(testConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }), createLogger('silent'));
    await loadApiFixture(compiled.db);
  }, 120_000);

  afterAll(async () => {
    await compiled?.stop(1_000);
    await reference?.stop(1_000);
  });

  it.each(OPERATIONS.map((o) => [o.name, o.body] as const))('%s', async (_name, body) => {
    const { first, second, reference: expected } = await answers(compiled, reference, body);
    expect(second).toEqual(expected);
    expect(first).toEqual(expected);
  });

  it('answers a document with two operations and no operation name 400, not 500', async () => {
    const answer = await post(compiled, { query: 'query A { serverInfo { version } } query B { resolution(number: 2396) { number } }' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ message: 'Must provide operation name if query contains multiple operations.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
  });

  it('answers the hand-written operations with data and with errors, so both paths are compared', async () => {
    const answers = await Promise.all(OPERATIONS.map((o) => post(compiled, o.body)));
    const withErrors = answers.filter((a) => a.body.includes('"errors"')).length;
    const withData = answers.filter((a) => a.body.includes('"data":{')).length;
    expect(withErrors).toBeGreaterThanOrEqual(12);
    expect(withData).toBeGreaterThanOrEqual(20);
  });

  it('answers 300 fuzz inputs as graphql-js does', async () => {
    const inputs = generateFuzzInputs(20261202, 300);
    const mismatches: string[] = [];
    let slow = 0;
    for (const input of inputs) {
      const raw = input.kind === 'malformed-json' || (typeof input.body === 'string' && input.kind === 'odd-body');
      const body = raw ? String(input.body) : input.body;
      const { first, second, reference: b } = await answers(compiled, reference, body);
      // A database timeout on any side is the machine's load, not an executor's answer: counted, not compared.
      if ([...SLOW_CODES].some((code) => [first, second, b].some((x) => x.body.includes(`"${code}"`)))) {
        slow++;
        continue;
      }
      for (const a of [second, first]) {
        if (a.status !== b.status || a.body !== b.body || a.cacheControl !== b.cacheControl) {
          mismatches.push(`${input.kind} ${JSON.stringify(input.body).slice(0, 200)}\n  compiled:   ${a.status} ${a.body.slice(0, 300)}\n  graphql-js: ${b.status} ${b.body.slice(0, 300)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(slow).toBeLessThan(6);
  }, 300_000);
});

describeCorpus('compiled execution answers as graphql-js does (corpus)', () => {
  let compiled: App;
  let reference: App;

  beforeAll(async () => {
    const corpus = { NEO4J_URI: process.env.NEO4J_CORPUS_URI! };
    compiled = await startApp(testConfig({ ...corpus, GRAPHQL_EXECUTOR: 'compiled' }), createLogger('silent'));
    reference = await startApp(testConfig({ ...corpus, GRAPHQL_EXECUTOR: 'graphql-js' }), createLogger('silent'));
  }, 60_000);

  afterAll(async () => {
    await compiled?.stop(1_000);
    await reference?.stop(1_000);
  });

  it.each(WORKLOADS.flatMap((w) => w.variants.map((variables, i) => [`${w.id} #${i}`, { query: w.query, variables }] as const)))('%s', async (_name, body) => {
    const { first, second, reference: expected } = await answers(compiled, reference, body);
    expect(expected.body).not.toContain('"errors"');
    expect(second).toEqual(expected);
    expect(first).toEqual(expected);
  });
});
