import fs from 'node:fs';
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { queryFromName } from './queryFromName';
import { decodeParams, type QueryTrace } from './QueryTrace';

/**
 * The raw-driver floor as an HTTP endpoint, so it meets the same load generator as the GraphQL
 * servers: `POST /floor {"w": workload, "v": variant}` replays the Cypher our server sent for that
 * operation (recorded beforehand) straight through neo4j-driver, each as an auto-commit read — a wave's queries in parallel,
 * waves in order — and answers the records as JSON. No GraphQL parsing, validation, resolvers,
 * DataLoader or row schemas: what is left is Bolt, Neo4j and JSON.
 * Env: NEO4J_URI, NEO4J_PASSWORD, TRACE_FILE, PORT (0 = free port). Prints `{"ready":true,"url":...}`.
 */
const traces = JSON.parse(fs.readFileSync(process.env.TRACE_FILE ?? '', 'utf8')) as QueryTrace[];
const plans = new Map(
  traces.map((t) => [
    `${t.workload}/${t.variant}`,
    t.waves.map((wave) => wave.map((q) => ({ text: q.text ?? queryFromName(q.name).text, params: decodeParams(q.params) as Record<string, unknown> }))),
  ]),
);
const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''), {
  maxConnectionPoolSize: 50,
  disableLosslessIntegers: true,
});

/**
 * One statement as an auto-commit read (RUN and PULL in one write, one round trip), as our server sends its reads
 * since 2026-12-02 (src/db/Database.ts): a managed transaction's BEGIN and COMMIT would make the floor slower
 * than the best-known way to send the same statement.
 */
async function autoCommitRead(text: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: 'neo4j' });
  try {
    return await session.run(text, params);
  } finally {
    await session.close();
  }
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const { w, v } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { w: string; v: number };
        const plan = plans.get(`${w}/${v}`);
        if (!plan) throw new Error(`no trace for ${w}/${v}`);
        const out: unknown[] = [];
        for (const wave of plan) {
          const results = await Promise.all(wave.map((q) => autoCommitRead(q.text, q.params)));
          for (const r of results) out.push(r.records.map((rec) => rec.toObject()));
        }
        const body = JSON.stringify({ data: out });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (err) {
        const body = JSON.stringify({ errors: [{ message: String(err) }] });
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(body);
      }
    })();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ ready: true, url: `http://127.0.0.1:${address.port}/floor` })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
