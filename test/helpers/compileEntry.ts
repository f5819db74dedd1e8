import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';

/**
 * Compiles one entry point (and what it imports) the way `npm run build` would, into a throwaway
 * folder under dist/, for tests that must run it as a separate process. Returns the compiled .js
 * path and a function that removes the folder.
 */
export function compileEntry(entry: string, label: string): { js: string; remove(): void } {
  const root = projectRoot();
  // dist/ does not exist on a fresh clone before the first build.
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const out = fs.mkdtempSync(path.join(root, 'dist', `${label}-`));
  const tsconfig = path.join(out, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({ extends: path.join(root, 'tsconfig.build.json'), compilerOptions: { outDir: out, rootDir: root, types: ['node'] }, files: [path.join(root, entry)], include: [] }),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: root, stdio: 'pipe' });
  return { js: path.join(out, entry.replace(/\.ts$/, '.js')), remove: () => fs.rmSync(out, { recursive: true, force: true }) };
}
