import { SUMMARY_MAX_ITEMS } from './IngestSummary';

/** A reason with its quoted values and numbers blanked, so reasons of one kind count together. */
export const reasonKey = (reason: string): string => reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');

/**
 * Skipped records or rejected mentions as the summary reports them: every one counted, by reason, and the
 * first SUMMARY_MAX_ITEMS kept. Memory stays bounded however many a corpus produces (a synthetic 100x
 * corpus has a million).
 */
export class CappedReport<T extends { reason: string }> {
  private count = 0;
  private readonly byReason: Record<string, number> = {};
  private readonly items: T[] = [];

  add(item: T): void {
    this.count++;
    const key = reasonKey(item.reason);
    this.byReason[key] = (this.byReason[key] ?? 0) + 1;
    if (this.items.length < SUMMARY_MAX_ITEMS) this.items.push(item);
  }

  summary(): { count: number; byReason: Record<string, number>; items: T[] } {
    return { count: this.count, byReason: { ...this.byReason }, items: [...this.items] };
  }
}
