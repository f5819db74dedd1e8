/**
 * Cleans a resolution text as the layouts deliver it (UN document pages, OCR of old records, XML
 * text): drops page headers and footers, cover lines, "Adopted ..." lines and footnotes, removes
 * footnote markers, and joins lines broken inside a paragraph, mending hyphenation. The result
 * keeps one paragraph-ish block per "\n\n"; splitParagraphs cuts it further.
 */
const LINE_NOISE: RegExp[] = [
  /^(United Nations\s+)?S\/RES\/\d+\s*\(\d{4}\)\s*\*?\s*$/i, // running header "S/RES/2396 (2017)"
  /^\d{2}\s*-\s*\d{4,5}\s*(\(E\))?\s*\d{0,6}\s*\d+\s*\/\s*\d+\s*$/, // footer "17-23112 2 /13"
  /^\d+\s*\/\s*\d+\s+\d{2}\s*-\s*\d{4,5}\s*(\(E\))?\s*$/, // footer "3/13 17 -23112"
  /^\d{2}\s*-\s*\d{4,5}\s*\(E\)(\s+\d{6})?\s*$/, // job number "17-23112 (E) 221217"
  /^\*\d{7,}\*\s*$/, // barcode
  /^(Security Council\s+)?Distr\.:?\s*General.*$/i,
  /^Security Council$/,
  /^Resolution \d+\s*\(\d{4}\)\s*$/i, // title line "Resolution 2396 (2017)"
  /^of \d{1,2} [A-Z][a-z]+ \d{4}\s*$/, // "of 22 November 1967"
  /^\d+\s*\(\d{4}\)\.?\s*Resolution of .*$/, // "5 (1946). Resolution of 8 May 1946"
  /^Adopted (unanimously )?(by the Security Council )?at (its|the) \d+\s*(st|nd|rd|th)? meeting.*$/i,
  /^Adopted (unanimously|without (a )?vote)\.?$/i,
  /^\d{1,2} [A-Z][a-z]+ \d{4}\s*$/, // cover date "21 December 2017"
  /^(?:Resolution \d+\s*\(\d{4}\)\s*){2,}$/i, // refworld heading "Resolution 963 (1994) Resolution 963 (1994)"
  /^(?:UNITED NATIONS|United Nations|S)$/, // PDF cover lines
  /^\[S\/\d+[^\]]*\]$/, // OCR document symbol "[S/339]"
  /^\*\s*Reissued for technical reasons\.?$/i,
];

/** An "Adopted ..." block after the text, once its OCR line breaks are joined: "Adopted unanimously at the 87th meeting." */
const ADOPTED_BLOCK = /^Adopted (?:unanimously |without (?:a )?vote )?(?:by the Security Council )?at (?:its|the) \d+\s*(?:st|nd|rd|th)?(?: \(closed\))? meeting\b.{0,200}$/i;

/** Where a text came from; each has its own furniture and line breaking. */
export type TextSource = 'ocr' | 'pdf' | 'xml' | 'page';

/** First lines of footnote blocks in the CR-UNSC OCR texts ("4 Ibid., 33rd meeting, pp. 143-145"). */
const FOOTNOTE = /^\d{1,3}\s+(Ibid|fbid|lbid|See|Official Records|Adopted|Modified|Decision|The draft|Paragraphs?|League of Nations|Resolutions? adopted|Document|Para-|Supplement|No details)\b/;

/** Prefixes whose hyphen stays when a word is broken across lines ("counter-\nterrorism"). */
const KEEP_HYPHEN = /(?:^|[^A-Za-z])(counter|non|anti|self|co|well|long|short|post|pre|multi|inter|cross|re|sub|semi|ex|full|wide|large|small|high|low|follow|peace|state|ill|so|mid|all)$/i;

function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line)) {
      const stem = out.slice(0, -1);
      out = KEEP_HYPHEN.test(stem) ? `${out}${line}` : `${stem}${line}`;
    } else out = `${out} ${line}`;
  }
  return out;
}

/**
 * PDF extractions put one paragraph per line, but also break long paragraphs: a line ending a
 * clause (",", ";", ":", ".") followed by one opening a paragraph ("Recalling", "(a)", "2.") is a
 * paragraph break; any other line break is inside a paragraph.
 */
function markPdfParagraphs(text: string): string {
  return text.replace(/([,;:.])[ \t]*\n(?=[ \t]*(?:\([a-z]{1,3}\)|\d{1,3}\.\s|["“]?[A-Z]))/g, '$1\n\n');
}

export function cleanText(raw: string, source: TextSource = 'ocr'): string {
  let text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\f/g, '\n');
  // "Adopted by the Security Council at its 4653rd meeting,\non 4 December 2002" spans lines in UN documents.
  text = text.replace(/Adopted by the Security Council at its \d+\s*(?:st|nd|rd|th)?(?: \(closed\))? meeting,?(?:\s*(?:\n\s*)?on \d{1,2} [A-Za-z]+ \d{4})?[ \t]*/g, '\n');
  if (source === 'pdf') text = markPdfParagraphs(text);
  const lines = text.split('\n').filter((line) => !LINE_NOISE.some((re) => re.test(line.trim())));
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(joinLines(current));
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return blocks
    .filter((b) => b !== '' && !FOOTNOTE.test(b) && !ADOPTED_BLOCK.test(b))
    .map((b) =>
      b
        .replace(/([A-Za-z]{3,}[,;:.)]?)\d{1,2}(?=\s|$)/g, '$1') // footnote markers: "6 May,5 submitted"
        .replace(/\s+([;,:.])(?=\s|$)/g, '$1') // OCR "territory ;"
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((b) => b !== '')
    .join('\n\n');
}
