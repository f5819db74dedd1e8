/**
 * PageRank over directed edges (damping 0.85, dangling mass spread evenly), the same definition the
 * ingest uses for `influence`, so the floor writes the same amount of derived data.
 */
export function pageRank(nodes: number[], edges: Array<[number, number]>, iterations = 100, tolerance = 1e-10): Map<number, number> {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const n = nodes.length;
  const out = new Int32Array(n);
  const src: number[] = [];
  const dst: number[] = [];
  for (const [a, b] of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    src.push(i);
    dst.push(j);
    out[i] = (out[i] ?? 0) + 1;
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += rank[i]!;
    const base = (1 - 0.85) / n + (0.85 * dangling) / n;
    next.fill(base);
    for (let e = 0; e < src.length; e++) next[dst[e]!] = next[dst[e]!]! + (0.85 * rank[src[e]!]!) / out[src[e]!]!;
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < tolerance) break;
  }
  return new Map(nodes.map((node, i) => [node, rank[i]!]));
}
