import { clauseAt, contextAt, isActing, operativeParagraphs, periodOf, untilDate, type MandateDoc } from './missionsText';

export type MissionKind = 'PEACEKEEPING' | 'POLITICAL' | 'OTHER';
export type MandateAction = 'ESTABLISHES' | 'EXTENDS' | 'MODIFIES' | 'TERMINATES';

export interface ExtractedMission {
  /** The acronym when the texts define one ("UNMISS"), else a slug of the name. */
  key: string;
  acronym: string | null;
  name: string;
  kind: MissionKind;
}

export interface MandateEdge {
  resolution: number;
  mission: string;
  action: MandateAction;
  /** ISO end date the paragraph gives, else null. */
  until: string | null;
  /** The period as written ("twelve months"), else null. */
  period: string | null;
  paragraph: string;
  context: string;
}

/** `successor` continues `predecessor` (MONUC → MONUSCO), as `resolution` says. */
export interface Succession {
  successor: string;
  predecessor: string;
  resolution: number;
  paragraph: string;
}

export interface MissionExtraction {
  missions: ExtractedMission[];
  mandates: MandateEdge[];
  successions: Succession[];
}

/**
 * Words that open the name of a UN operation. Not when "and" follows: "the United Nations and the Military Observer
 * Group (ECOMOG) of the Economic Community of West African States" (866) names two bodies, not a UN operation.
 */
const NAME_START = /(?:United Nations|AU\/UN|African Union[-–‑]United Nations)\b(?!\s+and\b)/g;
/** The head noun that makes a name an operation, not a fund, programme or commission. */
const HEAD = /\b(?:[Mm]ission|[Ff]orce|[Gg]roup|[Oo]peration|[Oo]ffice|[Aa]dministration|[Aa]uthority|[Pp]resence|[Oo]bservers)\b/;
const NOT_OPERATION = /\b(?:Office (?:on Drugs|for Project|of the|for the Coordination|at (?:Geneva|Nairobi|Vienna))|High Commissioner|Development|Fund|Programme|Children|Environment|Population|Electoral Assistance Division|Peacebuilding Support Office|Office of Legal|Trust Fund|Operation Lifeline|Mine Action|Volunteers|Military Staff)\b/;
/** "(UNMISS)", "(“UNAMI”)", "(Bureau Intégré des Nations Unies au Burundi, BINUB)". */
const ACRONYM_AFTER = /^\s*\(\s*(?:the acronym\s+|[^(),;]{3,90},\s*)?[“"‘']?([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z-]{0,9}(?: (?:II|III|IV))?)[”"’']?\s*\)/;
/** ", which shall be known as UNCRO". */
const KNOWN_AS = /^,?\s*(?:which|that) (?:shall|will) be known as (?:the )?[“"]?([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z-]{0,9})\b/;
/** A name up to its head noun, then an optional place ("in the Republic of South Sudan"). */
const NAME_BODY =
  /^(?:United Nations|AU\/UN|African Union[-–‑]United Nations)(?:\s+[A-Za-z’'\-–‑,]+){0,7}?\s+(?:[Mm]ission|[Ff]orce|[Gg]roup|[Oo]peration|[Oo]ffice|[Aa]dministration|[Aa]uthority|[Pp]resence|[Oo]bservers)(?:(?:\s+(?:in|for|of|to|on|in support of)(?:\s+the)?\s+[A-Z][\w’'\-–‑]*(?:\s+(?:of\s+the\s+|of\s+|and\s+|d’|de\s+)?[A-Z][\w’'\-–‑]*)*)|(?:\s+[A-Z][\w’'\-–‑]*(?:-[A-Z]\w*)?)){0,2}(?:\s+(?:II|III|IV)\b)?/;

interface NameAt {
  name: string;
  acronym: string | null;
  at: number;
  end: number;
}

const NAME_WORD_OK = /^(?:[A-Z(“"].*|in|for|of|the|to|on|and|de|d’\S*|du|des|la|le|au|aux|et|mission|force|group|operation|office|administration|authority|presence|observers|political|hybrid|peace-?keeping|interim|integrated|civilian|police|support|assistance|special|observer|verification)$/;
/** A name fit to be an operation's: no clause punctuation, no verbs or other lowercase words beyond these. */
const wellFormed = (name: string) => !/[,;:]/.test(name.replace(/, (?=[A-Z])/g, ' ')) && name.split(/\s+/).every((w) => NAME_WORD_OK.test(w));

/** Spaces and quotes tidied, and the numeral "II" that the UN's scans of the early 1990s read as "IJ" (696: "Angola Verification Mission IJ"). */
const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[“"]|[,\s”"]+$/g, '')
    .trim()
    .replace(/ IJ$/, ' II');

/** Every operation name in a text, with the acronym defined right after it, if any. */
function namesIn(text: string): NameAt[] {
  const out: NameAt[] = [];
  for (const s of text.matchAll(NAME_START)) {
    const at = s.index ?? 0;
    const body = NAME_BODY.exec(text.slice(at));
    if (!body) continue;
    let name = tidy(body[0]);
    // A name followed by its acronym may run longer than NAME_BODY allows: take the text up to "(".
    const paren = text.indexOf('(', at);
    if (paren > at && paren - at <= 160 && !/[;:]/.test(text.slice(at, paren))) {
      const acr = ACRONYM_AFTER.exec(text.slice(paren));
      const long = tidy(text.slice(at, paren));
      if (acr && HEAD.test(long) && !/\b(?:United Nations|AU\/UN)\b.*\b(?:United Nations|AU\/UN)\b/.test(long.slice(3))) {
        if (NOT_OPERATION.test(long)) continue;
        out.push({ name: long, acronym: acr[1] ?? null, at, end: paren + acr[0].length });
        continue;
      }
    }
    if (NOT_OPERATION.test(name)) continue;
    const after = text.slice(at + body[0].length);
    const acr = ACRONYM_AFTER.exec(after) ?? KNOWN_AS.exec(after);
    name = name.replace(/\s+(?:in|for|of|to|on|the)$/, '');
    out.push({ name, acronym: acr ? (acr[1] ?? null) : null, at, end: at + body[0].length + (acr ? acr[0].length : 0) });
  }
  return out;
}

const STOP = new Set(['united', 'nations', 'the', 'in', 'for', 'of', 'to', 'on', 'and', 'a', 'an', 'southern', 'northern']);
const tokens = (name: string) => new Set(name.toLowerCase().replace(/[-–‑]/g, ' ').split(/[^a-z’']+/).filter((w) => w && !STOP.has(w)));

/** How much of `defined`'s wording `written` shares (1 when every word of the definition is there). */
function overlap(written: string, defined: string): number {
  const a = tokens(written);
  const b = tokens(defined);
  if (b.size === 0) return 0;
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n / Math.max(b.size, a.size);
}

/** The key of an operation the texts give no acronym for: its name, lower-cased and hyphenated. */
export const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();

function kindOf(name: string, clause: string): MissionKind {
  if (/\b(?:Force|Observer|Stabili[sz]ation|Protection|Peace-?keeping|Hybrid|Security Force|Military|Verification Mission|Transitional Administration|Operation in|Disengagement|Emergency|Interim)\b/i.test(name)) return 'PEACEKEEPING';
  if (/\b(?:Office|Assistance|Support|Political|Peacebuilding|Integrated|Good Offices|Verification|Transition)\b/i.test(name)) return 'POLITICAL';
  if (/\bmilitary (?:personnel|observers|component)|troops\b/i.test(clause)) return 'PEACEKEEPING';
  return 'OTHER';
}

/** Establishing wording; the operation's name follows it. */
const ESTABLISH =
  /\b(?:to\s+(?:establish|set up|create)|to authori[sz]e (?:and mandate )?the establishment(?: and immediate dispatch)?(?: of)?|(?:endorses|approves|supports|recommends|decides on|authori[sz]es)\s+the\s+(?:establishment|creation)(?: of)?|requests the Secretary-General to establish|to authori[sz]e,?[^;]{0,120}? the deployment of (?:a|an) [^;]{0,60}?\bentitled|presence shall include|shall constitute|bear the (?:title|name) of|be renamed|shall be known as|under the name|establishes)\b/gi;
const RENAME = /\b(?:bear the title of|bear the name of|be renamed|be known as)\b/i;
/** What may stand between an establishing verb and the operation's name: dates, periods, "under its authority", "a political mission in Colombia, the". */
const OBJECT_PREFIX =
  /^(?![^]*\b(?:ban|zones?|committee|commission|inquiry|fund|panel|mechanism|experts|transfer|between|as part of|presence of|unit|team|cell|component|contingent|trust|report|plan)\b)[^;]{0,240}$/i;
/** "Decides that the United Nations Transitional Authority in Cambodia shall be established" / "that UNOMIL shall be established". */
const PASSIVE_ESTABLISH = /\b[Dd]ecides\b[^;]{0,80}?\bthat (?:the )?((?:United Nations|AU\/UN)[^;]{3,140}?|[A-Z]{3,10}) (?:shall|will|is to) be (?:established|set up)\b/g;
const EXTEND = /\b(?:extend|extends|extended|extension|renew|renews|renewed|renewal|prolong\w*)\b/gi;
const MANDATE_WORDS = /\b(?:mandate|mandates|stationing|deployment|period|presence|operation)\b/i;
const TERMINATE =
  /\b(?:to terminate|to end|to close|to conclude|to withdraw|to cease|shall (?:terminate|end|cease|expire|close|conclude|be terminated|be closed|be withdrawn)|terminat(?:es|ion of)|termination|to dissolve|ends the mandate|completion of the mandate)\b/gi;
const MODIFY =
  /\b(?:increase|increases|expand|expands|expansion|reduce|reduces|reduction|adjust|adjusts|revise|revises|modify|modifies|reconfigur\w+|troop ceiling|authori[sz]ed strength|shall (?:also )?include|additional (?:tasks|elements|personnel)|mandate (?:shall|will) be (?:the following|expanded|adjusted)|shall have the following mandate|authori[sz]es (?:an|the) (?:increase|expansion|deployment|enlargement))\b/gi;

interface Registry {
  byAcronym: Map<string, ExtractedMission>;
  /** Names without a known acronym, by slug. */
  bySlug: Map<string, ExtractedMission>;
  /** Every acronym the texts define, with its first name and the resolution that first defines it. */
  defined: Map<string, { name: string; first: number }>;
}

function acronymPattern(acronyms: Iterable<string>): RegExp | null {
  const list = [...acronyms].sort((a, b) => b.length - a.length).map((a) => a.replace(/[-\s]/g, (c) => (c === ' ' ? '\\s' : '\\-')));
  return list.length === 0 ? null : new RegExp(`(?<![\\w-])(${list.join('|')})(?![\\w-]|\\s(?:II|III|IV)\\b)`, 'g');
}

interface Mention {
  key: string;
  at: number;
}

/**
 * Missions and what each resolution does to their mandates, over the whole corpus in number order
 * (an acronym is defined once and used later, so the order matters). Only operative paragraphs act;
 * a mention governed by "commends", "requests" or "welcomes" is not an action. A mandate verb with
 * no mission named in its paragraph is given to the only mission the resolution names, if it names one.
 */
export function extractMissions(docs: readonly MandateDoc[]): MissionExtraction {
  const sorted = [...docs].sort((a, b) => a.number - b.number);
  const extractor = missionExtractor();
  for (const doc of sorted) extractor.define(doc);
  for (const doc of sorted) extractor.act(doc);
  return extractor.finish();
}

/** extractMissions over a corpus read in pieces: every doc to `define`, then every doc again to `act`, each time in number order. */
export interface MissionExtractor {
  /** First pass: the acronym definitions of one doc, to name operations set up without one. */
  define(doc: MandateDoc): void;
  /** Second pass, after every `define`: what one doc does to mandates. */
  act(doc: MandateDoc): void;
  finish(): MissionExtraction;
}

/** The state of extractMissions between docs, so the ingest can stream the corpus through both passes. */
export function missionExtractor(): MissionExtractor {
  const reg: Registry = { byAcronym: new Map(), bySlug: new Map(), defined: new Map() };
  const define = (doc: MandateDoc) => {
    for (const p of doc.paragraphs) {
      for (const n of namesIn(p.text.replace(/\s+/g, ' '))) {
        if (n.acronym && !reg.defined.has(n.acronym) && wellFormed(n.name)) reg.defined.set(n.acronym, { name: n.name, first: doc.number });
      }
    }
  };
  // Built at the first `act`, once every definition is known.
  let anyAcronym: RegExp | null | undefined;
  const mandates: MandateEdge[] = [];
  const successions: Succession[] = [];
  const seen = new Set<string>();
  const add = (e: MandateEdge) => {
    const id = `${e.resolution}|${e.mission}|${e.action}`;
    if (seen.has(id)) return;
    if (e.action === 'ESTABLISHES' && !establishedAt.has(e.mission)) establishedAt.set(e.mission, e.resolution);
    seen.add(id);
    mandates.push(e);
  };
  /**
   * The acronym a name stands for: its own, else the definition that shares its wording best. A new
   * operation (`from` set) only takes acronyms no earlier resolution has established, ties going to
   * the one defined first.
   */
  const establishedAt = new Map<string, number>();
  const establishedBefore = (acr: string, n: number) => (establishedAt.get(acr) ?? Infinity) < n;
  const resolved = new Map<string, string | null>();
  const resolveName = (n: NameAt, from?: number): string | null => {
    if (n.acronym) return n.acronym;
    const cacheKey = `${n.name}|${from ?? ''}|${establishedAt.size}`;
    const hit = resolved.get(cacheKey);
    if (hit !== undefined) return hit;
    const found = bestDefinition(n, from);
    resolved.set(cacheKey, found);
    return found;
  };
  const bestDefinition = (n: NameAt, from?: number): string | null => {
    let best: { acr: string; score: number; first: number } | null = null;
    for (const [acr, def] of reg.defined) {
      // An earlier establishment bars a look-alike name, not the very name ("the United Nations Interim Force in
      // Lebanon shall be established in accordance with the report", 426, the day after 425 set UNIFIL up).
      if (from !== undefined && establishedBefore(acr, from) && slug(n.name) !== slug(def.name)) continue;
      // "UNAVEM II" is not the "United Nations Angola Verification Mission" a text names without its numeral.
      const numeral = / (II|III|IV)$/.exec(acr)?.[1];
      if (numeral && !new RegExp(`\\b${numeral}$`).test(n.name)) continue;
      const s = overlap(n.name, def.name);
      if (s >= 0.75 && (!best || s > best.score || (s === best.score && def.first < best.first))) best = { acr, score: s, first: def.first };
    }
    return best ? best.acr : null;
  };
  const register = (n: NameAt, clause: string, from: number): ExtractedMission | null => {
    const acr = resolveName(n, from);
    if (acr) {
      const known = reg.byAcronym.get(acr);
      if (known) return known;
      const name = n.acronym ? n.name : (reg.defined.get(acr)?.name ?? n.name);
      const m: ExtractedMission = { key: acr, acronym: acr, name, kind: kindOf(name, clause) };
      reg.byAcronym.set(acr, m);
      return m;
    }
    // "a United Nations security force": too generic to be one operation without an acronym.
    if (!/^\S+ \S+ .*\b[A-Z]/.test(n.name.replace(/^(?:United Nations|AU\/UN)/, 'U N'))) return null;
    const key = slug(n.name);
    const known = reg.bySlug.get(key);
    if (known) return known;
    const m: ExtractedMission = { key, acronym: null, name: n.name, kind: kindOf(n.name, clause) };
    reg.bySlug.set(key, m);
    return m;
  };

  const act = (doc: MandateDoc) => {
    if (anyAcronym === undefined) anyAcronym = acronymPattern(reg.defined.keys());
    const ops = operativeParagraphs(doc);
    const established = new Set<string>();
    // Establishments first, so later paragraphs of the same resolution can name the new mission.
    for (const op of ops) {
      for (const found of establishmentsIn(op.text)) {
        const clause = clauseAt(op.text, found.at).text;
        const fromCue = op.text.slice(found.at, found.at + clause.length);
        const mission = found.acronym ? (reg.byAcronym.get(found.acronym) ?? register({ name: reg.defined.get(found.acronym)?.name ?? found.acronym, acronym: found.acronym, at: 0, end: 0 }, clause, doc.number)) : register(found.name, clause, doc.number);
        if (!mission) continue;
        if (establishedBefore(mission.key, doc.number) && !found.rename) continue;
        if (found.military && mission.kind !== 'PEACEKEEPING') mission.kind = 'PEACEKEEPING';
        established.add(mission.key);
        add({ resolution: doc.number, mission: mission.key, action: 'ESTABLISHES', until: untilDate(fromCue), period: periodOf(clause), paragraph: op.ref, context: contextAt(op.text, found.at) });
        if (found.rename) {
          const before = mentionsIn(op.text.slice(0, found.at), reg).filter((m) => m.key !== mission.key);
          const pred = before[before.length - 1];
          if (pred) successions.push({ successor: mission.key, predecessor: pred.key, resolution: doc.number, paragraph: op.ref });
        }
        const sub = /subsume (?:the )?(.{3,120}?) into/i.exec(op.text.slice(found.at));
        if (sub) {
          const predecessors = mentionsIn(sub[1] ?? '', reg).filter((m) => m.key !== mission.key);
          for (const p of predecessors.slice(0, 1)) successions.push({ successor: mission.key, predecessor: p.key, resolution: doc.number, paragraph: op.ref });
        }
      }
    }
    // The missions this resolution names anywhere (for "the Force" and unnamed mandate verbs).
    const named = new Set<string>();
    for (const p of doc.paragraphs) for (const m of mentionsIn(p.text.replace(/\s+/g, ' '), reg)) named.add(m.key);
    const only = named.size === 1 ? [...named][0] : undefined;

    for (const op of ops) {
      const mentions = mentionsIn(op.text, reg);
      const target = (at: number): string | undefined => {
        const clause = clauseAt(op.text, at);
        const inClause = mentions.filter((m) => m.at >= clause.start && m.at < clause.start + clause.text.length);
        const after = inClause.find((m) => m.at >= at);
        return (after ?? inClause[inClause.length - 1] ?? mentions.find((m) => m.at >= at) ?? mentions[0])?.key ?? only;
      };
      for (const cue of op.text.matchAll(EXTEND)) {
        const at = cue.index ?? 0;
        if (!isActing(op.text, at + cue[0].length)) continue;
        const clause = clauseAt(op.text, at);
        const tail = clause.text.slice(at - clause.start);
        if (!MANDATE_WORDS.test(tail.slice(0, 160))) continue;
        if (/\b(?:measures|sanctions|embargo|Panel of Experts|Group of Experts|Monitoring Team|Committee|Ombudsperson|authori[sz]ations?\s+(?:granted|set out|contained))\b/i.test(tail.slice(0, 160))) continue;
        const key = target(at);
        if (!key) continue;
        add({ resolution: doc.number, mission: key, action: 'EXTENDS', until: untilDate(tail), period: periodOf(tail), paragraph: op.ref, context: contextAt(op.text, at) });
      }
      for (const cue of op.text.matchAll(TERMINATE)) {
        const at = cue.index ?? 0;
        if (!isActing(op.text, at + cue[0].length)) continue;
        const clause = clauseAt(op.text, at);
        if (!/\b(?:mandate|mission|operation|presence|force|office|withdrawal)\b/i.test(clause.text) || /\b(?:measures|sanctions|embargo|prohibitions)\b/i.test(clause.text)) continue;
        const inClause = mentions.filter((m) => m.at >= clause.start && m.at < clause.start + clause.text.length);
        const key = inClause[0]?.key ?? (mentions.length === 0 ? only : undefined);
        if (!key) continue;
        add({ resolution: doc.number, mission: key, action: 'TERMINATES', until: untilDate(clause.text), period: null, paragraph: op.ref, context: contextAt(op.text, at) });
      }
      for (const cue of op.text.matchAll(MODIFY)) {
        const at = cue.index ?? 0;
        if (!isActing(op.text, at + cue[0].length)) continue;
        const clause = clauseAt(op.text, at);
        const inClause = mentions.filter((m) => m.at >= clause.start && m.at < clause.start + clause.text.length);
        const key = inClause[0]?.key;
        if (!key || established.has(key)) continue;
        add({ resolution: doc.number, mission: key, action: 'MODIFIES', until: null, period: null, paragraph: op.ref, context: contextAt(op.text, at) });
      }
    }
  };
  const finish = (): MissionExtraction => {
    const used = new Set(mandates.map((m) => m.mission));
    const missions = [...reg.byAcronym.values(), ...reg.bySlug.values()].filter((m) => used.has(m.key));
    // A mission that only ever appears acted on, never established, still needs a node: name it from its definition.
    for (const key of used) {
      if (!missions.some((m) => m.key === key)) {
        const name = reg.defined.get(key)?.name ?? key;
        missions.push({ key, acronym: key, name, kind: kindOf(name, '') });
      }
    }
    const keys = new Set(missions.map((m) => m.key));
    return {
      missions: missions.sort((a, b) => a.key.localeCompare(b.key)),
      mandates,
      successions: successions.filter((s) => keys.has(s.successor) && keys.has(s.predecessor) && s.successor !== s.predecessor),
    };
  };
  return { define, act, finish };

  /** The operations a paragraph sets up or renames: a name (or a defined acronym) as the object of an establishing verb. */
  function establishmentsIn(text: string): Array<{ at: number; name: NameAt; acronym: string | null; rename: boolean; military: boolean }> {
    const out: Array<{ at: number; name: NameAt; acronym: string | null; rename: boolean; military: boolean }> = [];
    const military = /\bmilitary (?:personnel|observers|component|contingents?)|\btroops\b|\bpeace-?keeping\b/i.test(text);
    for (const cue of text.matchAll(ESTABLISH)) {
      const at = cue.index ?? 0;
      if (!isActing(text, at + cue[0].length) && !/^(?:requests the Secretary-General|endorses|approves|supports|recommends|authori)/i.test(cue[0])) continue;
      const rename = RENAME.test(cue[0]);
      const from = at + cue[0].length;
      const window = text.slice(from, from + 420);
      const names = namesIn(window);
      let pick: NameAt | undefined;
      for (const n of names) {
        if (n.at > 260) break;
        if (!OBJECT_PREFIX.test(window.slice(0, n.at))) continue;
        pick = n;
        break;
      }
      // "a peace-keeping operation for the Region ..., under the name “United Nations Transitional Administration ...” (UNTAES)".
      if (pick && !pick.acronym) {
        const later = names.find((n) => n.at > (pick?.at ?? 0) && n.acronym && /\b(?:under the name|known as|entitled|, the)\b/.test(window.slice(pick?.end ?? 0, n.at)));
        if (later) pick = later;
      }
      if (!pick) {
        const acr = anyAcronym ? new RegExp(anyAcronym.source).exec(window) : null;
        if (acr && (acr.index ?? 0) < 200 && OBJECT_PREFIX.test(window.slice(0, acr.index))) {
          out.push({ at, name: { name: acr[1] ?? '', acronym: acr[1] ?? null, at: 0, end: 0 }, acronym: acr[1] ?? null, rename, military });
        }
        continue;
      }
      out.push({ at, name: pick, acronym: null, rename, military });
    }
    // "Decides that the United Nations Transitional Authority in Cambodia shall be established".
    for (const m of text.matchAll(PASSIVE_ESTABLISH)) {
      const subject = m[1] ?? '';
      const names = namesIn(subject);
      const at = m.index ?? 0;
      if (names[0]) out.push({ at, name: names[0], acronym: null, rename: false, military });
      else if (reg.defined.has(subject.trim())) out.push({ at, name: { name: subject.trim(), acronym: subject.trim(), at: 0, end: 0 }, acronym: subject.trim(), rename: false, military });
    }
    return out;
  }

  function mentionsIn(text: string, r: Registry): Mention[] {
    const out: Mention[] = [];
    if (anyAcronym) for (const m of text.matchAll(anyAcronym)) out.push({ key: m[1] ?? '', at: m.index ?? 0 });
    for (const n of namesIn(text)) {
      if (n.acronym) continue;
      const byAcr = resolveName(n);
      if (byAcr) out.push({ key: byAcr, at: n.at });
      else if (r.bySlug.has(slug(n.name))) out.push({ key: slug(n.name), at: n.at });
    }
    return out.sort((a, b) => a.at - b.at);
  }
}
