import type { GraphNode } from '../types';

/**
 * Node colours, chosen so black labels stay readable on every fill (contrast >= 4.5:1 against #111):
 * a light-to-mid sequential ramp for years and a light categorical palette for topics.
 */
const YEAR_RAMP = ['#fde68a', '#fcd34d', '#fdba74', '#f9a8d4', '#c4b5fd', '#93c5fd', '#67e8f9', '#6ee7b7'];
export const TOPIC_PALETTE = ['#93c5fd', '#fca5a5', '#86efac', '#fcd34d', '#c4b5fd', '#f9a8d4', '#67e8f9', '#fdba74', '#bef264', '#d6d3d1'];
export const OTHER_COLOR = '#e5e7eb';

export interface LegendEntry {
  color: string;
  label: string;
}

export interface ColorScale {
  colorOf(node: GraphNode): string;
  legend: LegendEntry[];
}

export function yearScale(nodes: GraphNode[]): ColorScale {
  const years = nodes.map((n) => n.year);
  const min = Math.min(...years);
  const max = Math.max(...years);
  const span = Math.max(1, max - min + 1);
  const bucket = (year: number) => Math.min(YEAR_RAMP.length - 1, Math.floor(((year - min) / span) * YEAR_RAMP.length));
  const legend: LegendEntry[] = [];
  for (let i = 0; i < YEAR_RAMP.length; i++) {
    const from = Math.ceil(min + (i * span) / YEAR_RAMP.length);
    const to = Math.ceil(min + ((i + 1) * span) / YEAR_RAMP.length) - 1;
    if (to < from || nodes.length === 0) continue;
    legend.push({ color: YEAR_RAMP[i] ?? OTHER_COLOR, label: from === to ? String(from) : `${from}–${to}` });
  }
  return { colorOf: (node) => YEAR_RAMP[bucket(node.year)] ?? OTHER_COLOR, legend };
}

/** The most frequent main topics get a colour each; the rest share one grey. */
export function topicScale(nodes: GraphNode[]): ColorScale {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const topic = node.mainTopic ?? '(no topic)';
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colors = new Map<string, string>();
  ranked.slice(0, TOPIC_PALETTE.length - 1).forEach(([topic], i) => colors.set(topic, TOPIC_PALETTE[i] ?? OTHER_COLOR));
  const legend = [...colors.entries()].map(([label, color]) => ({ label, color }));
  if (ranked.length > colors.size) legend.push({ label: 'other topics', color: OTHER_COLOR });
  return { colorOf: (node) => colors.get(node.mainTopic ?? '(no topic)') ?? OTHER_COLOR, legend };
}
