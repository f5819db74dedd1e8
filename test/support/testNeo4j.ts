import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNeo4j, type Neo4jHandle } from '../../src/launcher/startNeo4j';

export const TEST_PASSWORD = 'unsc-graph-test';

/** A throwaway Neo4j on a free port with a fresh temporary store, removed on stop. */
export async function startTestNeo4j(label: string): Promise<Neo4jHandle & { homeDir: string }> {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), `unsc-neo4j-${label}-`));
  const handle = await startNeo4j({ homeDir, port: 0, password: TEST_PASSWORD, watchParent: true, pageCacheMb: 128, heap: '768m', readyTimeoutMs: 600_000 });
  const stop = handle.stop.bind(handle);
  return {
    ...handle,
    homeDir,
    async stop(graceMs?: number) {
      await stop(graceMs);
      fs.rmSync(homeDir, { recursive: true, force: true });
    },
  };
}
