import { clauseAt, contextAt, isActing, operativeParagraphs, periodOf, untilDate, type MandateDoc } from './missionsText';

export type RegimeAction = 'ESTABLISHES' | 'RENEWS' | 'MODIFIES';
export type MeasureKind = 'ARMS_EMBARGO' | 'ASSET_FREEZE' | 'TRAVEL_BAN' | 'OTHER';
export type MeasureAction = 'IMPOSES' | 'EXTENDS' | 'LIFTS' | 'MODIFIES';

export interface ExtractedRegime {
  /** The number of the resolution that set up its committee ("1267"). */
  key: string;
  name: string;
  /** What the regime is about ("Al-Qaida and the Taliban"), from "the Committee … concerning …", else from the setting resolution's agenda item or title. */
  target: string | null;
}

export interface RegimeEdge {
  resolution: number;
  regime: string;
  action: RegimeAction;
  until: string | null;
  period: string | null;
  paragraph: string;
  context: string;
}

export interface MeasureEdge {
  resolution: number;
  regime: string;
  measure: MeasureKind;
  action: MeasureAction;
  paragraph: string;
  context: string;
}

export interface SanctionsExtraction {
  regimes: ExtractedRegime[];
  edges: RegimeEdge[];
  measures: MeasureEdge[];
}

/** "Decides to establish, in accordance with rule 28 …, a Committee of the Security Council". */
const COMMITTEE = /\bto establish\b[^;]{0,200}?\b(?:a|an) (?:Committee|committee) of the Security Council\b/g;
/** A committee that oversees measures, not one that monitors a resolution in general (1373, 1540). */
const OVERSEES_MEASURES = /\b(?:measures|prohibitions|embargo|sanctions|restrictions|provisions laid down|individuals and entities|designat\w+)\b/i;
/** "the Committee established pursuant to (paragraph 6 of) resolution 1267 (1999)( concerning …)". */
const COMMITTEE_REF =
  /\b(?:Committee|Committees) (?:of the Security Council )?(?:established|set up|created) (?:pursuant to|by|under|in|in accordance with) (?:its )?(?:paragraph \d+ of )?resolutions? (\d{1,4})(?: \(\d{4}\))?(?:(?:,| and) (?:resolutions? )?\d{1,4}(?: \(\d{4}\))?)*(?: (?:concerning|on|regarding) ((?:the )?[A-Z][^,;()“"]{2,80}?))?(?=[,;.()“"]| to | shall| has| is| with| \(|$)/g;
const RESOLUTION_REF = /\bresolutions? (\d{1,4})(?: \(\d{4}\))?/g;

/** A committee's "concerning …" wording without the words a cut left dangling ("… the Congo and", "Rwanda of 28 December 2006"). */
function cleanTarget(text: string): string {
  let t = withoutSituation(text.trim().replace(/\s+of \d{1,2} [A-Z][a-z]+ \d{4}$/, ''));
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/\s+(?:and|or|of|the|in|on|for|to)$/i, '').trim();
  }
  return t;
}

/** "the situation in Liberia" → "Liberia": the place, as a regime's target names it. */
function withoutSituation(text: string): string {
  return text.replace(/^(?:items relating to (?:the (?:situation|question) (?:in|of|concerning) )?|(?:the )?(?:situation|question) (?:in|of|concerning|between|relating to) )/i, '');
}

/** Agenda items that name a theme, not a place or party ("Non-proliferation", "Threats to international peace …"). */
const THEMATIC_AGENDA = /^(?:non-proliferation|threats? to|maintenance of|peace and security|reports? of the secretary-general|letters? dated|general issues|protection of|children and|women and|the situation in the middle east)\b/i;

/**
 * The place or party a regime's measures are about, from the agenda item of the resolution that set it up:
 * "The question concerning Haiti" → "Haiti", "The situation between Eritrea and Ethiopia" → "Eritrea and
 * Ethiopia", "Non-proliferation/Democratic People's Republic of Korea" → its second part, a bare name ("Liberia")
 * as it is; null for a thematic item.
 */
export function targetFromAgenda(agenda: string | null): string | null {
  if (agenda === null) return null;
  const a = agenda.trim().replace(/^non-proliferation\s*\/\s*/i, '');
  if (THEMATIC_AGENDA.test(a)) return null;
  const place = withoutSituation(a);
  if (place !== a) return place;
  // A bare name: a few capitalised words ("Sierra Leone", "Kosovo (Federal Republic of Yugoslavia)").
  const words = a.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[(]?\p{Lu}/u.test(w) || /^(?:of|the|and|de|d['’]\p{L}+)$/u.test(w)) ? a : null;
}

/** What a title is about: the Library's bracketed "[on …]" part when it has one ("Security Council resolution 1343 (2001) [on the situation in Liberia]"), else the whole title. */
function titleSubject(title: string): string {
  return /\[on (.+?)\]?$/i.exec(title)?.[1] ?? title;
}

/**
 * The party a regime-setting resolution's title says the measures are against ("[on measures against the Islamic
 * Republic of Iran in connection with …]" → "the Islamic Republic of Iran", "… associated with the Taliban" →
 * "the Taliban"), else null.
 */
export function targetFromTitle(title: string | null): string | null {
  if (title === null) return null;
  const t = titleSubject(title).trim();
  const m = /\bassociated with (.+)$/i.exec(t) ?? /\b(?:embargo|sanctions|measures) (?:against|on) (.+?)(?: in connection with\b.*|,.*)?$/i.exec(t);
  const found = m?.[1]?.trim() ?? '';
  return found === '' || /^(?:the sale|individuals|persons)\b/i.test(found) ? null : found;
}

const KINDS: Array<[MeasureKind, RegExp]> = [
  ['ARMS_EMBARGO', /\b(?:arms and related materi[ae]l|arms embargo|supply of (?:arms|weapons)|sale or supply (?:to [^;]{0,60})?of (?:arms|weapons)|weapons and ammunition|military equipment)\b/i],
  ['ASSET_FREEZE', /\b(?:freeze|frozen|freezing|funds, other financial assets and economic resources|assets? freeze)\b/i],
  ['TRAVEL_BAN', /\b(?:entry into or transit through their territor\w+|travel ban|travel restrictions)\b/i],
  [
    'OTHER',
    /\b(?:petroleum|diamonds|timber|charcoal|crude oil|luxury goods|flights|aircraft|commodit\w+|trade|import\w* (?:from|of|into)|export\w* (?:from|of|to)|economic relations|shipping|vessels|cargo)\b/i,
  ],
];
const LIFT = /\b(?:terminate|terminates|termination|lift|lifts|lifted|lifting|shall (?:no longer|cease to) (?:apply|be in force|have effect)|repeal\w*|end the (?:measures|prohibitions))\b/i;
const RENEW = /\b(?:extend|extends|renew|renews|prolong\w*|shall remain in (?:force|effect|place))\b/i;
const IMPOSE = /\b(?:all (?:Member )?States shall|decides that [^;]{0,80}shall (?:prevent|take|freeze|not)|impose[sd]?|shall apply)\b/i;
const EXEMPT = /\b(?:shall not apply|exempt\w*|exception|except(?:ion)? for|derogation)\b/i;
const REGIME_VERB = /\b(?:measures|sanctions|embargo|prohibitions|restrictions|Committee|Panel of Experts|Group of Experts|Monitoring Team|Ombudsperson|designat\w+|listing|de-?listing)\b/i;

function measureAction(clause: string): MeasureAction {
  if (LIFT.test(clause)) return 'LIFTS';
  if (EXEMPT.test(clause)) return 'MODIFIES';
  if (RENEW.test(clause)) return 'EXTENDS';
  if (IMPOSE.test(clause)) return 'IMPOSES';
  return 'MODIFIES';
}

/**
 * Sanctions regimes and what each resolution does to them, over the corpus in number order. A regime
 * is keyed by the resolution that set up its committee; later resolutions reach it by naming that
 * committee or citing that resolution in an operative paragraph; a measure paragraph that names no
 * regime goes to the only regime its resolution names, if it names one.
 */
export function extractSanctions(docs: readonly MandateDoc[]): SanctionsExtraction {
  const extractor = sanctionsExtractor();
  for (const doc of [...docs].sort((a, b) => a.number - b.number)) extractor.add(doc);
  return extractor.finish();
}

/** extractSanctions over a corpus read in pieces: every doc to `add`, in number order, then `finish`. */
export interface SanctionsExtractor {
  add(doc: MandateDoc): void;
  finish(): SanctionsExtraction;
}

/** The state of extractSanctions between docs; it keeps the titles of regime-setting resolutions only. */
export function sanctionsExtractor(): SanctionsExtractor {
  const regimes = new Map<string, ExtractedRegime>();
  /** Title and agenda item of each regime-setting resolution. */
  const setters = new Map<number, { title: string | null; agenda: string | null }>();
  /** How often each wording follows "Committee established pursuant to resolution N concerning …", per regime, in first-seen order. */
  const namings = new Map<string, Map<string, number>>();
  const edges: RegimeEdge[] = [];
  const measures: MeasureEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (e: RegimeEdge) => {
    const id = `${e.resolution}|${e.regime}|${e.action}`;
    if (!seen.has(id)) {
      seen.add(id);
      edges.push(e);
    }
  };
  const addMeasure = (m: MeasureEdge) => {
    const id = `${m.resolution}|${m.regime}|${m.measure}|${m.action}`;
    if (!seen.has(id)) {
      seen.add(id);
      measures.push(m);
    }
  };
  const add = (doc: MandateDoc) => {
    const ops = operativeParagraphs(doc);
    const named = new Set<string>();
    for (const p of doc.paragraphs) {
      for (const m of p.text.replace(/\s+/g, ' ').matchAll(COMMITTEE_REF)) {
        const regime = regimes.get(m[1] ?? '');
        if (!regime) continue;
        named.add(regime.key);
        const target = m[2] ? cleanTarget(m[2]) : '';
        if (target !== '') {
          const counts = namings.get(regime.key) ?? new Map<string, number>();
          counts.set(target, (counts.get(target) ?? 0) + 1);
          namings.set(regime.key, counts);
        }
      }
    }
    for (const op of ops) {
      for (const m of op.text.matchAll(RESOLUTION_REF)) if (regimes.has(m[1] ?? '')) named.add(m[1] ?? '');
      for (const c of op.text.matchAll(COMMITTEE)) {
        const at = c.index ?? 0;
        if (!isActing(op.text, at) || !OVERSEES_MEASURES.test(op.text)) continue;
        const key = String(doc.number);
        if (!regimes.has(key)) regimes.set(key, { key, name: `Committee established pursuant to resolution ${doc.number}`, target: null });
        setters.set(doc.number, { title: doc.title, agenda: doc.agenda });
        named.add(key);
        addEdge({ resolution: doc.number, regime: key, action: 'ESTABLISHES', until: null, period: null, paragraph: op.ref, context: contextAt(op.text, at) });
      }
    }
    const only = named.size === 1 ? [...named][0] : undefined;
    for (const op of ops) {
      const inParagraph = new Set<string>();
      for (const m of op.text.matchAll(COMMITTEE_REF)) if (regimes.has(m[1] ?? '')) inParagraph.add(m[1] ?? '');
      for (const m of op.text.matchAll(RESOLUTION_REF)) if (regimes.has(m[1] ?? '') && m[1] !== String(doc.number)) inParagraph.add(m[1] ?? '');
      const targets = inParagraph.size > 0 ? [...inParagraph] : only ? [only] : [];
      if (targets.length === 0) continue;
      // Each clause on its own: "decides to renew the measures …; decides to lift the travel ban …".
      for (const clauseStart of [0, ...[...op.text.matchAll(/;/g)].map((m) => (m.index ?? 0) + 1)]) {
        const clause = clauseAt(op.text, clauseStart).text;
        if (clause.trim().length === 0) continue;
        const verbAt = clauseStart + Math.max(0, clause.search(/\b(?:decides|decided|extends|renews|imposes|lifts|terminates|authori[sz]es)\b/i));
        if (!isActing(op.text, Math.min(op.text.length, verbAt + 12)) && !/\ball (?:Member )?States shall\b/i.test(clause)) continue;
        const kinds = KINDS.filter(([, re]) => re.test(clause)).map(([k]) => k);
        const action = measureAction(clause);
        for (const regime of targets) {
          for (const kind of kinds) addMeasure({ resolution: doc.number, regime, measure: kind, action, paragraph: op.ref, context: contextAt(op.text, clauseStart) });
          if (regime === String(doc.number)) continue;
          const renewsMeasures = action === 'EXTENDS' && (kinds.length > 0 || /\b(?:measures|sanctions|embargo|prohibitions)\b/i.test(clause));
          if (renewsMeasures) {
            addEdge({ resolution: doc.number, regime, action: 'RENEWS', until: untilDate(clause), period: periodOf(clause), paragraph: op.ref, context: contextAt(op.text, clauseStart) });
          } else if (kinds.length > 0 || REGIME_VERB.test(clause)) {
            addEdge({ resolution: doc.number, regime, action: 'MODIFIES', until: null, period: null, paragraph: op.ref, context: contextAt(op.text, clauseStart) });
          }
        }
      }
    }
  };
  const finish = (): SanctionsExtraction => {
    for (const r of regimes.values()) {
      // The wording the texts use most for the committee (ties: the first seen), as one resolution's may be cut short
      // ("concerning the Democratic Republic of the Congo and", "concerning ISIL (Da'esh) …" read up to its bracket);
      // else the place its setting resolution's agenda item names, the party its title names, or that title.
      let best: [string, number] | null = null;
      for (const entry of namings.get(r.key) ?? []) if (!best || entry[1] > best[1]) best = entry;
      const { title, agenda } = setters.get(Number(r.key)) ?? { title: null, agenda: null };
      r.target = best ? best[0] : (targetFromAgenda(agenda) ?? targetFromTitle(title) ?? (title === null ? null : withoutSituation(titleSubject(title))));
    }
    return { regimes: [...regimes.values()].sort((a, b) => Number(a.key) - Number(b.key)), edges, measures };
  };
  return { add, finish };
}
