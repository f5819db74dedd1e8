/** Corpus totals, read by one query (`cypher/stats/totals.cypher`). */
export interface StatsTotals {
  resolutions: number;
  withText: number;
  unanimous: number;
  firstYear: number | null;
  lastYear: number | null;
  citations: number;
  meetings: number;
  members: number;
  topics: number;
  paragraphs: number;
}

/**
 * What `Query.stats` resolves to: `totals` runs its query on first use and is shared by every totals field;
 * the rankings run their own queries only when selected.
 */
export interface StatsModel {
  totals(): Promise<StatsTotals>;
}
