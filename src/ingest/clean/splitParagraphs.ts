import type { Paragraph } from './Paragraph';

/** Opening words of preambular paragraphs that are not "-ing" participles. */
const PREAMBLE_WORDS =
  'Mindful|Aware|Conscious|Convinced|Determined|Concerned|Alarmed|Cognizant|Desirous|Guided|Seized|Deeply|Gravely|Further|Also|Bearing|Having|Noting|Recalling|Reaffirming|Acting|Taking|Reiterating|Expressing|Emphasizing|Emphasising|Stressing|Underlining|Underscoring|Welcoming|Recognizing|Recognising|Acknowledging|Determining|Condemning|Deploring|Considering|Commending|Encouraging|Affirming|Reaffirming|Highlighting|Appreciating|Regretting|Observing|Believing|Urging|Calling|Looking|Keen|Anxious|Affirming|Pending|Whereas|Strongly|Fully|Being|Expressly';
const PREAMBLE_START = new RegExp(`^(?:${PREAMBLE_WORDS}|[A-Z][a-z]+ing)\\b`);
/** A preambular paragraph starting inside a run-on block: ", Reaffirming that ..." */
const PREAMBLE_SPLIT = new RegExp(`,\\s+(?=(?:${PREAMBLE_WORDS}|[A-Z][a-z]{2,}ing)\\b)`, 'g');
const NOT_PARTICIPLES = new Set(['Beijing', 'Wellington', 'Kensington', 'Nanjing', 'Chongqing', 'Keating', 'Harding', 'Sterling', 'Banking']);
/** Verbs that open operative paragraphs (third person, present tense), after an optional adverb. */
const OPERATIVE_VERBS =
  'Decides|Requests|Calls|Urges|Demands|Condemns|Welcomes|Endorses|Approves|Expresses|Reaffirms|Reiterates|Invites|Authorizes|Authorises|Extends|Recommends|Appeals|Notes|Takes|Declares|Commends|Encourages|Emphasizes|Emphasises|Stresses|Underlines|Underscores|Affirms|Recognizes|Recognises|Appoints|Resolves|Considers|Deplores|Regrets|Determines|Agrees|Forwards|Adopts|Establishes|Instructs|Directs|Acknowledges|Confirms|Supports|Insists|Warns|Reminds|Renews|Accepts|Elects|Designates|Censures|Proclaims|Recalls|Highlights|Looks|Pays|Requires|Wishes|Draws|Asks|Believes|Commits|Holds|Observes';
const OPERATIVE_ADVERB = '(?:(?:Further|Also|Again|Once again|Strongly|Firmly|Urgently|Solemnly|Further strongly|Also further|Hereby)\\s+)?';
const OPERATIVE_VERB_START = new RegExp(`^(?:The Security Council,?\\s+|\\([a-z]\\)\\s+)?${OPERATIVE_ADVERB}(?:${OPERATIVE_VERBS}|It is resolved)\\b`);
/** Operative paragraphs that carry no number (early resolutions, single-paragraph ones) open with a present-tense verb. */
const OPERATIVE_START = new RegExp(`^${OPERATIVE_ADVERB}(?:(?:${OPERATIVE_VERBS})\\b|[A-Z][a-z]+(?:s|es)\\b(?!\\s+(?:of|in|and)\\b))|^To\\s+[a-z]+`);
/** An operative paragraph starting inside a run-on block of the PDF texts: "..., Decides: (a) To call upon". */
const OPERATIVE_SPLIT = new RegExp(`(?<=[,;:.])\\s*(?:\\d{1,3}\\s)?\\s*(?=(?:Further|Also)?\\s*(?:${OPERATIVE_VERBS})\\b(?!\\s+(?:of|in|and)\\b))`, 'g');
/** "Annex", "ANNEX II", "Annexes": what follows is not the body of the resolution. */
/** The closing operative paragraph: what follows it is an annex, even without an "Annex" heading. */
const BODY_END = /\b(?:remain|remains) (?:actively |further )?seized of the matter\.?$/;
const ANNEX_HEADING = /^(?:Annex(?:es)?|ANNEX(?:ES)?)(?:\s+[IVX0-9]+)?\.?$/;
/** A heading the source marks that opens an annex: "Annex I — Coversheet", "Annex to resolution 1526 (2004)". */
const MARKED_ANNEX = /^(?:Annex(?:es)?|ANNEX(?:ES)?)\b/;
/** A point of a list: "(a)", "(iv)", "– ", "• ". */
const POINT_START = /^(?:\((?:[a-z]{1,3}|[ivxl]+)\)|[–•-]\s)/;
const SMALL_WORDS = new Set(['and', 'of', 'the', 'on', 'with', 'for', 'a', 'to', 'in', 'by', 'at', 'from', 'its', 'an', 'or']);

function isHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 160) return false;
  if (/[.;,:]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0) return false;
  if (t === t.toUpperCase() && /[A-Z]{3}/.test(t)) return true;
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return big.length > 0 && big.every((w) => /^[A-Z(“"]/.test(w)) && words.length <= 14;
}

/** Splits a heading that ends an operative segment off its tail: "...travel documents; Border Security and Information Sharing". */
function splitTrailingHeading(segment: string): [string, string | null] {
  const m = /^(.*[;.:])\s+([^;.:]+)$/s.exec(segment);
  if (m && isHeading(m[2] ?? '')) return [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  return [segment, null];
}

function splitPreamble(block: string): string[] {
  const out: string[] = [];
  let rest = block;
  const council = /^(The Security Council,?)\s*(?!\s*(?:Resolves|Decides|Requests)\b)/.exec(rest);
  if (council) {
    out.push(council[1] ?? '');
    rest = rest.slice(council[0].length);
  }
  let last = 0;
  for (const m of rest.matchAll(PREAMBLE_SPLIT)) {
    const word = /^[A-Za-z]+/.exec(rest.slice((m.index ?? 0) + m[0].length))?.[0] ?? '';
    if (NOT_PARTICIPLES.has(word)) continue;
    out.push(rest.slice(last, (m.index ?? 0) + 1).trim());
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(rest.slice(last).trim());
  return out.flatMap((p) => p.split(OPERATIVE_SPLIT)).map((p) => p.trim()).filter(Boolean);
}

/**
 * Cuts a cleaned text (blocks separated by blank lines) into ordered paragraphs. Operative paragraphs
 * are found by their numbers in sequence ("1. Decides", "2. Requests", even inside a run-on page
 * text); everything before "1." is preamble, split on ", <participle>"; headings are kind "other".
 * `headings` are the blocks the source itself marks as headings (UN XML; whitespace collapsed): each is
 * a paragraph of kind "other" of its own, whatever its wording, and an "Annex …" one after an operative
 * paragraph starts the annex.
 */
export function splitParagraphs(cleaned: string, headings: readonly string[] = []): Paragraph[] {
  const pieces: Array<{ kind: Paragraph['kind']; number: number | null; text: string }> = [];
  const marked = new Set(headings);
  let expected = 1;
  let inOperative = false;
  let inAnnex = false;
  const last = () => pieces[pieces.length - 1];
  const blocks = cleaned.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  for (const [i, block] of blocks.entries()) {
    const heading = marked.has(block.replace(/\s+/g, ' '));
    const markedAnnex = heading && MARKED_ANNEX.test(block) && (inOperative || pieces.some((p) => p.kind === 'operative'));
    // Everything after an annex heading is the annex: kept apart from the body, never numbered as operative.
    if (inAnnex || (inOperative && ANNEX_HEADING.test(block)) || markedAnnex) {
      inAnnex = true;
      pieces.push({ kind: 'other', number: null, text: block });
      continue;
    }
    if (heading) {
      // A heading between the points of an operative paragraph ("6. Decides that the mandate … shall be:
      // (a) …; Disarmament, demobilization …; (d) …") belongs to that paragraph, as its points do.
      const prev = last();
      if (inOperative && prev?.kind === 'operative' && POINT_START.test(blocks[i + 1] ?? '')) prev.text = `${prev.text}\n${block}`;
      else pieces.push({ kind: 'other', number: null, text: block });
      continue;
    }
    // Numbered operative markers inside the block, accepted only in sequence.
    const markers: Array<{ at: number; len: number; n: number }> = [];
    const re = /(^|\s)(\d{1,3})\.\s+(?=["“(]?[A-Z])/g;
    for (const m of block.matchAll(re)) {
      const n = Number(m[2]);
      const at = (m.index ?? 0) + (m[1] ?? '').length;
      // A "1." restarting the count opens a new numbered part, unless it lists the points of a paragraph ending in ":".
      if (n === expected || (n === 1 && at === 0 && inOperative && !/:$/.test(last()?.text ?? ''))) {
        markers.push({ at, len: m[0].length - (m[1] ?? '').length, n });
        expected = n + 1;
      }
    }
    const head = block.slice(0, markers[0]?.at ?? block.length).trim();
    if (head) {
      if (!inOperative) {
        for (const p of splitPreamble(head)) {
          const start = p.replace(/^["“(]/, '');
          const prev = last();
          if (/^[a-z]/.test(start) && prev && prev.kind === 'preambular') prev.text = `${prev.text} ${p}`;
          else if (isHeading(p) || /^The Security Council,?$/.test(p)) pieces.push({ kind: 'other', number: null, text: p });
          else if (OPERATIVE_VERB_START.test(start) || (prev?.kind === 'operative' && /^That\s/.test(start))) pieces.push({ kind: 'operative', number: null, text: p });
          else if (PREAMBLE_START.test(start) && prev?.kind !== 'operative') pieces.push({ kind: 'preambular', number: null, text: p });
          else if (OPERATIVE_START.test(start)) pieces.push({ kind: 'operative', number: null, text: p });
          // Sub-paragraphs and lists after an unnumbered operative paragraph belong to it ("Decides: (a) ...").
          else if (prev?.kind === 'operative') prev.text = `${prev.text}\n${p}`;
          else pieces.push({ kind: pieces.length > 0 ? 'preambular' : 'other', number: null, text: p });
        }
      } else if (isHeading(head)) pieces.push({ kind: 'other', number: null, text: head });
      else {
        const prev = last();
        if (prev && prev.kind === 'operative') prev.text = `${prev.text}\n${head}`;
        else pieces.push({ kind: 'operative', number: null, text: head });
      }
    }
    markers.forEach((mk, i) => {
      inOperative = true;
      const end = markers[i + 1]?.at ?? block.length;
      const body = block.slice(mk.at + mk.len, end).trim();
      const [text, heading] = i + 1 < markers.length ? splitTrailingHeading(body) : [body, null];
      pieces.push({ kind: 'operative', number: mk.n, text: `${mk.n}. ${text}` });
      if (heading) pieces.push({ kind: 'other', number: null, text: heading });
    });
    const tail = last();
    if (inOperative && tail?.kind === 'operative' && BODY_END.test(tail.text)) inAnnex = true;
  }
  return pieces.map((p, i) => ({ ordinal: i + 1, kind: p.kind, number: p.number, text: p.text }));
}
