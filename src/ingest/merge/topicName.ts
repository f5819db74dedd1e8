/**
 * Topic names: one topic per kind and normalised name, whatever case, punctuation, accents or Unicode
 * form a source writes it in ("TERRORISM" / "Terrorism", "INTERNATIONAL TRIBUNAL--RWANDA" /
 * "International Tribunal — Rwanda", "CÔTE D'IVOIRE" / "COTE D'IVOIRE"), and a display name in title
 * case for the names a source gives in capitals only (the UN Library's subject terms).
 */

export type TopicKindName = 'agenda' | 'subject' | 'site';

/** Every kind of topic, in the order a topic filter lists their keys. */
export const TOPIC_KINDS: readonly TopicKindName[] = ['agenda', 'subject', 'site'];
const KINDS: ReadonlySet<string> = new Set<string>(TOPIC_KINDS);

/**
 * Lower case, accents and other combining marks removed (NFKD), apostrophes dropped ("people's" and
 * "peoples" are one name), every other run of non-letters/digits a single space, trimmed. Idempotent,
 * and the same for a name and its lower-cased form, so a key of the old "<kind>:<lower-cased name>"
 * form maps to the new one.
 */
export function normaliseTopicName(name: string): string {
  return name
    .replace(/İ/g, 'I')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One-letter words a space most likely stands in for an apostrophe next to: elided articles and names before the next word ("d ivoire", "l ouest", "n djamena", "o brien"), a possessive or contraction after the previous one ("women s", "don t"), never before a number (a document
 * symbol's "s 12262"). */
const ELIDED_BEFORE: ReadonlySet<string> = new Set(['d', 'l', 'n', 'o']);
const ELIDED_AFTER: ReadonlySet<string> = new Set(['s', 't']);

/**
 * The normalised name with a space that stood for an apostrophe taken out ("cote d ivoire" → "cote divoire",
 * "women s rights" → "womens rights": the key form drops apostrophes, so a person who writes a space in their
 * place names a key that does not exist); null when there is no such space. Only a fallback for a lookup:
 * keys never change, so no two topics merge, and a filter uses it only when the name as written names no topic.
 */
export function apostropheFreeSpelling(normalised: string): string | null {
  const words = normalised.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (ELIDED_BEFORE.has(w) && next !== undefined && /^\p{L}/u.test(next)) {
      out.push(w + next);
      i++;
    } else if (ELIDED_AFTER.has(w) && out.length > 0 && /\p{L}$/u.test(out[out.length - 1]!) && (next === undefined || /^\p{L}/u.test(next))) out[out.length - 1] += w;
    else out.push(w);
  }
  const joined = out.join(' ');
  return joined === normalised ? null : joined;
}

/**
 * The spellings a typed name is looked up by: its key form (normaliseTopicName) and, when it has one, its
 * apostrophe-free spelling ("cote d ivoire" → ["cote d ivoire", "cote divoire"]); empty when the name has no letter
 * or digit. For lookups that try both at once (agendas, name substrings), not for the filters' "only when the
 * name as written names nothing" fallback.
 */
export function nameSpellings(name: string): string[] {
  const key = normaliseTopicName(name);
  if (key === '') return [];
  const fallback = apostropheFreeSpelling(key);
  return fallback === null ? [key] : [key, fallback];
}

/** A topic's key: "<kind>:<normalised name>". */
export function topicKey(kind: TopicKindName, name: string): string {
  return `${kind}:${normaliseTopicName(name)}`;
}

/**
 * The key of the topic that a key issued at any time resolves to: keys from before topics were merged
 * ("subject:côte d'ivoire", "agenda:international tribunal--rwanda") map to the merged topic's key. A
 * string without a known kind prefix is returned as given (it names no topic).
 */
export function canonicalTopicKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  return colon > 0 && KINDS.has(kind) ? topicKey(kind as TopicKindName, key.slice(colon + 1)) : key;
}

/** Words kept in lower case inside a title-cased name (never the first word of a name or of a part after "--", "(" or ":"). */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'upon', 'via', 'with',
]);

/**
 * Acronyms that appear in the UN's capitals-only subject terms and must stay in capitals ("WHO" is the
 * organisation wherever it is a whole term). Besides these, words without a vowel ("FDTL"), dotted
 * abbreviations ("N.Y.", "D.C.") and Roman numerals ("II", "IV") stay as they are.
 */
const ACRONYMS: ReadonlySet<string> = new Set([
  'UN', 'UNDP', 'UNHCR', 'UNICEF', 'UNESCO', 'UNRWA', 'UNEP', 'UNIDO', 'UNCTAD', 'UNITA', 'UNAMA', 'UNAMI', 'UNAMID', 'UNDOF', 'UNFICYP',
  'UNIFIL', 'UNISFA', 'UNITAMS', 'UNMIK', 'UNMIL', 'UNMISS', 'UNMHA', 'UNOCI', 'UNSMIL', 'UNSOM', 'UNPROFOR', 'UNTAC', 'UNTAET', 'UNMIT',
  'MONUC', 'MONUSCO', 'MINUSMA', 'MINUSCA', 'MINURSO', 'MINUSTAH', 'MINURCAT', 'ONUC', 'ONUMOZ', 'AMISOM', 'ATMIS', 'ECOWAS', 'ECOMOG',
  'OAU', 'OAS', 'AU', 'EU', 'EUFOR', 'KFOR', 'SFOR', 'IFOR', 'ISAF', 'NATO', 'OSCE', 'CSCE', 'IGAD', 'SADC', 'ECCAS', 'CIS', 'PLO', 'SWAPO',
  'ANC', 'LRA', 'ISIL', 'ICJ', 'ICC', 'ICTY', 'ICTR', 'IAEA', 'OPCW', 'ICAO', 'IMO', 'IMF', 'IBRD', 'FAO', 'WHO', 'WFP', 'ILO', 'UPU',
  'HIV', 'AIDS', 'COVID', 'DPRK', 'USA', 'USSR', 'UK', 'SFRY', 'FRY',
]);

const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

const capitalise = (w: string) => (w === '' ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/** Particles of place names, lower case inside a hyphenated name ("Port-au-Prince", "Saint-Jean-de-Luz"). */
const PARTICLES: ReadonlySet<string> = new Set(['au', 'aux', 'de', 'du', 'des', 'la', 'le', 'les', 'en', 'sur', 'el']);

/** One run of letters, digits and apostrophes, as it should read in a title-cased name; `hyphenated`: it follows a "-". */
function titleWord(word: string, first: boolean, hyphenated: boolean): string {
  if (hyphenated && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  const letters = word.normalize('NFKD').replace(/[^A-Za-z]/g, '');
  if (ACRONYMS.has(word) || ROMAN.test(word) || (letters.length > 1 && !/[AEIOUY]/i.test(letters))) return word;
  const lower = word.replace(/İ/g, 'I').toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  const elided = /^([dl])['’](\p{L}.*)$/u.exec(lower);
  if (elided) return `${first ? elided[1]!.toUpperCase() : elided[1]}'${capitalise(elided[2]!)}`;
  return capitalise(lower);
}

/**
 * "TERRORISM" → "Terrorism", "QUESTION OF PALESTINE" → "Question of Palestine", "UN OPERATION IN CÔTE
 * D'IVOIRE" → "UN Operation in Côte d'Ivoire", "HIV/AIDS PREVENTION" → "HIV/AIDS Prevention". Only for
 * names without a lower-case letter; a name a source already writes in mixed case is its own display.
 */
export function titleCase(name: string): string {
  let first = true;
  let hyphenated = false;
  return name.replace(/[\p{L}\p{N}'’.]+|[^\p{L}\p{N}'’.]+/gu, (part) => {
    if (!/[\p{L}\p{N}]/u.test(part)) {
      if (/--|[(:—–]/.test(part)) first = true;
      hyphenated = part === '-';
      return part;
    }
    // Dotted abbreviations ("N.Y.", "D.C.") stay; other dots end the word they follow ("UN." of the Library's headings).
    if (/^(\p{L}\.)+$/u.test(part)) {
      first = false;
      return part;
    }
    const out = part.replace(/[\p{L}\p{N}'’]+/gu, (w) => titleWord(w, first, hyphenated));
    first = part.endsWith('.');
    return out;
  });
}

/**
 * How a source's form of a topic name is shown: Unicode NFC, blanks collapsed, a trailing ":" or ","
 * dropped, and title case when the source writes it in capitals only.
 */
export function displayTopicName(sourceName: string): string {
  const tidy = sourceName.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/\s*[:;,]+$/, '');
  return /\p{Ll}/u.test(tidy) ? tidy : titleCase(tidy);
}

/**
 * Which source form gives the display name when several merge into one topic: a mixed-case form before
 * a capitals-only one, then one with more accents ("Côte" before "Cote"), then the smallest display name. Compared as strings, so a later ingest run can
 * keep the best of what the graph holds and what it brings, whatever order the sources arrive in.
 */
export function displayRank(sourceName: string): string {
  const display = displayTopicName(sourceName);
  const accents = display.normalize('NFD').length - display.length;
  return `${/\p{Ll}/u.test(sourceName) ? 0 : 1}${9 - Math.min(9, accents)}${display}`;
}
