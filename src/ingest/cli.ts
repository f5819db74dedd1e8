import { CONFIG_EXIT_CODE, loadEntryConfig, type Config } from '../config/loadConfig';
import { applySchema } from '../db/applySchema';
import { Database } from '../db/Database';
import { AppError } from '../errors/AppError';
import { startNeo4j, type Neo4jHandle } from '../launcher/startNeo4j';
import { createLogger, type Logger } from '../logger';
import { defaultCorpusPaths } from './defaultCorpusPaths';
import { formatSummary } from './formatSummary';
import { ingestCorpus } from './ingestCorpus';
import { parseCliArgs } from './parseCliArgs';

/** The database module without the HTTP/GraphQL stack, so the CLI loads only what it needs. */
function openDatabase(uri: string, config: Config, logger: Logger): Database {
  const n = config.neo4j;
  return new Database({ uri, user: n.user, password: n.password, database: n.database, txTimeoutMs: Math.max(n.txTimeoutMs, 120_000), maxPoolSize: 4, connectTimeoutMs: n.connectTimeoutMs, logger });
}

const USAGE = `usage: npm run ingest -- [--dry-run] [--json] [--batch-size N] [PATH...]
  PATH      files or folders (a data directory, site pages, CR-UNSC text files); layouts are detected.
            Without PATH: the default corpus (DATA_DIR and SEEDS_DIR).
  --dry-run parse and validate only; nothing is written.
  --json    print the summary as JSON on stdout.
Progress goes to stderr. Exit code 0 unless a fatal error (bad usage, database unreachable).`;

/**
 * The ingest command. Uses NEO4J_URI when set; otherwise the local database of `npm start`
 * (NEO4J_BOLT_PORT), starting our embedded Neo4j on NEO4J_HOME_DIR for the run if none answers.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadEntryConfig();
  if (!config) return CONFIG_EXIT_CODE;
  const logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', 'unsc-ingest');
  const paths = args.paths.length > 0 ? args.paths : defaultCorpusPaths(config);
  if (paths.length === 0) {
    process.stderr.write('no PATH given and no default corpus (DATA_DIR/SEEDS_DIR) found\n');
    return 2;
  }

  let handle: Neo4jHandle | undefined;
  let db: Database | null = null;
  try {
    if (!args.dryRun) {
      db = openDatabase(config.neo4j.uri, config, logger);
      try {
        await db.verifyConnectivity();
      } catch (err) {
        if (!config.neo4j.managed) throw err;
        await db.close();
        process.stderr.write(`[ingest] no database at ${config.neo4j.uri}; starting the embedded Neo4j in ${config.neo4j.homeDir}\n`);
        handle = await startNeo4j({ homeDir: config.neo4j.homeDir, port: config.neo4j.boltPort, password: config.neo4j.password, watchParent: true });
        db = openDatabase(handle.uri, config, logger);
        await db.verifyConnectivity();
      }
      await applySchema(db);
    }
    const summary = await ingestCorpus({ paths, db, dryRun: args.dryRun, batchSize: args.batchSize, progress: process.stderr, logger });
    // Wait for the write: process.exit would cut a large summary piped to another program.
    await new Promise<void>((resolve) => process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`, () => resolve()));
    return 0;
  } catch (err) {
    // Our own errors (database down, bad input) read as one line; anything else is a bug: its stack.
    const text = err instanceof AppError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`[ingest] fatal: ${text}\n`);
    return 1;
  } finally {
    await db?.close();
    await handle?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
