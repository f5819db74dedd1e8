import path from 'node:path';
import { defaultDataDir } from '../../src/config/loadConfig';

/** The shared corpus directory the suite ingests (DATA_DIR, else ../shared/data/unsc), or null when absent. */
export function corpusDataDir(): string | null {
  return process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : defaultDataDir(process.cwd());
}

/**
 * A `describe` for tests on the real corpus, loaded by test/globalSetup.ts into the database at
 * NEO4J_CORPUS_URI (password NEO4J_TEST_PASSWORD). Without the corpus directory the block is
 * skipped with a warning; with the directory but no corpus database it fails.
 */
export function describeCorpus(name: string, fn: () => void): void {
  const dir = corpusDataDir();
  if (!dir) {
    process.stderr.write(`[describeCorpus] SKIPPED "${name}": no corpus at ../shared/data/unsc (set DATA_DIR)\n`);
    describe.skip(name, fn);
    return;
  }
  if (!process.env.NEO4J_CORPUS_URI) {
    describe(name, () => {
      it('has the corpus database', () => {
        throw new Error(`corpus directory ${dir} exists but NEO4J_CORPUS_URI is not set: test/globalSetup.ts did not load it`);
      });
    });
    return;
  }
  describe(name, fn);
}
