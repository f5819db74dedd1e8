// Builds the web bundle (npm run build:web) unless web/dist is newer than every input: the sources under
// web/ and the lockfile. `npm test` and `npm run build` call this so a fresh clone gets a bundle once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(web);
const builtMarker = path.join(web, 'dist', 'explore', 'index.html');

function newestInput(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.build-')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestInput(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const inputs = Math.max(newestInput(web), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
const built = fs.existsSync(builtMarker) && fs.existsSync(path.join(web, 'dist', 'playground', 'index.html')) ? fs.statSync(builtMarker).mtimeMs : 0;
if (built > inputs) {
  process.stdout.write('web bundle is up to date (web/dist)\n');
} else {
  process.stdout.write(built === 0 ? 'web bundle missing: building it\n' : 'web sources changed: rebuilding the bundle\n');
  const result = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
