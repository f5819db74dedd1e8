import { ApolloServerErrorCode } from '@apollo/server/errors';
import { startApp, type App } from '../../src/app/startApp';
import { ErrorCode } from '../../src/errors/ErrorCode';
import { createLogger } from '../../src/logger';
import { loadApiFixture } from '../support/loadApiFixture';
import { testConfig } from '../support/testConfig';
import { FUZZ_KINDS, generateFuzzInputs, type FuzzInput } from '../support/generateFuzzInputs';
import { isKnownSlow, SLOW_CODES } from '../support/knownSlowInputs';
import { writeFuzzRecord } from '../support/writeFuzzRecord';

/**
 * Seeded fuzzing of the whole HTTP + GraphQL stack over a small real graph (the API's fixture):
 * random Lucene strings, unicode, huge strings, odd numbers and symbols, deep and wide queries,
 * broken documents and bodies. Every response must be below 500 and every error must carry a known
 * code other than INTERNAL_SERVER_ERROR; TIMEOUT and SERVICE_UNAVAILABLE fail too when the input,
 * sent again alone, still gets them, unless it is a known, documented case (knownSlowInputs.ts). `npm test` runs FUZZ_COUNT (default 1,500)
 * inputs; `npm run fuzz` runs 10,000 and writes its record (FUZZ_RECORD_DIR, see writeFuzzRecord.ts).
 * FUZZ_SEED changes the seed; a failure prints the seed and the input.
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20171221);
const CONCURRENCY = 8;

const ALLOWED_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);
ALLOWED_CODES.delete(ErrorCode.INTERNAL_SERVER_ERROR);

interface Outcome {
  input: FuzzInput;
  status: number;
  codes: string[];
  problem?: string;
}

async function send(url: string, input: FuzzInput): Promise<Outcome> {
  const raw = input.kind === 'malformed-json' || (typeof input.body === 'string' && input.kind === 'odd-body');
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? String(input.body) : JSON.stringify(input.body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { input, status: res.status, codes: [], problem: `non-JSON body: ${text.slice(0, 120)}` };
  }
  const results = Array.isArray(parsed) ? parsed : [parsed];
  const codes: string[] = [];
  for (const result of results as Array<{ errors?: Array<{ message?: string; extensions?: { code?: unknown; stacktrace?: unknown } }> }>) {
    for (const e of result?.errors ?? []) {
      const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'MISSING';
      codes.push(code);
      if (!ALLOWED_CODES.has(code)) return { input, status: res.status, codes, problem: `error code ${code}: ${e.message}` };
      if (SLOW_CODES.has(code) && !isKnownSlow(input)) return { input, status: res.status, codes, problem: `error code ${code} (not a known slow input): ${e.message}` };
    }
  }
  if (res.status >= 500) return { input, status: res.status, codes, problem: `status ${res.status}` };
  return { input, status: res.status, codes };
}

describe(`fuzzing the API with ${COUNT} seeded inputs (seed ${SEED})`, () => {
  let app: App;
  beforeAll(async () => {
    // A rate limit must not hide anything: the defaults (off) apply.
    app = await startApp(testConfig(), createLogger('silent'));
    await loadApiFixture(app.db);
  });
  afterAll(() => app.stop());

  it('answers every input below 500, with known error codes only, and stays up', async () => {
    const inputs = generateFuzzInputs(SEED, COUNT);
    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        outcomes.push(await send(app.url, input));
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const ms = Date.now() - started;

    // A TIMEOUT under 8 concurrent workers on a starved machine says little about the input: each
    // such input is sent again, alone. One that times out (or finds the database gone) again fails;
    // one answered in time is reported as transient and does not.
    const transient: Outcome[] = [];
    for (const [i, o] of outcomes.entries()) {
      if (!o.problem?.includes('(not a known slow input)')) continue;
      const again = await send(app.url, o.input);
      if (again.codes.some((c) => SLOW_CODES.has(c))) continue;
      transient.push(o);
      outcomes[i] = again;
    }
    if (transient.length > 0) process.stderr.write(`[fuzz] ${transient.length} inputs hit TIMEOUT/SERVICE_UNAVAILABLE under load but were answered when sent alone\n`);

    const byStatus = new Map<number, number>();
    const byCode = new Map<string, number>();
    for (const o of outcomes) {
      byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
      for (const c of o.codes) byCode.set(c, (byCode.get(c) ?? 0) + 1);
    }
    const failures = outcomes.filter((o) => o.problem);
    process.stderr.write(
      `[fuzz] seed ${SEED}: ${outcomes.length} inputs in ${ms} ms; statuses ${JSON.stringify(Object.fromEntries(byStatus))}; ` +
        `error codes ${JSON.stringify(Object.fromEntries(byCode))}; failures ${failures.length}\n`,
    );
    const slow = outcomes.filter((o) => o.codes.includes('TIMEOUT')).map((o) => `${o.input.kind} ${JSON.stringify(o.input.body).slice(0, 200)}`);
    if (slow.length > 0) process.stderr.write(`[fuzz] inputs that hit the transaction timeout:\n  ${slow.slice(0, 10).join('\n  ')}\n`);
    if (process.env.FUZZ_RECORD_DIR) {
      writeFuzzRecord(process.env.FUZZ_RECORD_DIR, { seed: SEED, count: outcomes.length, concurrency: CONCURRENCY, ms, statuses: Object.fromEntries(byStatus), errorCodes: Object.fromEntries(byCode), failures: failures.length, transientSlow: transient.length });
    }
    expect(outcomes).toHaveLength(COUNT);
    const firstOfEachKind = [...new Map(failures.map((f) => [f.input.kind + f.problem, f])).values()];
    expect(firstOfEachKind.slice(0, 8).map((f) => ({ kind: f.input.kind, problem: f.problem, body: JSON.stringify(f.input.body).slice(0, 300) }))).toEqual([]);
    // The run did reach the database and the limits (not just the parser): some searches succeeded,
    // some Lucene strings were refused, some queries were too complex.
    expect(byStatus.get(200) ?? 0).toBeGreaterThan(COUNT / 10);
    expect(byCode.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(0);
    expect(byCode.get('QUERY_TOO_COMPLEX') ?? 0).toBeGreaterThan(0);
    expect(new Set(outcomes.map((o) => o.input.kind))).toEqual(new Set(FUZZ_KINDS));
    // Still up and still answering real queries afterwards.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const after = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(query: "terrorist", first: 2) { totalCount } }' }) });
    expect(((await after.json()) as { data: { search: { totalCount: number } } }).data.search.totalCount).toBeGreaterThan(0);
  }, 1_800_000);
});
