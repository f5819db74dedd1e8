import { Writable } from 'node:stream';
import { z } from 'zod';
import type { Config } from '../config/loadConfig';
import { cypher } from '../db/CypherQuery';
import type { Database } from '../db/Database';
import type { Logger } from '../logger';
import { defaultCorpusPaths } from './defaultCorpusPaths';
import { ingestCorpus } from './ingestCorpus';
import { ingestStatus, type IngestStatus } from './IngestStatus';

/**
 * At server start: when the graph has no Resolution and a corpus is configured, ingests the default
 * corpus (DATA_DIR + SEEDS_DIR), with progress lines in the log. Failures are logged, not thrown:
 * the server keeps serving whatever the graph holds.
 */
export async function autoIngest(db: Database, config: Pick<Config, 'dataDir' | 'seedsDir'>, logger: Logger, status: IngestStatus = ingestStatus): Promise<boolean> {
  const paths = defaultCorpusPaths(config);
  if (paths.length === 0) {
    logger.info('no corpus configured (DATA_DIR/SEEDS_DIR); skipping the initial ingest');
    status.finish('skipped');
    return false;
  }
  try {
    const [row] = await db.read(cypher('ingest/hasResolutions'), {}, z.object({ loaded: z.boolean() }));
    if (row?.loaded) {
      status.finish('skipped');
      return false;
    }
    if (status.state !== 'loading') status.start();
    logger.info({ paths }, 'empty graph: ingesting the default corpus');
    const progress = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n')) {
          if (!line.trim()) continue;
          status.noteProgress(line);
          logger.info({ progress: line.trim() }, 'ingest progress');
        }
        done();
      },
    });
    const summary = await ingestCorpus({ paths, db, progress, logger });
    logger.info(
      { seconds: summary.durationMs / 1000, labels: summary.graph?.labels, relationships: summary.graph?.relationships, skipped: summary.skipped.count },
      'initial ingest finished',
    );
    status.finish('done', summary.graph?.labels.Resolution ?? null);
    return true;
  } catch (err) {
    logger.error({ err }, 'initial ingest failed; serving the graph as it is');
    status.finish('failed');
    return false;
  }
}
