import type { Config } from '../config/loadConfig';

/** The default corpus: the data directory, then the site pages (whose texts and lists complete it). */
export function defaultCorpusPaths(config: Pick<Config, 'dataDir' | 'seedsDir'>): string[] {
  return [config.dataDir, config.seedsDir].filter((p): p is string => p !== null);
}
