import { byPlace, CappedReport } from '../../../src/ingest/CappedReport';
import type { Skipped } from '../../../src/ingest/model/Skipped';

const skip = (file: string, line: number, reason = `bad value ${line}`): Skipped => ({ file, line, reason });

describe('CappedReport', () => {
  it('keeps the first `cap` items in place order, whatever order they arrive in, and counts them all by reason', () => {
    const items = [skip('b.jsonl', 3), skip('a.jsonl', 9), skip('a.jsonl', 2), skip('b.jsonl', 1), skip('a.jsonl', 2, 'other "x"'), skip('c.csv', 0)];
    const summaries = [items, [...items].reverse(), [items[3]!, items[0]!, items[5]!, items[1]!, items[4]!, items[2]!]].map((order) => {
      const report = new CappedReport<Skipped>(byPlace, 3);
      for (const s of order) report.add(s);
      return report.summary();
    });
    for (const s of summaries) {
      expect(s.count).toBe(6);
      expect(s.byReason).toEqual({ 'bad value N': 5, 'other "…"': 1 });
      expect(s.items).toEqual([skip('a.jsonl', 2), skip('a.jsonl', 2, 'other "x"'), skip('a.jsonl', 9)]);
    }
  });

  it('stays bounded: never holds more than twice its cap between trims', () => {
    const report = new CappedReport<Skipped>(byPlace, 10);
    for (let i = 100_000; i > 0; i--) report.add(skip('x', i));
    const s = report.summary();
    expect(s.count).toBe(100_000);
    expect(s.items.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((report as unknown as { items: unknown[] }).items.length).toBeLessThanOrEqual(20);
  });
});
