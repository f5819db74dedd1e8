import { SUMMARY_MAX_ITEMS } from './IngestSummary';

/** A reason with its quoted values and numbers blanked, so reasons of one kind count together. */
export const reasonKey = (reason: string): string => reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');

/**
 * Skipped records or rejected mentions as the summary reports them: every one counted, by reason, and the first
 * `cap` (SUMMARY_MAX_ITEMS) in `order` kept, in that order. The kept items depend on what was added, never on the
 * order it arrived in, so the report is the same however the ingest slices the corpus (until 2026-12-03 the
 * first arrivals were kept, and the slice size decided which). Memory stays bounded however many a corpus
 * produces (a synthetic 100x corpus has a million): at most twice `cap` are held between trims.
 */
export class CappedReport<T extends { reason: string }> {
  private count = 0;
  private readonly byReason: Record<string, number> = {};
  private items: T[] = [];

  constructor(
    private readonly order: (a: T, b: T) => number,
    private readonly cap: number = SUMMARY_MAX_ITEMS,
  ) {}

  add(item: T): void {
    this.count++;
    const key = reasonKey(item.reason);
    this.byReason[key] = (this.byReason[key] ?? 0) + 1;
    this.items.push(item);
    if (this.items.length >= 2 * this.cap) this.trim();
  }

  summary(): { count: number; byReason: Record<string, number>; items: T[] } {
    this.trim();
    return { count: this.count, byReason: { ...this.byReason }, items: [...this.items] };
  }

  private trim(): void {
    this.items.sort(this.order);
    if (this.items.length > this.cap) this.items = this.items.slice(0, this.cap);
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Place order of skipped records: by file, then line, then reason (a line may be skipped for two reasons). */
export const byPlace = (a: { file: string; line: number; reason: string }, b: { file: string; line: number; reason: string }): number =>
  byText(a.file, b.file) || a.line - b.line || byText(a.reason, b.reason);

/** Order of rejected mentions: by citing resolution, then the number it mentions, then the reason. */
export const byMention = (a: { citing: number; number: number; reason: string }, b: { citing: number; number: number; reason: string }): number =>
  a.citing - b.citing || a.number - b.number || byText(a.reason, b.reason);
