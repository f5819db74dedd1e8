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
  const grid = new Map<string, Array<Point & { r: number }>>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  const collides = (p: Point, r: number) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const q of grid.get(key(i, j)) ?? []) {
          if (Math.hypot(p.x - q.x, p.y - q.y) < r + q.r + GAP) return true;
        }
      }
    }
    return false;
  };
  const band = Math.floor((0.45 * YEAR_WIDTH) / STEP);
  let rows = 150;
  let offsets = offsetsWithin(band, rows);
  const order = [...nodes].sort(
    (a, b) => Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) || height(b) - height(a) || a.year - b.year || a.id.localeCompare(b.id),
  );
  for (const node of order) {
    const ideal = { x: (node.year - minYear) * YEAR_WIDTH, y: -height(node) * PLOT_HEIGHT };
    let placed: Point | null = null;
    while (!placed) {
      for (const [dx, dy] of offsets) {
        const p = { x: ideal.x + dx * STEP, y: ideal.y + dy * STEP };
        if (!collides(p, node.radius)) {
          placed = p;
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

/** Offsets (in STEPs) with |dx| <= band and |dy| <= rows, nearest first; sideways moves cost a little more. */
function offsetsWithin(band: number, rows: number): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  for (let dy = -rows; dy <= rows; dy++) for (let dx = -band; dx <= band; dx++) list.push([dx, dy]);
  return list.sort((a, b) => 1.5 * a[0] ** 2 + a[1] ** 2 - (1.5 * b[0] ** 2 + b[1] ** 2) || a[1] - b[1] || a[0] - b[0]);
}
