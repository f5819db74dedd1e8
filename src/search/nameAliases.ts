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
  // Peace operations, offices and commissions: their acronyms against the names the Council writes out. UNDOF's
  // renewals name it in full in 74 texts and by acronym in 27 (UNFICYP 70 / 62, UNIFIL 52 / 37): without these,
  // "UNDOF" found only the 27. Written by hand from the missions' establishing texts, not read from the graph's
  // Mission nodes, whose extracted names hold errors an alias must not spread.
  ['untso', 'united nations truce supervision organization'],
  ['unmogip', 'united nations military observer group in india and pakistan'],
  ['unef', 'united nations emergency force'],
  ['onuc', 'united nations operation in the congo'],
  ['unyom', 'united nations yemen observation mission'],
  ['unficyp', 'united nations peace-keeping force in cyprus', 'united nations peacekeeping force in cyprus'],
  ['undof', 'united nations disengagement observer force'],
  ['unifil', 'united nations interim force in lebanon'],
  ['ungomap', 'united nations good offices mission in afghanistan and pakistan'],
  ['uniimog', 'united nations iran-iraq military observer group'],
  ['untag', 'united nations transition assistance group'],
  ['unavem', 'united nations angola verification mission'],
  ['unikom', 'united nations iraq-kuwait observation mission'],
  ['minurso', 'united nations mission for the referendum in western sahara'],
  ['onusal', 'united nations observer mission in el salvador'],
  ['untac', 'united nations transitional authority in cambodia'],
  ['unprofor', 'united nations protection force'],
  ['unosom', 'united nations operation in somalia'],
  ['onumoz', 'united nations operation in mozambique'],
  ['unomig', 'united nations observer mission in georgia'],
  ['unomil', 'united nations observer mission in liberia'],
  ['unmih', 'united nations mission in haiti'],
  ['unamir', 'united nations assistance mission for rwanda'],
  ['unomur', 'united nations observer mission uganda-rwanda'],
  ['unmot', 'united nations mission of observers in tajikistan'],
  ['uncro', 'united nations confidence restoration operation in croatia'],
  ['unpredep', 'united nations preventive deployment force'],
  ['unmibh', 'united nations mission in bosnia and herzegovina'],
  ['untaes', 'united nations transitional administration for eastern slavonia'],
  ['unmop', 'united nations mission of observers in prevlaka'],
  ['miponuh', 'united nations civilian police mission in haiti'],
  ['minurca', 'united nations mission in the central african republic'],
  ['unomsil', 'united nations observer mission in sierra leone'],
  ['unmik', 'united nations interim administration mission in kosovo'],
  ['unamet', 'united nations mission in east timor'],
  ['untaet', 'united nations transitional administration in east timor'],
  ['unamsil', 'united nations mission in sierra leone'],
  ['monuc', 'united nations organization mission in the democratic republic of the congo'],
  ['unmee', 'united nations mission in ethiopia and eritrea'],
  ['unmiset', 'united nations mission of support in east timor'],
  ['unama', 'united nations assistance mission in afghanistan'],
  ['unami', 'united nations assistance mission for iraq'],
  ['unmil', 'united nations mission in liberia'],
  ['unoci', 'united nations operation in cote d\'ivoire'],
  ['onub', 'united nations operation in burundi'],
  ['minustah', 'united nations stabilization mission in haiti'],
  ['unmis', 'united nations mission in the sudan', 'united nations mission in sudan'],
  ['unmit', 'united nations integrated mission in timor-leste'],
  ['unamid', 'african union-united nations hybrid operation in darfur'],
  ['minurcat', 'united nations mission in the central african republic and chad'],
  ['monusco', 'united nations organization stabilization mission in the democratic republic of the congo'],
  ['unmiss', 'united nations mission in the republic of south sudan'],
  ['unisfa', 'united nations interim security force for abyei'],
  ['unsmis', 'united nations supervision mission in syria'],
  ['unsmil', 'united nations support mission in libya'],
  ['minusma', 'united nations multidimensional integrated stabilization mission in mali'],
  ['minusca', 'united nations multidimensional integrated stabilization mission in the central african republic'],
  ['unsom', 'united nations assistance mission in somalia'],
  ['minujusth', 'united nations mission for justice support in haiti'],
  ['unmha', 'united nations mission to support the hodeidah agreement'],
  ['unitams', 'united nations integrated transition assistance mission in sudan'],
  ['unmovic', 'united nations monitoring verification and inspection commission'],
  ['amisom', 'african union mission in somalia'],
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
for (const group of GROUPS) {
  for (const name of group) {
    // A name in two groups would find only the later group's names: refused when the module loads.
    if (BY_NAME.has(name)) throw new Error(`nameAliases: "${name}" is in two groups`);
    BY_NAME.set(name, group);
  }
}

/** Words of the longest name in the table (so the rewriter knows how far to look ahead). */
export const LONGEST_ALIAS_WORDS = Math.max(...GROUPS.flat().map((n) => n.split(' ').length));

/** The equivalent names of `name` (lower-case, space-separated words), itself first; null when it has none. */
export function aliasesOf(name: string): string[] | null {
  const group = BY_NAME.get(name);
  return group ? [name, ...group.filter((n) => n !== name)] : null;
}
