import type { ParagraphKind } from '../src/generated/graphql';

/**
 * The short reference the CITES `paragraph` property also uses: "pp <n>" for the n-th preambular
 * paragraph, "op <number>" for an operative one, "¶ <ordinal>" for anything else.
 */
export function paragraphRef(kind: ParagraphKind, preambularIndex: number | null, number: number | null, ordinal: number): string {
  if (kind === 'PREAMBULAR' && preambularIndex !== null) return `pp ${preambularIndex}`;
  if (kind === 'OPERATIVE' && number !== null) return `op ${number}`;
  return `¶ ${ordinal}`;
}
