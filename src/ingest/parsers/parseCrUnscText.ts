import type { ParseResult } from '../model/ParseResult';

/** CR-UNSC release file names: `S_RES_0242_1967_EN_GOLD.txt`, `S_RES_2396_2017_EN_BEST.txt`, ... */
export const CR_UNSC_NAME = /^S_RES_(\d{1,5})_(\d{4})_EN(?:_[A-Z0-9]+)*\.txt$/;

/** One CR-UNSC English text file: number and year come from its name, the text is the whole file. */
export function parseCrUnscText(text: string, file: string, baseName: string): ParseResult {
  const m = CR_UNSC_NAME.exec(baseName);
  if (!m) return { records: [], skipped: [{ file, line: 0, reason: 'not a CR-UNSC file name' }] };
  const number = Number(m[1]);
  const year = Number(m[2]);
  if (number <= 0) return { records: [], skipped: [{ file, line: 0, reason: 'resolution number 0' }] };
  // The heading names the resolution; a different number means the file holds another text (542 holds 538's).
  // A different year alone is an OCR slip ("Resolution 434 (1973)" of 18 September 1978) and is ignored.
  const symbolInText = /^\s*Resolution\s+(\d{1,4})\s*\((\d{4})\)/.exec(text);
  if (symbolInText && Number(symbolInText[1]) !== number) {
    return { records: [], skipped: [{ file, line: 1, reason: `file name says ${number} (${year}) but the text says ${symbolInText[1]} (${symbolInText[2]})` }] };
  }
  if (text.trim() === '') return { records: [], skipped: [{ file, line: 0, reason: 'empty text' }] };
  return { records: [{ kind: 'resolution', origin: { file, line: 1 }, resolution: { number, source: 'cr-unsc', year, symbol: `S/RES/${number} (${year})`, rawText: text, textSource: 'ocr' } }], skipped: [] };
}
