import type { MissionStatus } from './missionRoutes';

/** What the status is judged from: the mission's own dates, and the date of the corpus's latest resolution (`asOf`). */
export interface StatusFacts {
  terminatedBy: unknown;
  succeededBy: readonly unknown[];
  lastMandateUntil: string | null;
  /** ISO dates of the resolutions that acted on it. */
  actedOn: ReadonlyArray<string | null | undefined>;
}

/**
 * A mandate that ran out less than this long before `asOf` still counts as active: its renewal may be a resolution
 * the corpus lacks (UNMISS's last renewal in the texts runs to 2025-05-09, the corpus to November 2025).
 */
export const GRACE_YEARS = 1;
/** With no end date in the texts, a mission nothing acted on for this long before `asOf` counts as ended. */
export const QUIET_YEARS = 2;

const yearsBefore = (iso: string, years: number): string => `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;

/**
 * "active" when a mandate runs to `asOf` or later; "ended" when a resolution terminated it (and its last mandate
 * ran out before `asOf`) or another mission continues it; otherwise "active" while its last mandate ran out less
 * than {@link GRACE_YEARS} before `asOf`, or, with no end date at all, while a resolution acted on it in the last
 * {@link QUIET_YEARS}. The corpus, not today's date, is the clock: the texts cannot say what came after them.
 */
export function missionStatus(m: StatusFacts, asOf: string): MissionStatus {
  if (m.lastMandateUntil !== null && m.lastMandateUntil >= asOf) return 'active';
  if (m.terminatedBy || m.succeededBy.length > 0) return 'ended';
  if (m.lastMandateUntil !== null) return m.lastMandateUntil >= yearsBefore(asOf, GRACE_YEARS) ? 'active' : 'ended';
  const last = m.actedOn.reduce<string>((max, d) => (d && d > max ? d : max), '');
  return last >= yearsBefore(asOf, QUIET_YEARS) ? 'active' : 'ended';
}
