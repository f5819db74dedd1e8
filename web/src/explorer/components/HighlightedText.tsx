import type { Highlight } from '../types';

/** Renders plain text with <mark> over the server's [start, end) ranges; never injects HTML. */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
