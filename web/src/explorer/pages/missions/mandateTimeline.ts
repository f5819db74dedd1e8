// The mandate chart's arithmetic and wording, kept apart from the SVG so it can be tested.
import type { MandateAction, MandateEvent } from './missionTypes';

export const ACTION_LABEL: Record<MandateAction, string> = { ESTABLISHES: 'Establishes', EXTENDS: 'Extends', MODIFIES: 'Modifies', TERMINATES: 'Terminates' };

/** Days since 1970 of an ISO date (a year alone reads as 1 July). */
export function dayOf(iso: string): number {
  const d = /^\d{4}$/.test(iso) ? `${iso}-07-01` : iso;
  return Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** When the event happened: the adoption date, else mid-year of its year. */
export const eventDay = (e: MandateEvent): number => dayOf(e.resolution.date ?? String(e.resolution.year));

/** Year ticks at a step that keeps at most about ten of them. */
export function yearTicks(fromYear: number, toYear: number): number[] {
  const span = Math.max(1, toYear - fromYear);
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= 10) ?? 25;
  const ticks: number[] = [];
  for (let y = Math.ceil(fromYear / step) * step; y <= toYear; y += step) ticks.push(y);
  return ticks;
}

/** What a mark says, for its accessible name and tooltip. */
export function eventLabel(e: MandateEvent): string {
  const to = e.until ? ` until ${e.until}` : e.period ? ` for ${e.period}` : '';
  return `Resolution ${e.resolution.number} (${e.resolution.date ?? e.resolution.year}): ${ACTION_LABEL[e.action].toLowerCase()}${to}, ${e.paragraph}`;
}
