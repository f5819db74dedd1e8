import type { IngestRecord } from './IngestRecord';
import type { Skipped } from './Skipped';

/** What a parser returns for one file: the good records and the skipped ones. */
export interface ParseResult {
  records: IngestRecord[];
  skipped: Skipped[];
}
