/**
 * A progress line on stderr: counts, rate and ETA. On a TTY it redraws one line; otherwise it prints
 * a plain line at most every `everyMs` and at the end, so CI logs stay short.
 */
export class Progress {
  private done = 0;
  private started = Date.now();
  private lastPrint = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean } | null,
    private readonly everyMs = 2000,
  ) {}

  tick(n: number): void {
    this.done += n;
    const now = Date.now();
    const finished = this.done >= this.total;
    if (!this.stream) return;
    if (this.stream.isTTY) {
      if (finished || now - this.lastPrint > 100) {
        this.stream.write(`\r${this.line(now)}\x1b[K${finished ? '\n' : ''}`);
        this.lastPrint = now;
      }
    } else if (finished || now - this.lastPrint >= this.everyMs) {
      this.stream.write(`${this.line(now)}\n`);
      this.lastPrint = now;
    }
  }

  private line(now: number): string {
    const secs = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.done / secs;
    const pct = this.total > 0 ? Math.min(100, (100 * this.done) / this.total) : 100;
    const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : 0;
    const width = 24;
    const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
    return `[ingest] ${this.label.padEnd(12)} [${bar}] ${this.done}/${this.total} ${pct.toFixed(0)}% ${Math.round(rate)}/s ETA ${eta.toFixed(1)}s`;
  }
}
