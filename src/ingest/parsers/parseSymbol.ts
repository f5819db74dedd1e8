/** Reads "S/RES/2396 (2017)" (spaces optional; the year may be missing, as for records known only by number). */
export function parseSymbol(symbol: string): { number: number; year: number | null } | null {
  const m = /^S\/RES\/(\d{1,6})(?:\s*\((\d{4})\))?$/.exec(symbol.trim());
  return m ? { number: Number(m[1]), year: m[2] ? Number(m[2]) : null } : null;
}
