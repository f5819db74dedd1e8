import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import { applySchema } from '../../../src/db/applySchema';
import type { Database } from '../../../src/db/Database';
import { AppError } from '../../../src/errors/AppError';
import { loadConfig } from '../../../src/config/loadConfig';
import { testConfig } from '../../support/testConfig';

const q = (name: string, text: string) => ({ name, text });

describe('Database against the real Neo4j', () => {
  let db: Database;
  beforeAll(() => {
    db = createDatabase(testConfig());
  });
  afterAll(() => db.close());

  it('round-trips a write and a read, converting Integer and Date values', async () => {
    await db.write(q('t/clean', 'MATCH (n:RoundTrip) DETACH DELETE n'), {}, z.unknown());
    await db.write(q('t/create', 'CREATE (:RoundTrip {n: $n, d: date($d), l: [1, 2]})'), { n: 2396, d: '2017-12-21' }, z.unknown());
    const rows = await db.read(q('t/read', 'MATCH (x:RoundTrip) RETURN x.n AS n, x.d AS d, x.l AS l, x AS node'), {}, z.object({ n: z.number(), d: z.string(), l: z.array(z.number()), node: z.record(z.string(), z.unknown()) }));
    expect(rows).toEqual([{ n: 2396, d: '2017-12-21', l: [1, 2], node: { n: 2396, d: '2017-12-21', l: [1, 2] } }]);
  });

  it('writes every temporal value as the driver does, inside lists and maps too', async () => {
    const text =
      "RETURN [date('2017-12-21'), date('0987-03-05'), date('+12345-01-02'), date('-0044-03-15')] AS dates, " +
      "{at: datetime('2017-12-21T10:15:30.5Z'), local: localdatetime('2017-12-21T10:15'), t: time('10:15+01:00'), lt: localtime('10:15'), d: duration('P1DT2H'), nested: [{day: date('1946-01-25')}]} AS map";
    const rows = await db.read(q('t/temporal', text), {}, z.object({ dates: z.array(z.string()), map: z.record(z.string(), z.unknown()) }));
    // What the driver's own toString writes for each value, read from a bare session (no conversion of ours).
    const session = db.driver.session({ database: db.databaseName });
    try {
      const raw = (await session.run(text)).records[0]!;
      const map = raw.get('map') as Record<string, unknown> & { nested: Array<{ day: unknown }> };
      expect(rows).toEqual([
        {
          dates: (raw.get('dates') as unknown[]).map(String),
          map: { at: String(map.at), local: String(map.local), t: String(map.t), lt: String(map.lt), d: String(map.d), nested: [{ day: String(map.nested[0]!.day) }] },
        },
      ]);
      expect(rows[0]!.dates).toEqual(['2017-12-21', '0987-03-05', '+012345-01-02', '-000044-03-15']);
    } finally {
      await session.close();
    }
  });

  it('reports each query to listeners', async () => {
    const names: string[] = [];
    const off = db.onQuery((e) => names.push(e.name));
    await db.read(q('t/one', 'RETURN 1 AS one'), {}, z.object({ one: z.number() }));
    off();
    expect(names).toEqual(['t/one']);
  });

  it('rejects a row whose shape differs from the schema with a coded error', async () => {
    await expect(db.read(q('t/shape', 'RETURN "x" AS one'), {}, z.object({ one: z.number() }))).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('applies the schema idempotently', async () => {
    const first = await applySchema(db);
    const second = await applySchema(db);
    expect(second).toBe(first);
    const rows = await db.read(q('t/idx', "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name ORDER BY name"), {}, z.object({ name: z.string() }));
    expect(rows.map((r) => r.name)).toEqual(['paragraph_search', 'resolution_ranked', 'resolution_search']);
  });

  it('stops a transaction that outlives its timeout with TIMEOUT', async () => {
    const slow = createDatabase(loadConfig({ ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD, NEO4J_TX_TIMEOUT_MS: '200', LOG_LEVEL: 'silent' }));
    try {
      await expect(slow.read(q('t/slow', 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS c'), {}, z.unknown())).rejects.toMatchObject({ code: 'TIMEOUT' });
    } finally {
      await slow.close();
    }
  });

  it('translates an unreachable server into SERVICE_UNAVAILABLE', async () => {
    const dead = createDatabase(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '500', LOG_LEVEL: 'silent' }));
    try {
      const err = await dead.read(q('t/dead', 'RETURN 1'), {}, z.unknown()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await dead.close();
    }
  });
});
