import { cleanText } from '../clean/cleanText';
import { splitParagraphs } from '../clean/splitParagraphs';
import type { Paragraph } from '../clean/Paragraph';
import { chapterVIIFromText } from '../extract/chapterVII';
import { extractCitations, type RejectedMention } from '../extract/extractCitations';
import { normaliseVerb } from '../extract/normaliseVerb';
import type { CitationInput, IngestRecord, MeetingInput, MemberSeat, MembershipInput, ResolutionInput, Vote } from '../model/IngestRecord';
import type { Skipped } from '../model/Skipped';
import { mergeResolutions, type MergedResolution } from './mergeResolutions';
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

export interface BuildResult {
  writeSet: WriteSet;
  skipped: Skipped[];
  rejectedMentions: Array<RejectedMention & { citing: number }>;
  conflicts: Array<{ number: number; conflict: string }>;
  /** Resolution numbers this run writes. */
  numbers: number[];
}

const PERMANENT = new Set(['CHN', 'TWN', 'FRA', 'RUS', 'SUN', 'GBR', 'USA']);
const voteRank = (s: string | null) => {
  const i = s === null ? -1 : (VOTE_SOURCE_ORDER as readonly string[]).indexOf(s);
  return i < 0 ? VOTE_SOURCE_ORDER.length : i;
};

/**
 * Turns parsed records into the rows the writers store: merges each resolution's inputs, cleans and
 * splits its text, extracts citations (checked against the run's and the graph's resolutions), and
 * merges them with the page's and the dataset's edges into one edge per ordered pair.
 */
export function buildWriteSet(
  records: IngestRecord[],
  existing: ReadonlyMap<number, ExistingResolution>,
  storedTexts: StoredText[] = [],
): BuildResult {
  const skipped: Skipped[] = [];
  const byNumber = new Map<number, ResolutionInput[]>();
  const meetings: MeetingInput[] = [];
  const membership: MembershipInput[] = [];
  const citations: Array<{ c: CitationInput; file: string; line: number }> = [];
  for (const r of records) {
    if (r.kind === 'resolution') {
      const list = byNumber.get(r.resolution.number) ?? [];
      list.push(r.resolution);
      byNumber.set(r.resolution.number, list);
    } else if (r.kind === 'meeting') meetings.push(r.meeting);
    else if (r.kind === 'membership') membership.push(r.membership);
    else citations.push({ c: r.citation, file: r.origin.file, line: r.origin.line });
  }

  const merged = [...byNumber.values()].map(mergeResolutions).sort((a, b) => a.number - b.number);
  const runYears = new Map<number, number | null>(merged.map((m) => [m.number, m.fields.year ?? null]));
  const known = (n: number) => (runYears.has(n) ? { year: runYears.get(n) ?? null } : existing.has(n) ? { year: existing.get(n)?.year ?? null } : undefined);

  // Council composition by year, for permanent flags and member names.
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

  const ws: WriteSet = { members: [...members.values()], meetings: [], resolutions: [], paragraphs: [], topics: [], adoptedAt: [], satOn: [], cites: [], pending: [] };
  const edges = new Map<string, { from: number; to: number; bySource: Map<string, { verb: string | null; paragraph: string | null; context: string | null; mentions: number; year?: number | null }> }>();
  const addEdge = (from: number, to: number, source: string, detail: { verb: string | null; paragraph: string | null; context: string | null; mentions: number; year?: number | null }) => {
    const key = `${from}>${to}`;
    const e = edges.get(key) ?? { from, to, bySource: new Map() };
    if (!e.bySource.has(source)) e.bySource.set(source, detail);
    edges.set(key, e);
  };
  const rejectedMentions: Array<RejectedMention & { citing: number }> = [];

  // Meetings: every line of meetings.jsonl; the resolutions they list, for those without a meeting of their own.
  const meetingOf = new Map<number, MeetingInput>();
  for (const m of meetings) {
    ws.meetings.push({ symbol: m.symbol, number: m.number, date: m.date, agenda: m.agenda, outcome: m.outcome });
    for (const n of m.resolutions) if (!meetingOf.has(n)) meetingOf.set(n, m);
  }

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
    const before = existing.get(m.number)?.provenance;
    let provenance: Record<string, string> = {};
    try {
      provenance = before ? (JSON.parse(before) as Record<string, string>) : {};
    } catch {
      provenance = {};
    }
    Object.assign(provenance, m.provenance);
    ws.resolutions.push({
      number: m.number,
      props,
      date: f.date ?? null,
      provenance: JSON.stringify(Object.fromEntries(Object.entries(provenance).sort(([a], [b]) => a.localeCompare(b)))),
    });
    if (paragraphs) ws.paragraphs.push({ number: m.number, paragraphs });

    const topics = topicLinks(m.number, { agenda: agenda ? [agenda] : [], subject: m.subjects, site: m.siteTopics ?? [] });
    if (topics.kinds.length > 0) ws.topics.push(topics);

    const meetingSymbol = f.meeting ?? meetingOf.get(m.number)?.symbol;
    if (meetingSymbol) {
      const num = /^S\/PV\.(\d+)/.exec(meetingSymbol);
      ws.adoptedAt.push({ number: m.number, symbol: meetingSymbol, meetingNumber: num ? Number(num[1]) : null, date: f.date ?? null });
    }

    ws.satOn.push(...seatsOf(m, year, seats));

    if (paragraphs) {
      const found = extractCitations({ number: m.number, year, paragraphs, known });
      for (const c of found.cites) addEdge(m.number, c.to, 'text', c);
      for (const c of found.pending) addEdge(m.number, c.to, 'text', c);
      rejectedMentions.push(...found.rejected.map((r) => ({ citing: m.number, ...r })));
    }
    for (const input of m.inputs) {
      for (const to of input.pageCites ?? []) addEdge(m.number, to, 'page', { verb: null, paragraph: null, context: null, mentions: 0 });
      for (const from of input.pageCitedBy ?? []) addEdge(from, m.number, 'page', { verb: null, paragraph: null, context: null, mentions: 0 });
    }
  }

  // Texts already stored that may cite this run's resolutions.
  const runNumbers = new Set(merged.map((m) => m.number));
  for (const t of storedTexts) {
    if (runNumbers.has(t.number)) continue;
    const found = extractCitations({ number: t.number, year: t.year, paragraphs: splitParagraphs(t.text, t.others), known });
    for (const c of found.cites) if (runNumbers.has(c.to)) addEdge(t.number, c.to, 'text', c);
  }

  for (const { c, file, line } of citations) {
    if (c.to >= c.from) {
      skipped.push({ file, line, reason: `edge ${c.from} -> ${c.to} cites a resolution that is not older` });
      continue;
    }
    addEdge(c.from, c.to, c.source, { verb: c.verb ? normaliseVerb(c.verb) : null, paragraph: null, context: c.context, mentions: 0 });
  }

  for (const e of edges.values()) {
    if (!known(e.from) || !known(e.to)) {
      const sources = [...e.bySource.keys()].join(', ');
      skipped.push({ file: `(${sources})`, line: 0, reason: `edge ${e.from} -> ${e.to}: resolution ${known(e.from) ? e.to : e.from} is not in the graph (kept pending)` });
      for (const [source, d] of e.bySource) {
        ws.pending.push({ key: `${e.from}>${e.to}>${source}`, from: e.from, to: e.to, source, sources: [source], verb: d.verb, paragraph: d.paragraph, context: d.context, mentions: d.mentions, year: d.year ?? null });
      }
      continue;
    }
    const sources = sortSources(e.bySource.keys());
    const best = sources[0] ?? 'text';
    const detail = e.bySource.get(best);
    const withVerb = e.bySource.get('text') ?? detail;
    ws.cites.push({
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
  ws.cites.sort((a, b) => a.from - b.from || a.to - b.to);
  return { writeSet: ws, skipped, rejectedMentions, conflicts: merged.flatMap((m) => m.conflicts.map((conflict) => ({ number: m.number, conflict }))), numbers: merged.map((m) => m.number) };
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
