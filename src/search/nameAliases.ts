/**
 * The names people type for the Council's countries, bodies and groups, against the names the resolutions use
 * (and adjective/noun pairs that the English stemmer keeps apart, "Israeli" / "Israel"). Applied at query time
 * (`plainQuery.ts`), so the index holds no copy of it and a change here needs no re-ingest.
 *
 * Each group lists equivalent names, lower-case, words separated by spaces; a query word or word pair that
 * equals one of them is searched as any of them.
 */
const GROUPS: string[][] = [
  ['libya', 'libyan', 'libyan arab jamahiriya'],
  ['syria', 'syrian', 'syrian arab republic'],
  ['iran', 'iranian', 'islamic republic of iran'],
  ['north korea', 'dprk', "democratic people's republic of korea", 'korean peninsula'],
  ['drc', 'zaire', 'democratic republic of the congo'],
  ['isil', 'isis', "da'esh", 'daesh', 'islamic state'],
  ['al-qaida', 'al-qaeda', 'al qaida', 'al qaeda', 'qaida', 'qaeda'],
  ['gaddafi', 'qadhafi', 'qaddafi'],
  ['east timor', 'timor-leste', 'timor leste'],
  ['ivory coast', "cote d'ivoire", "côte d'ivoire"],
  ['burma', 'myanmar'],
  ['kampuchea', 'cambodia'],
  ['ussr', 'soviet union', 'union of soviet socialist republics'],
  ['russia', 'russian', 'russian federation'],
  ['uk', 'britain', 'united kingdom'],
  ['usa', 'united states'],
  ['icc', 'international criminal court'],
  ['icty', 'international tribunal for the former yugoslavia'],
  ['ictr', 'international tribunal for rwanda'],
  ['iaea', 'international atomic energy agency'],
  ['npt', 'non-proliferation treaty', 'treaty on the non-proliferation of nuclear weapons'],
  ['unscom', 'special commission'],
  ['israeli', 'israel'],
  ['iraqi', 'iraq'],
  ['kurdish', 'kurds', 'kurd'],
  ['turkish', 'turkey', 'türkiye'],
  ['argentine', 'argentina', 'argentinian'],
  ['palestinian', 'palestine'],
  ['lebanese', 'lebanon'],
  ['egyptian', 'egypt'],
  ['congolese', 'congo'],
  ['belgian', 'belgium'],
  ['afghan', 'afghanistan'],
  ['somali', 'somalia'],
  ['sudanese', 'sudan'],
  ['rwandan', 'rwanda'],
  ['haitian', 'haiti'],
  ['cypriot', 'cyprus'],
  ['yemeni', 'yemen'],
  ['bosnian', 'bosnia'],
  ['yugoslav', 'yugoslavia'],
  ['malian', 'mali'],
  ['ukrainian', 'ukraine'],
  ['falklands', 'falkland islands', 'malvinas'],
  // Compounds the Council wrote both ways over the decades ("cease-fire" in 214 resolutions of 1947-2014,
  // "Peace-keeping Force" in 186 (1964)); the English analyzer keeps the two forms apart.
  ['ceasefire', 'cease-fire'],
  ['ceasefires', 'cease-fires'],
  ['peacekeeping', 'peace-keeping'],
  ['peacekeeper', 'peace-keeper'],
  ['peacekeepers', 'peace-keepers'],
  ['peacebuilding', 'peace-building'],
  // American spellings against the Council's (Oxford) ones; "-ise" words get their "-ize" form in plainQuery.ts
  ['defense', 'defence'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['center', 'centre'],
  ['labor', 'labour'],
  ['neighbor', 'neighbour'],
  ['neighboring', 'neighbouring'],
  ['neighbors', 'neighbours'],
];

const BY_NAME = new Map<string, string[]>();
for (const group of GROUPS) for (const name of group) BY_NAME.set(name, group);

/** Words of the longest name in the table (so the rewriter knows how far to look ahead). */
export const LONGEST_ALIAS_WORDS = Math.max(...GROUPS.flat().map((n) => n.split(' ').length));

/** The equivalent names of `name` (lower-case, space-separated words), itself first; null when it has none. */
export function aliasesOf(name: string): string[] | null {
  const group = BY_NAME.get(name);
  return group ? [name, ...group.filter((n) => n !== name)] : null;
}
