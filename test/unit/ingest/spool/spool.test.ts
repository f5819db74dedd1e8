import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SpoolDir } from '../../../../src/ingest/spool/Spool';

describe('Spool', () => {
  let parent: string;
  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'spool-test-'));
  });
  afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('gives every bucket back in append order, buckets ascending, values as JSON kept them', () => {
    const dir = new SpoolDir(parent);
    const spool = dir.spool<{ n: number; text: string; list?: number[] }>('things');
    const text = 'line one\nline two “quoted” \u2028 \ud83d\ude00';
    // Enough values to flush some buckets to disk before reading, and keep others in the buffer.
    for (let i = 0; i < 3000; i++) spool.append(i % 3 === 0 ? 10 : i % 3 === 1 ? 2 : 7, { n: i, text: i % 100 === 0 ? text.repeat(200) : text, list: [i] });
    spool.append(5, { n: -1, text: '' });
    expect(spool.buckets()).toEqual([2, 5, 7, 10]);
    expect(spool.size()).toBe(3001);
    expect(spool.count(5)).toBe(1);
    const two = [...spool.read(2)];
    expect(two.map((v) => v.n)).toEqual(Array.from({ length: 1000 }, (_, k) => 3 * k + 1));
    expect(two[0]).toEqual({ n: 1, text, list: [1] });
    expect([...spool.read(5)]).toEqual([{ n: -1, text: '' }]);
    expect([...spool.readAll()].map((v) => v.n).slice(0, 3)).toEqual([1, 4, 7]);
    dir.remove();
    expect(fs.existsSync(dir.path)).toBe(false);
  });

  it('reads an empty bucket as nothing', () => {
    const dir = new SpoolDir(parent);
    expect([...dir.spool<number>('none').read(3)]).toEqual([]);
    dir.remove();
  });
});
