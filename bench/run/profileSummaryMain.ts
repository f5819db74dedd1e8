import fs from 'node:fs';
import { formatTable } from '../lib/formatTable';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Which package (node_modules/<name>), our own folder, or Node internals a script URL belongs to. */
function owner(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const ours = /\/dist\/(src|loaders|bench)\/([^/]+)/.exec(url);
  if (ours) return `ours:${ours[1]}/${ours[2]}`;
  return url === '' ? '(native/gc/idle)' : url.startsWith('node:') ? 'node internals' : url;
}

/**
 * `node dist/bench/run/profileSummaryMain.js FILE.cpuprofile [top]`: self time of a V8 CPU profile
 * (from `npm run bench -- --profile`) grouped by package and by function, so the cost above the
 * raw-driver floor can be attributed.
 */
function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profileSummaryMain FILE.cpuprofile [top]');
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.samples.length;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, c] of counts) {
    const n = byId.get(id)!;
    const o = owner(n.callFrame.url);
    byOwner.set(o, (byOwner.get(o) ?? 0) + c);
    const f = `${n.callFrame.functionName || '(anonymous)'} ${o}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + c);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, c]) => [k, String(c), `${((100 * c) / total).toFixed(1)}%`]);
  process.stdout.write(`${formatTable(['owner', 'samples', 'self'], rows(byOwner))}\n\n${formatTable(['function', 'samples', 'self'], rows(byFunction))}\n`);
}

main();
