import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';

export interface CompiledEntries {
  /** The compiled .js of a source entry given relative to the project, e.g. `src/main.ts`. */
  js(entry: string): string;
  remove(): void;
}

/**
 * Compiles entry points and what they import, as `npm run build` would, into a throwaway folder
 * under dist/ (inside the project, so projectRoot() and the launcher script resolve as in a build).
 */
export function compileEntries(label: string, entries: string[]): CompiledEntries {
  const root = projectRoot();
  // dist/ does not exist on a fresh clone before the first build.
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const out = fs.mkdtempSync(path.join(root, 'dist', `${label}-`));
  const tsconfig = path.join(out, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({ extends: path.join(root, 'tsconfig.build.json'), compilerOptions: { outDir: out, rootDir: root, types: ['node'] }, files: entries.map((e) => path.join(root, e)), include: [] }),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: root, stdio: 'pipe' });
  return {
    js: (entry) => path.join(out, entry.replace(/\.ts$/, '.js')),
    remove: () => fs.rmSync(out, { recursive: true, force: true }),
  };
}
