import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';

/**
 * Compiles the ingest CLI and what it imports, as `npm run ingest` would, into a throwaway folder
 * under dist/ (which a fresh clone lacks before its first build). Returns the CLI's path and a
 * function that removes the folder.
 */
export function buildIngestCli(label: string): { cli: string; remove(): void } {
  const root = projectRoot();
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const out = fs.mkdtempSync(path.join(root, 'dist', `${label}-`));
  const tsconfig = path.join(out, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({ extends: path.join(root, 'tsconfig.build.json'), compilerOptions: { outDir: out, rootDir: root, types: ['node'] }, files: [path.join(root, 'src', 'ingest', 'cli.ts')], include: [] }),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: root, stdio: 'pipe' });
  return { cli: path.join(out, 'src', 'ingest', 'cli.js'), remove: () => fs.rmSync(out, { recursive: true, force: true }) };
}
