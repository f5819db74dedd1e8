import type { GraphNode } from '../types';
import { nodeBounds } from './fitViewport';
import { shortLabelOf } from './nodeLabel';

export interface PngInput {
  nodes: GraphNode[];
  /** Layout positions (y grows downwards). */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  sizeOf(node: GraphNode): number;
  colorOf(node: GraphNode): string;
  centre: ReadonlySet<string>;
  /** The edges drawn now: from the citing to the cited node. */
  edges: Array<{ s: string; t: string }>;
  labelIds: readonly string[];
}

const PAD = 20;
const MAX_SIDE = 4096;

/**
 * The whole graph drawn with the canvas 2D API at twice its layout size (at most 4096 px a side), as the
 * cytoscape export draws it: grey edges with arrows at the cited end, filled nodes with a dark outline, the
 * centre outlined red, the given labels under their nodes. The sigma surface exports through this: a WebGL
 * canvas shows only the viewport and is cleared after each frame.
 */
export function graphPng(input: PngInput): Promise<Blob> {
  const { nodes, positions } = input;
  const radius = new Map(nodes.map((n) => [n.id, input.sizeOf(n) / 2]));
  // Room for the labels under the nodes at the edge.
  const { x1, y1, x2, y2 } = nodeBounds(nodes, positions, (n) => (radius.get(n.id) ?? 0) + 20) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
  const scale = Math.min(2, MAX_SIDE / (x2 - x1 + 2 * PAD), MAX_SIDE / (y2 - y1 + 2 * PAD));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((x2 - x1 + 2 * PAD) * scale);
  canvas.height = Math.ceil((y2 - y1 + 2 * PAD) * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, (PAD - x1) * scale, (PAD - y1) * scale);

  ctx.strokeStyle = 'rgba(156, 163, 175, 0.55)';
  ctx.fillStyle = 'rgba(107, 114, 128, 0.55)';
  ctx.lineWidth = 0.8;
  for (const { s, t } of input.edges) {
    const a = positions.get(s);
    const b = positions.get(t);
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    const tip = { x: b.x - ux * (radius.get(t) ?? 0), y: b.y - uy * (radius.get(t) ?? 0) };
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(tip.x - ux * 5, tip.y - uy * 5);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(tip.x, tip.y);
    ctx.lineTo(tip.x - ux * 6 - uy * 2.5, tip.y - uy * 6 + ux * 2.5);
    ctx.lineTo(tip.x - ux * 6 + uy * 2.5, tip.y - uy * 6 - ux * 2.5);
    ctx.fill();
  }
  // The centre last, so it is on top.
  const order = [...nodes].sort((a, b) => Number(input.centre.has(a.id)) - Number(input.centre.has(b.id)));
  for (const n of order) {
    const p = positions.get(n.id);
    if (!p) continue;
    const isCentre = input.centre.has(n.id);
    ctx.beginPath();
    ctx.arc(p.x, p.y, radius.get(n.id) ?? 0, 0, 2 * Math.PI);
    ctx.fillStyle = input.colorOf(n);
    ctx.fill();
    ctx.lineWidth = isCentre ? 5 : 1;
    ctx.strokeStyle = isCentre ? '#b91c1c' : '#374151';
    ctx.stroke();
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  for (const id of input.labelIds) {
    const n = byId.get(id);
    const p = positions.get(id);
    if (!n || !p) continue;
    ctx.font = `${input.centre.has(id) ? 'bold 14px' : '12px'} system-ui, sans-serif`;
    const y = p.y + (radius.get(id) ?? 0) + 3;
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(shortLabelOf(n), p.x, y);
    ctx.fillStyle = '#111827';
    ctx.fillText(shortLabelOf(n), p.x, y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
