import { spawn } from 'node:child_process';
import path from 'node:path';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { applySchema } from '../../../src/db/applySchema';
import { ingestCorpus } from '../../../src/ingest/ingestCorpus';
import { compileEntries, type CompiledEntries } from '../../support/compileEntries';
import { dumpGraph } from '../../support/dumpGraph';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const PATHS = ['data', 'crunsc', 'pages'].map((p) => path.join(FIX, p));

/**
 * kill -9 in the middle of a CLI run, then a rerun, gives the graph of a clean run: every batch is
 * one transaction of MERGEs on keys, and derived values are recomputed from the whole graph.
 */
describe('ingest CLI killed with SIGKILL mid-run', () => {
  let db: Database;
  let cli: string;
  let compiled: CompiledEntries | undefined;

  beforeAll(() => {
    db = createDatabase(testConfig());
    // Compile the CLI and what it imports, as `npm run ingest` would, into a throwaway folder.
    compiled = compileEntries('kill-test', ['src/ingest/cli.ts']);
    cli = compiled.js('src/ingest/cli.ts');
  }, 300_000);
  afterAll(async () => {
    await db.close();
    compiled?.remove();
  });

  it('a rerun after kill -9 ends in the same graph as a clean run', async () => {
    await emptyStore(db);
    await applySchema(db);
    await ingestCorpus({ paths: PATHS, db, progress: null });
    const clean = await dumpGraph(db);
    await emptyStore(db);

    // One row per transaction makes the run long enough to be killed between two write steps.
    const child = spawn(process.execPath, [cli, '--batch-size', '1', ...PATHS], {
      env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD, LOG_LEVEL: 'silent', DATA_DIR: '', SEEDS_DIR: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/\[ingest\] resolutions .*100%/.test(stderr) && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve(true);
        }
      });
      child.on('exit', () => resolve(false));
    });
    expect({ killed, stderr: killed ? '' : stderr }).toEqual({ killed: true, stderr: '' });
    await new Promise((r) => child.once('exit', r));
    const partial = await dumpGraph(db);
    expect(partial).not.toEqual(clean);
    expect(partial.some((line) => line.startsWith('CITES'))).toBe(false);

    await ingestCorpus({ paths: PATHS, db, progress: null });
    expect(await dumpGraph(db)).toEqual(clean);
  }, 300_000);
});
