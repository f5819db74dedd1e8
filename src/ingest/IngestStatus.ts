/** Where the server's initial ingest stands; `loading` covers the check for an empty graph too. */
export type IngestState = 'idle' | 'loading' | 'done' | 'failed' | 'skipped';

export interface IngestProgress {
  step: string;
  done: number;
  total: number;
}

/**
 * The state of the initial ingest of this process, for /readyz (503 while `loading`) and serverInfo.
 * One per process: the server runs at most one initial ingest.
 */
export class IngestStatus {
  state: IngestState = 'idle';
  startedAt: string | null = null;
  finishedAt: string | null = null;
  resolutions: number | null = null;
  progress: IngestProgress | null = null;

  start(): void {
    this.state = 'loading';
    this.startedAt = new Date().toISOString();
    this.finishedAt = null;
    this.progress = null;
  }

  finish(state: 'done' | 'failed' | 'skipped', resolutions: number | null = null): void {
    this.state = state;
    this.finishedAt = new Date().toISOString();
    this.resolutions = resolutions;
    this.progress = null;
  }

  /** Reads a progress line of the ingest ("[ingest] paragraphs [###...] 2200/2767 80% ..."). */
  noteProgress(line: string): void {
    const m = /\[ingest\]\s+(\S+)\s+\[[#.]*\]\s+(\d+)\/(\d+)/.exec(line);
    if (m) this.progress = { step: m[1] ?? '', done: Number(m[2]), total: Number(m[3]) };
  }

  /** The /readyz body while loading, else null. */
  loadingReport(): Record<string, unknown> | null {
    if (this.state !== 'loading') return null;
    return { status: 'loading', startedAt: this.startedAt, progress: this.progress };
  }
}

export const ingestStatus = new IngestStatus();
