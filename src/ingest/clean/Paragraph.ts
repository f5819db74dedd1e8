/** One paragraph of a cleaned resolution text. `number` is the operative number, else null. */
export interface Paragraph {
  ordinal: number;
  kind: 'preambular' | 'operative' | 'other';
  number: number | null;
  text: string;
}
