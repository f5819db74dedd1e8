/**
 * Known-item queries, part `heldOut3` (issue #13): 40 resolutions not in searchKnownItems.ts, 4 from each decade
 * 1946-1989, 6 from the 1990s, 5 from the 2000s and 2010s, 4 from the 2020s; landmarks (new missions, sanctions,
 * tribunals, thematic firsts) and less famous ones a specialist looks up. Written by hand on 2026-12-02 from each
 * resolution's title and text in resolutions.jsonl, in a researcher's words rather than the text's, naming what
 * makes that resolution the one meant. Written blind: committed before any run of our search or of any BM25 on
 * these queries, and never to be edited after seeing results. Each entry is [query, wanted resolution number];
 * searchKnownItems.ts tags them with part 'heldOut3'. This file imports nothing, so that one can import it.
 */
export const HELD_OUT_3: Array<[string, number]> = [
  // 1946-1949
  ['commission to investigate the incidents on the northern frontier of Greece, 1946', 15],
  ['US trusteeship over the Pacific islands Japan held under mandate', 21],
  ['Corfu Channel mines: UK and Albania told to go to the ICJ', 22],
  ["Israel's application for UN membership approved 1949", 69],
  // 1950s
  ['Qibya raid 1953 censure of Israel', 101],
  ['sixteen countries admitted at once in 1955, Ireland, Italy, Spain, Austria', 109],
  ['Soviet troops crush the Hungarian uprising, sent to a General Assembly emergency session', 120],
  ["Kashmir 1957: a constituent assembly cannot settle the state's future, plebiscite principle", 122],
  // 1960s
  ['British air attack on Harib in Yemen 1964, reprisals condemned', 188],
  ['India Pakistan war 1965: ceasefire at a set hour, troops back to pre-August lines', 211],
  ['Beira oil tankers bound for Rhodesia, Britain may use force to stop them', 221],
  ['Israeli attack on Beirut airport 1968 condemned', 262],
  // 1970s
  ['UNDOF set up on the Golan after the 1974 Israel-Syria disengagement agreement', 350],
  ['Green March into Western Sahara deplored, Morocco to pull the marchers out', 380],
  ['Soweto uprising 1976, police shooting of schoolchildren condemned', 392],
  ['Aegean Sea continental shelf dispute between Greece and Turkey, talks and the World Court', 395],
  // 1980s
  ["Israel's annexation of the Golan Heights is null and void", 497],
  ['Sabra and Shatila massacre of Palestinians in Beirut, more UN observers sent', 521],
  ['voluntary measures against apartheid South Africa 1985: no new investment, krugerrand ban', 569],
  ['marking plastic explosives so they can be detected, sabotage of aircraft', 635],
  // 1990s
  ['UN Compensation Commission and fund for damage from the Iraqi invasion of Kuwait created', 692],
  ['Libya 1992 air and arms embargo for not handing over the Lockerbie suspects', 748],
  ['military flights banned over Bosnia 1992, UNPROFOR observers at airfields', 781],
  ['Haiti 1994 multinational force to remove the junta and bring back Aristide', 940],
  ['oil for food programme Iraq', 986],
  ['nuclear tests by India and Pakistan in 1998 condemned', 1172],
  // 2000s
  ['HIV/AIDS and peacekeepers 2000: prevention training and voluntary testing', 1308],
  ['Special Court for Sierra Leone, agreement with the government', 1315],
  ['ISAF authorised to help secure Kabul after the Bonn agreement, 2001', 1386],
  ['Syrian troops out of Lebanon, Hezbollah and other militias disarmed, 2004', 1559],
  ['Special Tribunal for Lebanon for the Hariri assassination', 1757],
  // 2010s
  ['Ivory Coast 2011: Gbagbo must step down, UNOCI protects civilians from heavy weapons', 1975],
  ['MONUSCO intervention brigade to neutralise M23 and other armed groups, 2013', 2098],
  ['MH17 shot down over eastern Ukraine, access to the crash site', 2166],
  ['2015: states may inspect boats off Libya suspected of smuggling migrants', 2240],
  ['people with disabilities in armed conflict', 2475],
  // 2020s
  ['Ukraine 2022: Russian invasion referred to the General Assembly, uniting for peace', 2623],
  ['humanitarian carve-out from UN asset freezes across all sanctions regimes', 2664],
  ['Kenya-led multinational security support mission in Haiti authorised 2023', 2699],
  ['Houthi attacks on Red Sea shipping, Galaxy Leader', 2722],
];
