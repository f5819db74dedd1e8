/** `Query.stats` resolves to this marker; every Stats field runs its own query only when asked for. */
export type StatsModel = Record<string, never>;
