/** A meeting node as `cypher/meeting/*` returns it. */
export interface MeetingModel {
  symbol: string;
  number: number | null;
  date: string | null;
  agenda: string | null;
  outcome: string | null;
}
