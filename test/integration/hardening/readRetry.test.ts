import net from 'node:net';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database, QueryEvent } from '../../../src/db/Database';
import { testConfig } from '../../support/testConfig';

const q = (name: string, text: string) => ({ name, text });

/**
 * A TCP relay to the suite's real Neo4j that can cut one connection: the first time a statement whose text holds
 * `cutAt` comes through, both sockets are destroyed before Neo4j sees it, as when a connection drops mid-request.
 * It counts every time each marker's text passes from the driver to Neo4j, per connection.
 */
async function startRelay(target: { host: string; port: number }) {
  const state = { cutAt: null as string | null, cuts: 0, connections: 0, seen: new Map<string, number>() };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    state.connections += 1;
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (state.cutAt !== null && text.includes(state.cutAt)) {
        state.cutAt = null;
        state.cuts += 1;
        drop();
        return;
      }
      for (const marker of state.seen.keys()) if (text.includes(marker)) state.seen.set(marker, state.seen.get(marker)! + 1);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    port: (server.address() as net.AddressInfo).port,
    watch: (marker: string) => state.seen.set(marker, 0),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Database.read sends a read as one auto-commit statement and, only when that fails with an error the driver calls
 * retryable, sends it again through executeRead. Here the failure is a real one: the connection to the real Neo4j is
 * cut while the statement is on its way (the driver reports the lost connection as retryable); a statement Neo4j
 * itself refuses (a syntax error: a client error) is not sent again.
 */
describe('Database.read after a lost connection (real Neo4j behind a relay that cuts one connection)', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let db: Database;
  const events: QueryEvent[] = [];

  beforeAll(async () => {
    const target = new URL(testConfig().neo4j.uri);
    relay = await startRelay({ host: target.hostname, port: Number(target.port) });
    db = createDatabase(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${relay.port}` }));
    db.onQuery((e) => events.push(e));
    // A connection in the pool first, so the cut below hits a statement, not the handshake.
    await db.read(q('t/warm', 'RETURN 1 AS one'), {}, z.object({ one: z.number() }));
  });
  afterAll(async () => {
    await db.close();
    await relay.close();
  });

  it('answers a read whose auto-commit statement lost its connection, by sending it once more, on a new connection', async () => {
    const marker = 'read-retry-probe-1';
    relay.watch(marker);
    relay.state.cutAt = marker;
    const connectionsBefore = relay.state.connections;
    events.length = 0;
    const rows = await db.read(q('t/retry', `RETURN 2396 AS n, '${marker}' AS probe`), {}, z.object({ n: z.number(), probe: z.string() }));
    expect(rows).toEqual([{ n: 2396, probe: marker }]);
    expect(relay.state.cuts).toBe(1);
    // The cut statement never reached Neo4j; the second one did, on a new connection.
    expect(relay.state.seen.get(marker)).toBe(1);
    expect(relay.state.connections).toBeGreaterThan(connectionsBefore);
    expect(events.map((e) => [e.name, e.rows, e.error])).toEqual([['t/retry', 1, undefined]]);
  });

  it('does not send again a read Neo4j refused (a client error is not retryable)', async () => {
    const marker = 'read-retry-probe-2';
    relay.watch(marker);
    await expect(db.read(q('t/refused', `RETURN '${marker}' AS probe,`), {}, z.object({ probe: z.string() }))).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(relay.state.seen.get(marker)).toBe(1);
  });
});
