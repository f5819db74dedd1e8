import { cleanText } from '../clean/cleanText';
import { splitParagraphs } from '../clean/splitParagraphs';
import type { Paragraph } from '../clean/Paragraph';
import { chapterVIIFromText } from '../extract/chapterVII';
import { extractCitations, type Catalogue, type ExtractedCitation, type RejectedMention } from '../extract/extractCitations';
import { normaliseVerb } from '../extract/normaliseVerb';
import type { CitationInput, MemberSeat, MembershipInput, Vote } from '../model/IngestRecord';
import type { Skipped } from '../model/Skipped';
import type { MergedResolution } from './mergeResolutions';
import { sortSources, VOTE_SOURCE_ORDER } from './sourceRank';
import { topicLinks } from './topicLinks';
import type { MemberRow, SatOnRow, WriteSet } from './WriteSet';

/** What the graph already holds about a resolution, read before the run. */
export interface ExistingResolution {
  year: number | null;
  provenance: string | null;
}

/** A text already in the graph that may cite resolutions of this run (incremental linking). */
export interface StoredText {
  number: number;
  year: number | null;
  text: string;
  /** Its stored paragraphs of kind other: passed as headings, the text splits again into the stored paragraphs (UN XML headings included). */
  others?: string[];
}

const PERMANENT = new Set(['CHN', 'TWN', 'FRA', 'RUS', 'SUN', 'GBR', 'USA']);
const voteRank = (s: string | null) => {
  const i = s === null ? -1 : (VOTE_SOURCE_ORDER as readonly string[]).indexOf(s);
  return i < 0 ? VOTE_SOURCE_ORDER.length : i;
};

/** One source's evidence for a citation edge; several (text, page, dataset) may describe one ordered pair. */
export interface EdgeDetail {
  verb: string | null;
  paragraph: string | null;
  context: string | null;
  mentions: number;
  /** The cited year as the text gives it (pending mentions), checked when the edge is made. */
  year?: number | null;
}

/** A citation as one source gives it, before the sources of its pair are merged (see settleEdges). */
export interface EdgeEvidence {
  from: number;
  to: number;
  source: string;
  detail: EdgeDetail;
}

/** A row of citations.csv with the place it was read from, for the skipped-record report. */
export interface PlacedCitation {
  c: CitationInput;
  file: string;
  line: number;
}

/** What every slice of the run shares: small per resolution (numbers and years, meeting symbols, composition). */
export interface BuildContext {
  existing: ReadonlyMap<number, ExistingResolution>;
  /** Year of a resolution of this run or of the graph; undefined when neither holds it. */
  known: Catalogue;
  /** Council composition by "year:code", for permanent flags and member names. */
  seats: ReadonlyMap<string, MembershipInput>;
  /** The meeting symbol that meetings.jsonl lists a resolution under, for those without a meeting of their own. */
  meetingOf: ReadonlyMap<number, string>;
}

/** The rows one slice of resolutions writes: its nodes, paragraphs and the links from them. */
export type SliceRows = Pick<WriteSet, 'resolutions' | 'paragraphs' | 'topics' | 'adoptedAt' | 'satOn'>;

export interface SliceResult {
  rows: SliceRows;
  rejectedMentions: Array<RejectedMention & { citing: number }>;
  conflicts: Array<{ number: number; conflict: string }>;
}

/** The catalogue the citation checks read: this run's resolutions (numbers and years), then the graph's. */
export function catalogueOf(runYears: ReadonlyMap<number, number | null>, existing: ReadonlyMap<number, ExistingResolution>): Catalogue {
  return (n) => (runYears.has(n) ? { year: runYears.get(n) ?? null } : existing.has(n) ? { year: existing.get(n)?.year ?? null } : undefined);
}

/** Council composition by year (for permanent flags and member names) and one row per member. */
export function councilOf(membership: Iterable<MembershipInput>): { seats: Map<string, MembershipInput>; members: MemberRow[] } {
  const seats = new Map<string, MembershipInput>();
  const members = new Map<string, MemberRow>();
  for (const m of membership) {
    seats.set(`${m.year}:${m.code}`, m);
    const row = members.get(m.code) ?? { code: m.code, name: m.name, permanent: m.permanent, years: [] };
    if (!row.years.includes(m.year)) row.years.push(m.year);
    if (m.year >= Math.max(...row.years)) row.name = m.name;
    row.permanent = row.permanent || m.permanent;
    members.set(m.code, row);
  }
  for (const row of members.values()) row.years.sort((a, b) => a - b);
  return { seats, members: [...members.values()] };
}

const textEdge = (from: number, c: ExtractedCitation & { year?: number | null }): EdgeEvidence => ({
  from,
  to: c.to,
  source: 'text',
  detail: { verb: c.verb, paragraph: c.paragraph, context: c.context, mentions: c.mentions, ...(c.year !== undefined ? { year: c.year } : {}) },
});

/**
 * Turns merged resolutions (one slice of the run, ascending numbers) into the rows the writers store: cleans
 * and splits each text, extracts its citations (checked against `ctx.known`) and hands every citation
 * evidence, of the text and of the page lists, to `addEdge` in order; settleEdges merges them per pair later.
 */
export function buildSlice(merged: MergedResolution[], ctx: BuildContext, addEdge: (e: EdgeEvidence) => void): SliceResult {
  const rows: SliceRows = { resolutions: [], paragraphs: [], topics: [], adoptedAt: [], satOn: [] };
  const rejectedMentions: Array<RejectedMention & { citing: number }> = [];
  for (const m of merged) {
    const f = m.fields;
    const year = f.year ?? null;
    let paragraphs: Paragraph[] | null = null;
    let text: string | null = null;
    if (f.rawText) {
      paragraphs = splitParagraphs(cleanText(f.rawText, f.textSource), f.headings);
      text = paragraphs.map((p) => p.text).join('\n\n');
      if (paragraphs.length === 0) paragraphs = null;
    }
    const agenda = f.agenda ?? null;
    const props: Record<string, string | number | boolean | string[] | null> = {};
    const put = (k: string, v: string | number | boolean | string[] | null | undefined) => {
      if (v !== undefined && v !== null) props[k] = v;
    };
    put('symbol', f.symbol ?? (year !== null ? `S/RES/${m.number} (${year})` : undefined));
    put('year', year);
    put('title', f.title);
    put('agenda', agenda);
    put('modality', f.modality);
    if (f.votes) {
      props.votesYes = f.votes.yes;
      props.votesNo = f.votes.no;
      props.votesAbstain = f.votes.abstain;
      put('votesNonVoting', f.votes.nonVoting);
      props.unanimous = f.votes.no === 0 && f.votes.abstain === 0 && f.votes.yes > 0;
    }
    put('draft', f.draft);
    put('sponsors', f.sponsors);
    put('adoptionNote', f.adoptionNote);
    put('undlRecord', f.undlRecord);
    put('text', text);
    // The text decides; the XML's adoption step fills in where there is no text. Disagreements are reported.
    const chapterVII = chapterVIIFromText(text);
    if (chapterVII !== null && f.chapterVIIMarkup !== undefined && chapterVII !== f.chapterVIIMarkup) {
      m.conflicts.push(`chapterVII: the text says ${chapterVII}, the XML adoption step says ${f.chapterVIIMarkup}; kept the text`);
    }
    put('chapterVII', chapterVII ?? f.chapterVIIMarkup);
    put('mainTopic', agenda ?? m.siteTopics?.[0]);
    // Search copies (indexed by resolution_search, see cypher/schema/02_indexes.cypher): the library's subject
    // headings as one text, and the adoption day as one token "YYYYMMDD", so year and date filters are Lucene ranges.
    put('subjectText', m.subjects.length > 0 ? m.subjects.join('; ') : undefined);
    put('dayKey', f.date ? f.date.replace(/-/g, '') : undefined);
    const before = ctx.existing.get(m.number)?.provenance;
    let provenance: Record<string, string> = {};
    try {
      provenance = before ? (JSON.parse(before) as Record<string, string>) : {};
    } catch {
      provenance = {};
    }
    Object.assign(provenance, m.provenance);
    rows.resolutions.push({
      number: m.number,
      props,
      date: f.date ?? null,
      provenance: JSON.stringify(Object.fromEntries(Object.entries(provenance).sort(([a], [b]) => a.localeCompare(b)))),
    });
    if (paragraphs) rows.paragraphs.push({ number: m.number, paragraphs });

    const topics = topicLinks(m.number, { agenda: agenda ? [agenda] : [], subject: m.subjects, site: m.siteTopics ?? [] });
    if (topics.kinds.length > 0) rows.topics.push(topics);

    const meetingSymbol = f.meeting ?? ctx.meetingOf.get(m.number);
    if (meetingSymbol) {
      const num = /^S\/PV\.(\d+)/.exec(meetingSymbol);
      rows.adoptedAt.push({ number: m.number, symbol: meetingSymbol, meetingNumber: num ? Number(num[1]) : null, date: f.date ?? null });
    }

    for (const seat of seatsOf(m, year, ctx.seats)) rows.satOn.push(seat);

    if (paragraphs) {
      const found = extractCitations({ number: m.number, year, paragraphs, known: ctx.known });
      for (const c of found.cites) addEdge(textEdge(m.number, c));
      for (const c of found.pending) addEdge(textEdge(m.number, c));
      for (const r of found.rejected) rejectedMentions.push({ citing: m.number, ...r });
    }
    for (const input of m.inputs) {
      for (const to of input.pageCites ?? []) addEdge({ from: m.number, to, source: 'page', detail: { verb: null, paragraph: null, context: null, mentions: 0 } });
      for (const from of input.pageCitedBy ?? []) addEdge({ from, to: m.number, source: 'page', detail: { verb: null, paragraph: null, context: null, mentions: 0 } });
    }
  }

  return { rows, rejectedMentions, conflicts: merged.flatMap((m) => m.conflicts.map((conflict) => ({ number: m.number, conflict }))) };
}

/** Citations from texts already stored (outside the run) to the run's resolutions (incremental linking). */
export function storedTextEdges(storedTexts: Iterable<StoredText>, runNumbers: ReadonlySet<number>, known: Catalogue, addEdge: (e: EdgeEvidence) => void): void {
  for (const t of storedTexts) {
    if (runNumbers.has(t.number)) continue;
    const found = extractCitations({ number: t.number, year: t.year, paragraphs: splitParagraphs(t.text, t.others), known });
    for (const c of found.cites) if (runNumbers.has(c.to)) addEdge(textEdge(t.number, c));
  }
}

/** The dataset's citation rows as evidence; a row citing a resolution that is not older is skipped. */
export function* datasetEdges(citations: Iterable<PlacedCitation>, skipped: (s: Skipped) => void): Generator<EdgeEvidence> {
  for (const { c, file, line } of citations) {
    if (c.to >= c.from) {
      skipped({ file, line, reason: `edge ${c.from} -> ${c.to} cites a resolution that is not older` });
      continue;
    }
    yield { from: c.from, to: c.to, source: c.source, detail: { verb: c.verb ? normaliseVerb(c.verb) : null, paragraph: null, context: c.context, mentions: 0 } };
  }
}

/**
 * Merges the evidence of each ordered pair (the first of each source counts) into one CITES row, or into
 * pending rows, one per source, when a resolution of the pair is in neither the run nor the graph. All the
 * evidence of one pair must be in one call: the ingest calls it per range of citing numbers.
 */
export function settleEdges(evidence: Iterable<EdgeEvidence>, known: Catalogue, skipped: (s: Skipped) => void): Pick<WriteSet, 'cites' | 'pending'> {
  const edges = new Map<string, { from: number; to: number; bySource: Map<string, EdgeDetail> }>();
  for (const { from, to, source, detail } of evidence) {
    const key = `${from}>${to}`;
    const e = edges.get(key) ?? { from, to, bySource: new Map() };
    if (!e.bySource.has(source)) e.bySource.set(source, detail);
    edges.set(key, e);
  }
  const out: Pick<WriteSet, 'cites' | 'pending'> = { cites: [], pending: [] };
  for (const e of edges.values()) {
    if (!known(e.from) || !known(e.to)) {
      const sources = [...e.bySource.keys()].join(', ');
      skipped({ file: `(${sources})`, line: 0, reason: `edge ${e.from} -> ${e.to}: resolution ${known(e.from) ? e.to : e.from} is not in the graph (kept pending)` });
      for (const [source, d] of e.bySource) {
        out.pending.push({ key: `${e.from}>${e.to}>${source}`, from: e.from, to: e.to, source, sources: [source], verb: d.verb, paragraph: d.paragraph, context: d.context, mentions: d.mentions, year: d.year ?? null });
      }
      continue;
    }
    const sources = sortSources(e.bySource.keys());
    const best = sources[0] ?? 'text';
    const detail = e.bySource.get(best);
    const withVerb = e.bySource.get('text') ?? detail;
    out.cites.push({
      from: e.from,
      to: e.to,
      source: best,
      sources,
      verb: withVerb?.verb ?? [...e.bySource.values()].find((d) => d.verb)?.verb ?? null,
      paragraph: withVerb?.paragraph ?? null,
      context: detail?.context ?? [...e.bySource.values()].find((d) => d.context)?.context ?? null,
      mentions: e.bySource.get('text')?.mentions ?? 0,
    });
  }
  out.cites.sort((a, b) => a.from - b.from || a.to - b.to);
  return out;
}

/** The seats of one resolution: the Library's roll call when present, else the dataset's composition, else the page's. */
function seatsOf(m: MergedResolution, year: number | null, seats: ReadonlyMap<string, MembershipInput>): SatOnRow[] {
  const out = new Map<string, SatOnRow>();
  const bySource = (s: string) => m.inputs.filter((i) => i.source === s && i.members && i.members.length > 0);
  const primary = bySource('dhl')[0] ?? bySource('dataset')[0] ?? bySource('unxml')[0] ?? bySource('page')[0];
  if (!primary?.members) return [];
  const others = new Map<string, MemberSeat[]>();
  for (const o of m.inputs.filter((i) => i !== primary).flatMap((i) => i.members ?? [])) others.set(o.code, [...(others.get(o.code) ?? []), o]);
  for (const seat of primary.members) {
    const same = others.get(seat.code) ?? [];
    const candidates = [{ vote: seat.vote, source: seat.vote ? (seat.voteSource ?? (primary.source === 'page' ? 'page' : null)) : null }, ...same.map((o) => ({ vote: o.vote, source: o.vote ? o.voteSource : null }))]
      .filter((c) => c.vote !== null)
      .sort((a, b) => voteRank(a.source) - voteRank(b.source));
    const best = candidates[0];
    const permanent = seat.permanent ?? same.find((o) => o.permanent !== undefined)?.permanent ?? (year !== null ? seats.get(`${year}:${seat.code}`)?.permanent : undefined) ?? PERMANENT.has(seat.code);
    const name = seat.name ?? same.find((o) => o.name)?.name ?? (year !== null ? seats.get(`${year}:${seat.code}`)?.name : undefined) ?? null;
    out.set(seat.code, { code: seat.code, number: m.number, name, vote: (best?.vote ?? null) as Vote | null, permanent, voteSource: best?.source ?? null });
  }
  return [...out.values()];
}
