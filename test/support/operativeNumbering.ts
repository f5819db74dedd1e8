import type { Paragraph } from '../../src/ingest/clean/Paragraph';

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;

/**
 * Issue 12's measure of a split text: its operative paragraphs are numbered 1..n without gaps, or it has
 * an unnumbered operative part (early style). Returns the share of texts that pass and the figure lines
 * (one summary line, then one line per exception) that the corpus tests print and docs/graph-model.md quotes.
 */
export function operativeNumbering(name: string, texts: Array<{ number: number; paragraphs: Paragraph[] }>): { share: number; lines: string[] } {
  const verdict = texts.map((t) => {
    const numbers = t.paragraphs.filter((p) => p.kind === 'operative' && p.number !== null).map((p) => p.number);
    const unnumbered = numbers.length === 0 && t.paragraphs.some((p) => p.kind === 'operative');
    return { t, numbered: numbers.length > 0, ok: unnumbered || (numbers.length > 0 && numbers.every((n, i) => n === i + 1)), numbers };
  });
  const ok = verdict.filter((v) => v.ok);
  const bad = verdict.filter((v) => !v.ok);
  return {
    share: texts.length > 0 ? ok.length / texts.length : 0,
    lines: [
      `${name}: ${ok.length}/${texts.length} = ${pct(ok.length, texts.length)} (numbered 1..n: ${ok.filter((v) => v.numbered).length}, unnumbered operative part: ${ok.filter((v) => !v.numbered).length})`,
      ...bad.map((v) => `  exception ${v.t.number}: ${v.numbers.length === 0 ? 'no operative paragraph found' : `operative numbers ${v.numbers.join(',')}`}`),
    ],
  };
}
