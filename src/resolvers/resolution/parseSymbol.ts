import { badInput } from '../../errors/AppError';

/**
 * Reads a resolution symbol the way people type it: "S/RES/2396 (2017)", "S/RES/2396(2017)", "s/res/2396",
 * with any spacing. Anything else is BAD_USER_INPUT, with the accepted forms in the message.
 */
export function parseSymbol(symbol: string): { number: number; year: number | null } {
  const match = /^\s*S\s*\/\s*RES\s*\/\s*(\d{1,6})\s*(?:\(\s*(\d{4})\s*\))?\s*$/i.exec(symbol);
  if (!match) {
    throw badInput(`"${symbol.slice(0, 60)}" is not a resolution symbol; expected e.g. "S/RES/2396 (2017)", "S/RES/2396(2017)" or "S/RES/2396".`, {
      argument: 'symbol',
    });
  }
  return { number: Number(match[1]), year: match[2] ? Number(match[2]) : null };
}
