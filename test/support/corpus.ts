import path from 'node:path';
import { defaultDataDir } from '../../src/config/loadConfig';

/** The shared corpus directory the suite ingests (DATA_DIR, else ../shared/data/unsc), or null when absent. */
export function corpusDataDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | null {
  return env.DATA_DIR ? path.resolve(cwd, env.DATA_DIR) : defaultDataDir(cwd);
}

/** True in CI (`CI=true`, as `.ci/run` sets it): there, nothing may be skipped for a missing input. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}

/**
 * What a corpus block does: `run`; `skip` (no corpus directory on a developer's machine, with a
 * warning); `fail` with the reason (no corpus in CI, where a green run must mean the corpus tests
 * ran, or a corpus directory whose database test/globalSetup.ts did not load).
 */
export function corpusPlan(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): { action: 'run' | 'skip' } | { action: 'fail'; reason: string } {
  const dir = corpusDataDir(env, cwd);
  if (!dir && inCi(env)) return { action: 'fail', reason: 'no corpus at ../shared/data/unsc and DATA_DIR is not set: with CI=true the corpus tests must run, not skip' };
  if (!dir) return { action: 'skip' };
  if (!env.NEO4J_CORPUS_URI) return { action: 'fail', reason: `corpus directory ${dir} exists but NEO4J_CORPUS_URI is not set: test/globalSetup.ts did not load it` };
  return { action: 'run' };
}

/**
 * A `describe` for tests on the real corpus (and the Chromium tests that use it), loaded by
 * test/globalSetup.ts into the database at NEO4J_CORPUS_URI (password NEO4J_TEST_PASSWORD); see
 * {@link corpusPlan} for when it skips or fails instead.
 */
export function describeCorpus(name: string, fn: () => void): void {
  const plan = corpusPlan();
  if (plan.action === 'skip') {
    process.stderr.write(`[describeCorpus] SKIPPED "${name}": no corpus at ../shared/data/unsc (set DATA_DIR)\n`);
    describe.skip(name, fn);
    return;
  }
  if (plan.action === 'fail') {
    describe(name, () => {
      it('has the corpus', () => {
        throw new Error(plan.reason);
      });
    });
    return;
  }
  describe(name, fn);
}
