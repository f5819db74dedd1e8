/** Options of `npm run ingest -- [--dry-run] [--json] [--batch-size N] [PATH...]`. */
export interface CliArgs {
  paths: string[];
  dryRun: boolean;
  json: boolean;
  batchSize: number;
  help: boolean;
}

/** Parses the CLI arguments; throws with a usage message on an unknown option. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = { paths: [], dryRun: false, json: false, batchSize: 1000, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--batch-size') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 50_000) throw new Error('--batch-size takes an integer from 1 to 50000');
      args.batchSize = n;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.paths.push(a);
  }
  return args;
}
