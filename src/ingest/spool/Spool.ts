import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLines } from '../parsers/readLines';

/** Characters a bucket buffers before they go to its file: many buckets stay small in memory together. */
const FLUSH_CHARS = 256 * 1024;

/**
 * Values of one kind written to disk as JSON Lines, one file per bucket (a range of resolution numbers), and
 * read back bucket by bucket in the order they were appended. Lets the ingest hold one slice of the corpus at a
 * time. Values must survive JSON: no undefined inside arrays, no Map, Date or BigInt.
 */
export class Spool<T> {
  private readonly pending = new Map<number, { lines: string[]; chars: number }>();
  private readonly counts = new Map<number, number>();

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  append(bucket: number, value: T): void {
    const line = JSON.stringify(value);
    const buf = this.pending.get(bucket) ?? { lines: [], chars: 0 };
    buf.lines.push(line);
    buf.chars += line.length;
    this.pending.set(bucket, buf);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    if (buf.chars >= FLUSH_CHARS) this.flushBucket(bucket);
  }

  /** Buckets holding at least one value, ascending. */
  buckets(): number[] {
    return [...this.counts.keys()].sort((a, b) => a - b);
  }

  /** Values appended to one bucket. */
  count(bucket: number): number {
    return this.counts.get(bucket) ?? 0;
  }

  /** Values appended so far, over every bucket. */
  size(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  /** A bucket's values in append order (what is still buffered is written first). */
  *read(bucket: number): Generator<T> {
    this.flushBucket(bucket);
    const file = this.file(bucket);
    if (!fs.existsSync(file)) return;
    for (const line of readLines(file)) if (line !== '') yield JSON.parse(line) as T;
  }

  /** Every value, bucket by bucket in ascending order. */
  *readAll(): Generator<T> {
    for (const b of this.buckets()) yield* this.read(b);
  }

  private flushBucket(bucket: number): void {
    const buf = this.pending.get(bucket);
    if (!buf || buf.lines.length === 0) return;
    fs.appendFileSync(this.file(bucket), `${buf.lines.join('\n')}\n`);
    this.pending.delete(bucket);
  }

  private file(bucket: number): string {
    return path.join(this.dir, `${bucket}.jsonl`);
  }
}

/** A scratch folder for one run's spools, removed (with everything in it) by `remove`. */
export class SpoolDir {
  readonly path: string;

  constructor(parent: string = os.tmpdir()) {
    this.path = fs.mkdtempSync(path.join(parent, 'unsc-ingest-'));
  }

  spool<T>(name: string): Spool<T> {
    return new Spool<T>(path.join(this.path, name));
  }

  remove(): void {
    fs.rmSync(this.path, { recursive: true, force: true });
  }
}
