import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLines } from '../../../../src/ingest/parsers/readLines';

describe('readLines', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readlines-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('yields the same lines as splitting the whole text, including a last line without newline', () => {
    const text = 'first\r\nsecond\n\nthird';
    expect([...readLines(write('small.txt', text))]).toEqual(text.split('\n'));
  });

  it('keeps multi-byte characters and lines that cross the 4 MB chunk boundary intact', () => {
    // Lines of ~1 MB each with a curly apostrophe and a non-BMP character placed across chunk edges.
    const line = (i: number) => `${i}:${'’🇺'.repeat(3)}${'x'.repeat(1_000_003 + i)}’`;
    const lines = Array.from({ length: 9 }, (_, i) => line(i));
    const text = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 4 * 1024 * 1024);
    expect([...readLines(write('big.txt', text))]).toEqual(lines);
  });

  it('yields nothing for an empty file', () => {
    expect([...readLines(write('empty.txt', ''))]).toEqual([]);
  });
});
