import type { CitationInput, IngestRecord, MemberSeat, ResolutionInput, Vote } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import { dhlMemberCode } from './dhlMemberCode';

/** True when the head of a file is an Akoma Ntoso document. */
export const isAkomaNtoso = (head: string) => /<akomaNtoso[\s>]/.test(head);

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The elements of a document in order, checked for well-formedness (balanced tags, unique attributes). */
function tokenize(xml: string): Array<{ open?: Tag; close?: string; text?: string }> {
  const out: Array<{ open?: Tag; close?: string; text?: string }> = [];
  const stack: string[] = [];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(re)) {
    if (m[7]) throw new Error(`malformed markup at offset ${m.index}`);
    if (m[6] !== undefined) out.push({ text: decode(m[6]) });
    else if (m[1] !== undefined) out.push({ text: m[1] });
    else if (m[3]) {
      const name = m[3];
      if (m[2]) {
        const open = stack.pop();
        if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at offset ${m.index}`);
        out.push({ close: name });
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = a[1] ?? '';
        if (key in attrs) throw new Error(`duplicated attribute "${key}" on <${name}> at offset ${m.index}`);
        attrs[key] = decode(a[2] ?? a[3] ?? '');
      }
      out.push({ open: { name, attrs } });
      if (m[5]) out.push({ close: name });
      else stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]}> is never closed`);
  return out;
}

/**
 * Elements that open a block of their own: the AKN4UN paragraph-level containers, their list parts and
 * headings (an annex, `attachment/doc`, has a mainBody of its own made of the same). Headings also close
 * their block, so an annex or part heading never runs into the text before or after it.
 */
const BLOCK_OPENERS = new Set(['p', 'tr', 'paragraph', 'container', 'formula', 'point', 'item', 'intro', 'wrapUp', 'listIntroduction', 'block', 'alinea', 'crossHeading']);
const HEADINGS = new Set(['heading', 'subheading', 'crossHeading']);
/**
 * Whether an element is set apart as a block of its own (see bodyText's `headings`): a heading, a
 * `<block name="subheading">` (the preamble's part headings, 2363: "Current situation"). The Pre-2020 files
 * mark the preambular paragraphs of a part as `<crossHeading refersTo="#preamble">` (1295, 1305, 1306): before
 * the first operative paragraph they are preambular like any other; after one, they are set apart too, so
 * that they never run into the operative paragraph before them.
 */
const isSetApart = (t: Tag, afterOperative: boolean) =>
  t.name === 'crossHeading' && t.attrs.refersTo === '#preamble' ? afterOperative : HEADINGS.has(t.name) || (t.name === 'block' && /heading/i.test(t.attrs.name ?? ''));
/** Cells of a table row: joined by a blank within the row's block. */
const CELLS = new Set(['td', 'th']);

/**
 * Blocks of the body as the cleaner expects them, one per element of the document's structure (see
 * BLOCK_OPENERS): "N. " before numbered ones, points on their own block, headings alone on theirs.
 * `headings` lists the blocks set apart (isSetApart: headings with their number, "I. General provisions";
 * a section's or a paragraph's bare number, "A", "I"), whitespace collapsed, so that splitParagraphs keeps
 * each as a paragraph of kind `other` whatever its wording.
 * Footnotes (`authorialNote`, placed "bottom") are left out: the text is the resolution's paragraphs,
 * and the graph model has no place for a note (docs/graph-model.md); their hyperlinks still give
 * citations, read from every `<a>` of the file.
 */
function bodyText(tokens: ReturnType<typeof tokenize>): { text: string; headings: string[] } {
  let out = '';
  let blockStart = 0;
  const headings: string[] = [];
  let inBody = false;
  let glue = false;
  let inNum = false;
  let inNote = 0;
  /** Per open element of the body: its name and whether it is set apart (closing tags carry no attributes). */
  const open: Array<{ name: string; apart: boolean }> = [];
  let afterOperative = false;
  /** True from a `</num>` until the next element opens: a paragraph that closes then is a bare part number ("I"). */
  let numOnly = false;
  const heading = () => {
    const text = out.slice(blockStart).replace(/\s+/g, ' ').trim();
    if (text) headings.push(text);
    newBlock();
  };
  const newBlock = () => {
    out += '\n\n';
    blockStart = out.length;
  };
  for (const t of tokens) {
    if (t.open) {
      const n = t.open.name;
      if (n === 'preamble' || n === 'mainBody') inBody = true;
      if (!inBody) continue;
      if (n === 'authorialNote') inNote++;
      if (inNote > 0) continue;
      const apart = isSetApart(t.open, afterOperative);
      open.push({ name: n, apart });
      numOnly = false;
      if (n === 'num') {
        newBlock();
        inNum = true;
      } else if (BLOCK_OPENERS.has(n) || apart) {
        // A number glues to the next text, even across an empty <p> (1285: "1." then the text in the next
        // paragraph) or onto a heading (<num>I</num><heading>General provisions</heading>).
        if (!glue) newBlock();
      } else if (CELLS.has(n)) out += ' ';
    } else if (t.close) {
      if (t.close === 'authorialNote' && inNote > 0) {
        inNote--;
        continue;
      }
      if (t.close === 'preamble' || t.close === 'mainBody') {
        inBody = false;
        open.length = 0;
      }
      if (inNote > 0 || !inBody) continue;
      const closesApart = open.pop()?.apart ?? false;
      const parent = open[open.length - 1]?.name;
      if (t.close === 'num' && parent === 'section') {
        // A section's number is its part heading (1295: <section><num>A</num><crossHeading …>).
        inNum = false;
        heading();
      } else if (t.close === 'num') {
        inNum = false;
        glue = true;
        numOnly = true;
        if (parent === 'paragraph') afterOperative = true;
        out += ' ';
      } else if (closesApart && !glue) heading();
      else if (t.close === 'paragraph' && numOnly) {
        // A paragraph holding only its number is a part heading (1318: <paragraph class="HCh"><num>I</num></paragraph>);
        // one with an empty content glues its number to the next text (1285).
        glue = false;
        heading();
      }
    } else if (inBody && inNote === 0 && t.text !== undefined) {
      out += inNum ? t.text.trim() : t.text.replace(/\s+/g, ' ');
      if (!inNum && t.text.trim() !== '') glue = false;
    }
  }
  const text = out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/ {2,}/g, ' ').trim();
  return { text, headings: [...new Set(headings)] };
}

const LANGUAGES: Record<string, string> = { eng: 'English', fra: 'French', fre: 'French', deu: 'German', ger: 'German' };
const VOTE_OF: Record<string, Vote> = { inFavour: 'yes', against: 'no', abstaining: 'abstain' };

/**
 * One UN Akoma Ntoso (AKN4UN) resolution file. English files give the whole record: symbol, date,
 * meeting, agenda, the Library's title, UNBIS subjects, draft, sponsors, adoption note, roll call,
 * text and hyperlinked citations (source `unxml_hyperlink`). French and German files give metadata
 * only (date, meeting, draft, roll call) and their hyperlinks as `unxml_hyperlink(German file)`.
 * A broken or non-AKN file yields nothing but its reason.
 */
export function parseUnXml(xml: string, file: string): ParseResult {
  const skip = (reason: string): ParseResult => ({ records: [], skipped: [{ file, line: 0, reason }] });
  if (!isAkomaNtoso(xml.slice(0, 4096))) return skip('not an Akoma Ntoso document');
  let tokens;
  try {
    tokens = tokenize(xml);
  } catch (err) {
    return skip(`broken XML: ${(err as Error).message}`);
  }
  const tags = tokens.flatMap((t) => (t.open ? [t.open] : []));
  const first = (name: string, where: (a: Record<string, string>) => boolean = () => true) => tags.find((t) => t.name === name && where(t.attrs))?.attrs;
  const work = first('FRBRthis')?.value ?? '';
  const id = /\/(\d{4}-\d{2}-\d{2})\/(\d{1,4})-(\d{4})\//.exec(work);
  const symbolText = (() => {
    const i = tokens.findIndex((t) => t.open?.name === 'docNumber');
    return i >= 0 ? (tokens[i + 1]?.text ?? '').trim() : '';
  })();
  const symbol = /^S\/RES\/(\d{1,4})\s*\((\d{4})\)$/.exec(symbolText);
  const number = symbol ? Number(symbol[1]) : id ? Number(id[2]) : NaN;
  if (!Number.isInteger(number) || number <= 0) return skip('no resolution number in FRBRthis or docNumber');
  const adopted = first('step', (a) => a.outcome === 'adopted');
  // Some Pre-2020 files carry the placeholder 0001-01-01 as adoption FRBRdate (1287–1295): then the adoption
  // step's date, else the FRBRthis path's, is the date.
  const date = [first('FRBRdate', (a) => a.name === 'adoption')?.date, adopted?.date, id?.[1]].find((d) => d !== undefined && Number(d.slice(0, 4)) >= 1945);
  const year = date ? Number(date.slice(0, 4)) : symbol ? Number(symbol[2]) : undefined;
  const language = LANGUAGES[first('FRBRlanguage')?.language ?? ''] ?? 'unknown';
  const english = language === 'English';
  const draft = first('step', (a) => a.outcome === 'draftResolution');
  const keywords = tags.filter((t) => t.name === 'keyword').map((t) => t.attrs);
  const members: MemberSeat[] = [];
  let vote: Vote | null = null;
  tokens.forEach((t, i) => {
    if (t.open?.name === 'count') vote = VOTE_OF[t.open.attrs.refersTo ?? ''] ?? null;
    else if (t.close === 'count') vote = null;
    else if (vote && t.text && t.text.trim() && tokens[i - 1]?.open?.name === 'organization') {
      const code = dhlMemberCode(t.text.trim(), date);
      if (code) members.push({ code, vote, voteSource: 'unxml' });
    }
  });
  const resolution: ResolutionInput = {
    number,
    source: 'unxml',
    symbol: `S/RES/${number} (${year ?? symbol?.[2] ?? ''})`,
    date,
    year,
    meeting: adopted?.as?.startsWith('S/PV.') ? adopted.as : undefined,
    draft: draft?.as || undefined,
    members: members.length > 0 ? members : undefined,
  };
  if (english) {
    const body = bodyText(tokens);
    const agenda = keywords.find((k) => k.refersTo === 'agenda' && k.dictionary === 'S/')?.showAs?.replace(/\.\s*$/, '').trim();
    const title = keywords.find((k) => k.refersTo === 'title')?.showAs?.trim();
    const subjects = keywords.filter((k) => (k.dictionary === 'UNBIS Thesaurus' || k.dictionary === 'DHLAUTH') && k.showAs).map((k) => (k.showAs ?? '').trim());
    const sponsors = (draft?.by ?? '').split(/,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
    Object.assign(resolution, {
      agenda: agenda || undefined,
      title: title || undefined,
      subjects: subjects.length > 0 ? [...new Set(subjects)] : undefined,
      sponsors: sponsors.length > 0 ? sponsors : undefined,
      adoptionNote: adopted?.by || undefined,
      rawText: body.text || undefined,
      textSource: 'xml',
      headings: body.headings.length > 0 ? body.headings : undefined,
      chapterVIIMarkup: adopted ? adopted.refersTo === 'Chapter VII' : undefined,
    });
  }
  const source = english ? 'unxml_hyperlink' : `unxml_hyperlink(${language} file)`;
  const cited = new Set<number>();
  for (const a of tags.filter((t) => t.name === 'a')) {
    const m = /\/S\/RES\/(\d{1,4})\s*(?:%20|\s)*\((\d{4})\)/i.exec(decodeURIComponent(a.attrs.href ?? ''));
    if (m && Number(m[1]) !== number) cited.add(Number(m[1]));
  }
  const citations: IngestRecord[] = [...cited].map((to) => ({
    kind: 'citation',
    origin: { file, line: 0 },
    citation: { from: number, to, verb: null, source, context: null } satisfies CitationInput,
  }));
  return { records: [{ kind: 'resolution', origin: { file, line: 1 }, resolution }, ...citations], skipped: [] };
}
