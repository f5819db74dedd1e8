import type { MissionStatus } from './missionRoutes';

/** What the status is judged from: the mission's own dates, and the date of the corpus's latest resolution (`asOf`). */
export interface StatusFacts {
  terminatedBy: unknown;
  succeededBy: readonly unknown[];
  lastMandateUntil: string | null;
  /** ISO dates of the resolutions that acted on it. */
  actedOn: ReadonlyArray<string | null | undefined>;
}

/** With no end date in the texts, a mission nothing acted on for this long before `asOf` counts as ended. */
export const QUIET_YEARS = 2;

/**
 * "active" when a mandate runs to `asOf` or later; otherwise "ended" when a resolution terminated it, another
 * mission continues it, or its last mandate ran out before `asOf`; with no end date at all, "ended" after
 * {@link QUIET_YEARS} years without a resolution acting on it. The corpus, not today's date, is the clock:
 * the texts cannot say whether a mandate was renewed after the latest resolution we hold.
 */
export function missionStatus(m: StatusFacts, asOf: string): MissionStatus {
  if (m.lastMandateUntil !== null && m.lastMandateUntil >= asOf) return 'active';
  if (m.terminatedBy || m.succeededBy.length > 0 || m.lastMandateUntil !== null) return 'ended';
  const last = m.actedOn.reduce<string>((max, d) => (d && d > max ? d : max), '');
  const cutoff = `${Number(asOf.slice(0, 4)) - QUIET_YEARS}${asOf.slice(4)}`;
  return last >= cutoff ? 'active' : 'ended';
}
