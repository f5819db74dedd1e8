export interface PageRankOptions {
  damping: number;
  tolerance: number;
  maxIterations: number;
}

/**
 * PageRank over a directed graph given as node -> outgoing targets. Dangling nodes (no outgoing
 * edge) spread their mass evenly over all nodes, so the ranks always sum to 1. Stops when the L1
 * change between iterations is below `tolerance`, or after `maxIterations`.
 */
export function pageRank(
  out: ReadonlyMap<number, readonly number[]>,
  options: PageRankOptions = { damping: 0.85, tolerance: 1e-10, maxIterations: 100 },
): { rank: Map<number, number>; iterations: number } {
  const nodes = [...out.keys()].sort((a, b) => a - b);
  const n = nodes.length;
  const rank = new Map<number, number>();
  if (n === 0) return { rank, iterations: 0 };
  const index = new Map(nodes.map((id, i) => [id, i]));
  const targets = nodes.map((id) => [...new Set(out.get(id) ?? [])].map((t) => index.get(t)).filter((t): t is number => t !== undefined));
  let current = new Float64Array(n).fill(1 / n);
  let iterations = 0;
  for (; iterations < options.maxIterations; ) {
    iterations++;
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const t = targets[i] ?? [];
      const r = current[i] ?? 0;
      if (t.length === 0) dangling += r;
      else for (const j of t) next[j] = (next[j] ?? 0) + (r / t.length);
    }
    const base = (1 - options.damping) / n + (options.damping * dangling) / n;
    let delta = 0;
    for (let i = 0; i < n; i++) {
      const v = base + options.damping * (next[i] ?? 0);
      delta += Math.abs(v - (current[i] ?? 0));
      next[i] = v;
    }
    current = next;
    if (delta < options.tolerance) break;
  }
  nodes.forEach((id, i) => rank.set(id, current[i] ?? 0));
  return { rank, iterations };
}
