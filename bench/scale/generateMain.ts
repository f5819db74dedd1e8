import path from 'node:path';
import { parseArgs } from '../lib/parseArgs';
import { createProgress } from '../lib/progress';
import { generateCorpus } from './generateCorpus';

/**
 * `node dist/bench/scale/generateMain.js --factor 10 [--seed 7] [--source DIR] [--out DIR]`: writes a
 * synthetic corpus (see generateCorpus) and prints one JSON line with its size.
 */
function main(): void {
  const { flags } = parseArgs(process.argv.slice(2));
  const factor = Number(flags.get('factor') ?? 10);
  if (!Number.isInteger(factor) || factor < 1 || factor > 1000) throw new Error('--factor takes an integer 1..1000');
  const seed = Number(flags.get('seed') ?? 7);
  const sourceDir = flags.get('source') ?? path.resolve('..', 'shared', 'data', 'unsc');
  const outDir = flags.get('out') ?? path.join('/tmp', 'unsc-scale', `x${factor}`);
  const progress = createProgress();
  const started = performance.now();
  const stats = generateCorpus({ sourceDir, outDir, factor, seed, onProgress: (n, total) => progress('generate', `${n}/${total} resolutions`) });
  process.stdout.write(`${JSON.stringify({ kind: 'generate', factor, seed, outDir, seconds: (performance.now() - started) / 1000, ...stats })}\n`);
}

main();
