import neo4j, { Driver, ManagedTransaction, Neo4jError, Session, type QueryResult, type Result } from 'neo4j-driver';
import type { z } from 'zod';
import { AppError } from '../errors/AppError';
import { ErrorCode } from '../errors/ErrorCode';
import type { Logger } from '../logger';
import type { CypherQuery } from './CypherQuery';
import { checkRow } from './rowCheck';
import { recordToObject, toNative } from './toNative';
import { translateError } from './translateError';

export type Params = Record<string, unknown>;

/** What every query reports once it has finished, for logs, tests that count round trips, and benchmarks. */
export interface QueryEvent {
  name: string;
  params: Params;
  rows: number;
  ms: number;
  mode: 'READ' | 'WRITE';
  error?: string;
}

export type QueryListener = (event: QueryEvent) => void;

/** The surface resolvers and loaders use: it makes testing and per-request counting possible. */
export interface QueryRunner {
  read<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]>;
  write<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  maxPoolSize?: number;
  connectTimeoutMs?: number;
  logger?: Logger;
}

/**
 * The one module that talks to Neo4j. Sessions are opened per call and closed in `finally`;
 * reads run in READ sessions, so a `neo4j://` routing URI sends them to followers. A read is first sent
 * as one auto-commit statement (RUN and PULL in one socket write, one round trip), and only if that fails
 * with an error the driver calls retryable does it go through `executeRead`, which retries as before:
 * a managed transaction costs a BEGIN and a COMMIT message, each its own socket write and the COMMIT its
 * own round trip, for a single read statement that needs neither (a third of our server's socket-write
 * time in a profile of the chain3 workload). Writes keep `executeWrite`.
 * Rows are converted to plain values and checked against a schema before anyone else sees them.
 */
export class Database implements QueryRunner {
  readonly driver: Driver;
  private readonly listeners = new Set<QueryListener>();

  constructor(private readonly options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      connectionTimeout: options.connectTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: Math.max(options.connectTimeoutMs ?? 5_000, 5_000),
      maxTransactionRetryTime: 2_000,
      // Integers arrive as the driver's Integer objects and toNative turns them into numbers (ours are resolution
      // numbers, counts and years, far below 2^53). With `disableLosslessIntegers` the driver builds the same Integer
      // for every value and then converts it through `toNumberOrInfinity`, whose two range comparisons allocate
      // about eight more Integers: 14 % of all the bytes our server allocated per chain3 request (a sampled
      // allocation profile), and 4-5x the time of `toNumber` in a micro-benchmark.
      disableLosslessIntegers: false,
      userAgent: 'unsc-graph',
      logging: {
        level: 'warn',
        logger: (level, message) => options.logger?.[level === 'error' ? 'error' : 'warn']({ neo4j: message }, 'neo4j driver'),
      },
    });
  }

  get databaseName(): string {
    return this.options.database;
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  read<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]> {
    return this.run('READ', query, params, row);
  }

  write<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]> {
    return this.run('WRITE', query, params, row);
  }

  /** Runs several statements in one write transaction: all of them land, or none does. */
  async writeBatch(statements: Array<{ query: CypherQuery; params: Params }>, timeoutMs?: number): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    const started = performance.now();
    const name = statements.map((s) => s.query.name).join('+');
    try {
      await session.executeWrite(
        async (tx: ManagedTransaction) => {
          for (const s of statements) await tx.run(s.query.text, s.params);
        },
        { timeout: timeoutMs ?? this.options.txTimeoutMs, metadata: { app: 'unsc-graph', query: name } },
      );
      this.emit({ name, params: {}, rows: 0, ms: performance.now() - started, mode: 'WRITE' });
    } catch (err) {
      this.emit({ name, params: {}, rows: 0, ms: performance.now() - started, mode: 'WRITE', error: String(err) });
      throw translateError(err, name);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data, so each runs alone. */
  async runSchemaStatement(text: string): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    try {
      await session.run(text);
    } catch (err) {
      throw translateError(err, 'schema');
    } finally {
      await session.close();
    }
  }

  async verifyConnectivity(): Promise<{ address: string; agent: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return { address: info.address ?? '', agent: info.agent ?? '' };
    } catch (err) {
      throw translateError(err, 'verifyConnectivity');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private async run<T>(mode: 'READ' | 'WRITE', query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]> {
    const session = this.session(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE);
    const started = performance.now();
    try {
      const work = (tx: ManagedTransaction) => tx.run(query.text, params);
      const config = { timeout: this.options.txTimeoutMs, metadata: { app: 'unsc-graph', query: query.name } };
      const result = mode === 'READ' ? await readOnce(session, work, query.text, params, config) : await session.executeWrite(work, config);
      const rows = result.records.map((record, i) => {
        const checked = checkRow(row, toNative(recordToObject(record)));
        if (!checked.success) {
          this.options.logger?.error({ query: query.name, row: i, issues: checked.error.issues.slice(0, 5) }, 'row failed its schema');
          throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The graph returned data of an unexpected shape.', { query: query.name });
        }
        return checked.data;
      });
      this.emit({ name: query.name, params, rows: rows.length, ms: performance.now() - started, mode });
      return rows;
    } catch (err) {
      this.emit({ name: query.name, params, rows: 0, ms: performance.now() - started, mode, error: String(err) });
      throw translateError(err, query.name);
    } finally {
      await session.close();
    }
  }

  private emit(event: QueryEvent): void {
    for (const l of this.listeners) l(event);
    this.options.logger?.debug({ query: event.name, rows: event.rows, ms: Math.round(event.ms * 10) / 10, error: event.error }, 'cypher');
  }
}

/**
 * One read statement as an auto-commit query; if it fails with a retryable error (a lost connection, a
 * leader switch, a transient database error), the same read through `executeRead`, which retries it
 * within the driver's `maxTransactionRetryTime` as every read did before. Reads change nothing, so
 * sending one again is safe.
 */
async function readOnce(
  session: Session,
  work: (tx: ManagedTransaction) => Result,
  text: string,
  params: Params,
  config: { timeout: number; metadata: Record<string, string> },
): Promise<QueryResult> {
  try {
    return await session.run(text, params, config);
  } catch (err) {
    if (!(err instanceof Neo4jError) || !Neo4jError.isRetryable(err)) throw err;
    return await session.executeRead(work, config);
  }
}
