import type { ParagraphKind } from '../src/generated/graphql';

/** A paragraph with its short reference ("pp 3", "op 5", "¶ 7") already worked out. */
export interface ParagraphModel {
  id: string;
  ordinal: number;
  kind: ParagraphKind;
  number: number | null;
  ref: string;
  text: string;
}
