/**
 * Reads a resolution symbol the way people and sources write it: "S/RES/2396 (2017)", "S/RES/2396(2017)",
 * "s/res/2396", with any spacing; the year may be missing, as for records known only by number. Null for
 * anything else. The ingest reports such a record and skips it; the API answers BAD_USER_INPUT.
 */
export function readResolutionSymbol(symbol: string): { number: number; year: number | null } | null {
  const match = /^\s*S\s*\/\s*RES\s*\/\s*(\d{1,6})\s*(?:\(\s*(\d{4})\s*\))?\s*$/i.exec(symbol);
  return match ? { number: Number(match[1]), year: match[2] ? Number(match[2]) : null } : null;
}
