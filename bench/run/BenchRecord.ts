import type { LoadResult } from '../lib/runLoad';

/** One measured cell: a contender under one workload at one connection count. */
export interface BenchRecord extends LoadResult {
  workload: string;
  contender: string;
  /** Cypher round trips per operation (mean over the workload's variants); null when not counted. */
  roundTrips: number | null;
}
