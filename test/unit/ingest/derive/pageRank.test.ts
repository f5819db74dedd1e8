import { pageRank } from '../../../../src/ingest/derive/pageRank';

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('pageRank', () => {
  it('sums to 1 and ranks the most cited node first, with dangling mass spread evenly', () => {
    // 2, 3 and 4 cite 1; 4 also cites 2; 1 cites nothing (dangling).
    const { rank } = pageRank(new Map([[1, []], [2, [1]], [3, [1]], [4, [1, 2]]]));
    expect(sum(rank)).toBeCloseTo(1, 12);
    const order = [...rank.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    expect(order[0]).toBe(1);
    expect(order[1]).toBe(2);
    expect(rank.get(3)).toBeCloseTo(rank.get(4) ?? 0, 12);
  });

  it('matches the closed form of a two-node cycle and of a graph without edges', () => {
    expect(pageRank(new Map([[1, [2]], [2, [1]]])).rank.get(1)).toBeCloseTo(0.5, 12);
    const isolated = pageRank(new Map([[1, []], [2, []], [3, []], [4, []]])).rank;
    for (const v of isolated.values()) expect(v).toBeCloseTo(0.25, 12);
  });

  it('computes the textbook value for a node cited by one of two', () => {
    // 1 -> 2, 2 dangling. r1 = 0.15/2 + 0.85*r2/2 ; r2 = 0.15/2 + 0.85*(r1 + r2/2).
    const { rank } = pageRank(new Map([[1, [2]], [2, []]]));
    const r2 = rank.get(2) ?? 0;
    const r1 = rank.get(1) ?? 0;
    expect(r1).toBeCloseTo(0.075 + 0.425 * r2, 10);
    expect(r2).toBeCloseTo(0.075 + 0.85 * (r1 + r2 / 2), 10);
  });

  it('ignores duplicate edges and targets outside the graph, and stops within the iteration cap', () => {
    const { rank, iterations } = pageRank(new Map([[1, [2, 2, 99]], [2, []]]), { damping: 0.85, tolerance: 1e-10, maxIterations: 100 });
    expect(sum(rank)).toBeCloseTo(1, 12);
    expect(iterations).toBeLessThanOrEqual(100);
    expect(rank.has(99)).toBe(false);
  });
});
