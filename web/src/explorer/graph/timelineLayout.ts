import type { TimelineAxis } from './viewSettings';

export interface TimelineInput {
  id: string;
  year: number;
  inDegree: number;
  influence: number;
  /** Radius of the drawn node, in layout units. */
  radius: number;
  /** Placed first, at its ideal point (the centre of the graph). */
  pinned?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

/** Layout units: one year is YEAR_WIDTH wide, the most-cited node sits PLOT_HEIGHT above the least cited. */
export const YEAR_WIDTH = 60;
export const PLOT_HEIGHT = 900;
const GAP = 2;
const STEP = 3;

/** log-scaled height of a node, 0 (least) .. 1 (most), for the chosen axis. */
export function axisScale(nodes: TimelineInput[], axis: TimelineAxis): (node: TimelineInput) => number {
  if (axis === 'cited') {
    const max = Math.log1p(Math.max(1, ...nodes.map((n) => n.inDegree)));
    return (node) => Math.log1p(Math.max(0, node.inDegree)) / max;
  }
  // Influence is a small positive score: scale it so the least influential non-zero node is 1, then log.
  const positive = nodes.map((n) => n.influence).filter((v) => v > 0);
  const min = positive.length ? Math.min(...positive) : 1;
  const max = Math.log1p(Math.max(1, ...positive.map((v) => v / min)));
  return (node) => Math.log1p(Math.max(0, node.influence) / min) / max;
}

/**
 * Timeline layout (as Connected Papers and Litmaps draw citation graphs): the year of adoption on x and
 * citations received (or influence) on y, log-scaled, larger y higher on screen. Nodes are placed most
 * important first; a node that would overlap one already placed moves to the nearest free point, at most
 * 0.45 of a year sideways and as far up or down as needed, so no two nodes overlap and every node stays
 * inside its year's column. Deterministic: the same graph gives the same picture.
 */
export function timelineLayout(nodes: TimelineInput[], axis: TimelineAxis): Map<string, Point> {
  const out = new Map<string, Point>();
  if (nodes.length === 0) return out;
  const height = axisScale(nodes, axis);
  const minYear = Math.min(...nodes.map((n) => n.year));
  const maxRadius = Math.max(...nodes.map((n) => n.radius));
  const cell = 2 * maxRadius + GAP;
  // Placed nodes in square buckets of the largest diameter: a probe looks at its bucket and the eight around
  // it, so placing n nodes costs O(n) checks per probe, not O(n²) over all pairs.
  const grid = new Map<number, Array<Point & { r: number }>>();
  const key = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);
  const collides = (x: number, y: number, r: number) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        const bucket = grid.get(key(i, j));
        if (!bucket) continue;
        for (const q of bucket) {
          const d = r + q.r + GAP;
          if ((x - q.x) ** 2 + (y - q.y) ** 2 < d * d) return true;
        }
      }
    }
    return false;
  };
  const band = Math.floor((0.45 * YEAR_WIDTH) / STEP);
  let rows = 150;
  let offsets = offsetsWithin(band, rows);
  const heights = new Map(nodes.map((n) => [n.id, height(n)]));
  const h = (n: TimelineInput) => heights.get(n.id) ?? 0;
  const order = [...nodes].sort(
    (a, b) => Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) || h(b) - h(a) || a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const node of order) {
    const ideal = { x: (node.year - minYear) * YEAR_WIDTH, y: -h(node) * PLOT_HEIGHT };
    let placed: Point | null = null;
    while (!placed) {
      const { dx, dy } = offsets;
      for (let i = 0; i < dx.length; i++) {
        const x = ideal.x + dx[i]! * STEP;
        const y = ideal.y + dy[i]! * STEP;
        if (!collides(x, y, node.radius)) {
          placed = { x, y };
          break;
        }
      }
      if (!placed) {
        rows *= 2; // a crowded column: look further up and down
        offsets = offsetsWithin(band, rows);
      }
    }
    out.set(node.id, placed);
    const k = key(Math.floor(placed.x / cell), Math.floor(placed.y / cell));
    const bucket = grid.get(k) ?? [];
    bucket.push({ ...placed, r: node.radius });
    grid.set(k, bucket);
  }
  return out;
}

interface Offsets {
  dx: Int16Array;
  dy: Int16Array;
}
const offsetCache = new Map<string, Offsets>();

/** Offsets (in STEPs) with |dx| <= band and |dy| <= rows, nearest first; sideways moves cost a little more. */
function offsetsWithin(band: number, rows: number): Offsets {
  const cached = offsetCache.get(`${band},${rows}`);
  if (cached) return cached;
  const list: Array<[number, number]> = [];
  for (let dy = -rows; dy <= rows; dy++) for (let dx = -band; dx <= band; dx++) list.push([dx, dy]);
  list.sort((a, b) => 1.5 * a[0] ** 2 + a[1] ** 2 - (1.5 * b[0] ** 2 + b[1] ** 2) || a[1] - b[1] || a[0] - b[0]);
  const offsets = { dx: Int16Array.from(list, (o) => o[0]), dy: Int16Array.from(list, (o) => o[1]) };
  offsetCache.set(`${band},${rows}`, offsets);
  return offsets;
}
