// npm run build:web: type-checks web/, builds into a fresh folder, then swaps it in for web/dist with two
// renames, so a server or test reading web/dist never sees it half-written or empty.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(web);
const dist = path.join(web, 'dist');
const next = path.join(web, `.build-next-${process.pid}`);
const old = path.join(web, `.build-old-${process.pid}`);

const run = (args) => {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    fs.rmSync(next, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
};

run(['tsc', '-p', 'web/tsconfig.json']);
run(['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', next]);
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(next, dist);
fs.rmSync(old, { recursive: true, force: true });
process.stdout.write(`web bundle written to ${path.relative(root, dist)}\n`);
