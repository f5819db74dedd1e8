/** A record or file that was not loaded, with where it is and why. Reported, never fatal. */
export interface Skipped {
  file: string;
  /** 1-based line, or 0 when the whole file was skipped. */
  line: number;
  reason: string;
}
