import { percentile } from '../../../../bench/lib/percentile';
import { parseCsv } from '../../../../bench/lib/parseCsv';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN without samples, so an empty run never looks fast', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv('from,to,context\n5,3,"a, ""b""\nc"\r\n7,4,plain\n');
    expect(rows).toEqual([
      { from: '5', to: '3', context: 'a, "b"\nc' },
      { from: '7', to: '4', context: 'plain' },
    ]);
  });
});
