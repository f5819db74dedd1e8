import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../../src/config/loadConfig';
import type { Params } from '../../../src/db/Database';
import type { Context } from '../../../src/graphql/Context';
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs';
import { createRowSelectionPlugin } from '../../../src/graphql/rowSelection';
import { createLogger } from '../../../src/logger';
import { resolvers } from '../../../src/resolvers/resolvers';
import { createLoaders } from '../../../loaders/createLoaders';
import { RecordingRunner } from '../../support/RecordingRunner';
import { sampleResolution } from '../../support/sampleResolution';

/** Canned rows, just enough for every resolver to go on to its nested queries. */
function answer(name: string, params: Params): unknown[] {
  const base = name.split('@')[0]!.split('#')[0];
  switch (base) {
    case 'resolution/byNumbers':
      return (params.numbers as number[]).map((n) => ({ resolution: sampleResolution(n) }));
    case 'resolution/list':
      return [{ total: 1, resolution: sampleResolution(2396), topics: [], composition: [] }];
    case 'search/countTopK':
    case 'topic/count':
      return [{ total: 1 }];
    case 'resolution/citations~cites':
    case 'resolution/citations~citedBy':
      return (params.keys as Array<{ number: number; offset: number; limit: number }>).map((k) => ({
        ...k,
        total: 1,
        items: [{ citation: { verb: 'recalls', paragraph: 'pp 1', context: 'c', source: 'text', sources: ['text'], mentions: 1 }, resolution: sampleResolution(k.number - 1) }],
      }));
    case 'search/hits':
    case 'search/hitsTopK':
      // As many matches as Lucene was asked for, so a count not asked of the page needs its own statement.
      return [{ total: typeof params.candidates === 'number' ? params.candidates : 1, hits: [{ score: 2.5, resolution: sampleResolution(2396) }] }];
    case 'mission/byAcronym':
    case 'mission/list':
      return [{ key: 'UNMISS', acronym: 'UNMISS', name: 'United Nations Mission in South Sudan', kind: 'PEACEKEEPING' }];
    case 'mission/successions':
      return (params.keys as string[]).map((key) => ({ key, succeeds: ['UNMIS'], succeededBy: [] }));
    case 'mission/byKeys':
      return (params.keys as string[]).map((key) => ({ key, acronym: key, name: key, kind: 'PEACEKEEPING' }));
    case 'mission/count':
    case 'sanctions/count':
      return [{ total: 1 }];
    case 'mission/byResolutions':
      return [{ resolution: 1996, key: 'UNMISS', acronym: 'UNMISS', name: 'United Nations Mission in South Sudan', kind: 'PEACEKEEPING', action: 'ESTABLISHES', until: null, period: null, paragraph: 'op 1', context: 'c' }];
    case 'sanctions/list':
    case 'sanctions/byKeys':
      return [{ key: '1267', name: 'ISIL (Da’esh) and Al-Qaida sanctions', target: null }];
    case 'graph/chain~cites':
    case 'graph/chain~citedBy':
      return [{ root: sampleResolution(params.number as number), total: 1, entries: [{ distance: 1, resolution: sampleResolution(1373) }] }];
    case 'graph/paths~cites':
    case 'graph/paths~either':
      return [{ numbers: [2396, 1373], edges: [{ source: 2396, target: 1373, citation: { verb: 'reaffirms', paragraph: 'pp 1', context: null, source: null, sources: [], mentions: null } }] }];
    case 'graph/neighbourhood~either':
    case 'graph/neighbourhood~cites':
    case 'graph/neighbourhood~citedBy':
      return [2396, 1373].map((n, i) => ({ truncated: false, distance: i, number: n, symbol: `S/RES/${n}`, title: null, year: 2017, mainTopic: null, citedByCount: 1, citesCount: 1, influence: 0.1 }));
    case 'topic/byKeys':
      return [{ i: 0, topic: { key: 'agenda:terrorism', name: 'Terrorism', kind: 'agenda' } }];
    case 'member/list':
      return ((params.codes as string[] | null) ?? []).map((code) => ({ member: { code, name: code, permanent: true, years: [2017] } }));
    case 'meeting/bySymbol':
      return [{ meeting: { symbol: 'S/PV.8148', number: 8148, date: '2017-12-21', agenda: null, outcome: null } }];
    case 'resolution/texts':
      return (params.numbers as number[]).map((n) => ({ number: n, text: `Text of ${n}.` }));
    case 'system/components':
      return [{ version: '5.26.0', edition: 'community' }];
    case 'system/counts':
      return [{ resolutions: 1, citations: 0, meetings: 0, members: 0, topics: 0, paragraphs: 0 }];
    case 'stats/totals':
      return [{ resolutions: 1, withText: 1, unanimous: 1, firstYear: 2017, lastYear: 2017, citations: 0, meetings: 0, members: 0, topics: 0, paragraphs: 0 }];
    default:
      return [];
  }
}

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  resolutionWithEverything: {
    query: `{ resolution(number: 2396) { number text paragraphs { ref } topics { name } meeting { symbol resolutions { number } }
      composition { member { code } vote } cites(first: 5) { totalCount edges { verb node { number } } }
      citedBy(first: 5, after: "bzow") { totalCount edges { node { number } } } } }`,
  },
  // Through the per-field loaders (no look-ahead): the topics and composition batch queries.
  resolutionBySymbol: { query: '{ resolutionBySymbol(symbol: "S/RES/2396 (2017)") { number topics { name } composition { vote } } }' },
  resolutionsFiltered: {
    query: `query($f: ResolutionFilter) { resolutions(filter: $f, orderBy: DATE_DESC, first: 10, after: "bzo5") { totalCount edges { node { number } } } }`,
    variables: { f: { yearFrom: 2000, dateTo: '2017-12-31', topic: 'Terrorism', member: 'fra', memberVote: { member: 'CHN', vote: 'ABSTAIN' }, hasText: true, cites: 1373, citedBy: 2535, unanimous: false } },
  },
  search: {
    query: `{ search(query: "\\"foreign terrorist fighters\\" AND title:threats -sanctions", filter: { year: 2017 }, first: 20) {
      totalCount facets { years { value } } edges { node { score snippets(limit: 2) { ref text highlights { start end } } resolution { number } } } } }`,
  },
  // A filter Lucene cannot apply (topic, member) sends the Cypher-filtered statements instead of the top-k ones.
  searchFiltered: {
    query: `{ search(query: "ceasefire", filter: { topic: "Terrorism", member: "FRA", chapterVII: true }, first: 10) { totalCount edges { node { score resolution { number } } } } }`,
  },
  searchCountInFragment: {
    query: `{ search(query: "sanctions", first: 5) { ...C edges { node { resolution { number } } } } } fragment C on SearchConnection { totalCount totalCountIsExact }`,
  },
  searchPlainWords: {
    query: `{ search(query: "Libya no-fly zone 2011", first: 10) { totalCount totalCountIsExact edges { node { score snippets { ref } resolution { number } } } } }`,
  },
  citationChain: { query: '{ citationChain(number: 2396, direction: CITED_BY, maxDepth: 3) { totalCount entries { distance resolution { number } } } }' },
  citationPaths: { query: '{ citationPaths(from: 2396, to: 1373, maxDepth: 4, limit: 5) { length nodes { number } edges { source target } } }' },
  citationGraph: { query: '{ citationGraph(numbers: [2396], depth: 2, limit: 500) { nodes { id } edges { id } } }' },
  topic: { query: '{ topic(name: "Terrorism") { name resolutionCount resolutionsPerYear { year } resolutions(first: 3) { totalCount } } }' },
  topics: { query: '{ topics(kind: AGENDA, nameContains: "Terror", first: 5) { totalCount edges { node { name resolutionCount } } } }' },
  member: { query: '{ member(code: "fra") { terms { from } voteCounts { abstain } votingRecord(vote: NO, yearFrom: 1990, first: 5) { totalCount edges { vote } } } }' },
  members: { query: '{ members(permanent: true, year: 1950) { code } }' },
  meeting: { query: '{ meeting(symbol: "s/pv.8148") { symbol resolutions { number } } }' },
  meetings: {
    query: 'query($f: MeetingFilter) { meetings(filter: $f, first: 5, after: "bzo0") { totalCount edges { node { symbol } } } }',
    variables: { f: { year: 2017, dateFrom: '2017-01-01', dateTo: '2017-12-31', topic: 'Terrorism' } },
  },
  // A name with a space where its key form has none ("d ivoire"): one topic/byKeys lookup decides, before the
  // list's statements, whether the fallback spelling's keys stand for the written ones (the canned answer names a topic: they don't).
  meetingsTopicFallback: {
    query: 'query($f: MeetingFilter) { meetings(filter: $f, first: 5) { totalCount } }',
    variables: { f: { topic: 'Cote d Ivoire' } },
  },
  nodes: {
    // Resolution:2396, Member:FRA (through their own loaders), Topic:agenda:terrorism, Meeting:S/PV.8148 (one batch).
    query: '{ nodes(ids: ["UmVzb2x1dGlvbjoyMzk2", "TWVtYmVyOkZSQQ==", "VG9waWM6YWdlbmRhOnRlcnJvcmlzbQ==", "TWVldGluZzpTL1BWLjgxNDg="]) { id } }',
  },
  // The loaders' own queries: nested fields of a listing are not prefetched by resolution/page.
  resolutionsNestedFields: {
    query: `{ resolutions(first: 2) { edges { node { number text paragraphs { ref } topics { name } composition { member { code } vote }
      meeting { symbol } cites(first: 3) { totalCount edges { node { number } } } citedBy(first: 3) { totalCount } } } } }`,
  },
  citationChainCites: { query: '{ citationChain(number: 2396, direction: CITES, maxDepth: 2) { totalCount entries { distance resolution { number } } } }' },
  citationPathsUndirected: { query: '{ citationPaths(from: 2396, to: 1373, maxDepth: 3, limit: 5, directed: false) { length nodes { number } edges { source target } } }' },
  citationGraphCites: { query: '{ citationGraph(numbers: [2396], direction: CITES, depth: 1, limit: 100) { nodes { id } edges { id } } }' },
  citationGraphCitedBy: { query: '{ citationGraph(numbers: [2396], direction: CITED_BY, depth: 3, limit: 100) { nodes { id } edges { id } } }' },
  // Past the first page with no row left, the total needs its own count.
  memberVotesPerYear: { query: '{ member(code: "CHN") { votesPerYear { year counts { yes abstain } } } }' },
  missions: {
    query: `{ missions(filter: { kind: PEACEKEEPING, nameContains: "sudan", activeInYear: 2011 }, first: 3) { totalCount edges { node { key acronym } } } }`,
  },
  mission: {
    query: `{ mission(acronym: "UNMISS") { name establishedBy { number } terminatedBy { number } lastMandateUntil
      mandates { resolution { number } action until paragraph } succeeds { key } succeededBy { key } } }`,
  },
  sanctionsRegimes: {
    query: `{ sanctionsRegimes(first: 2) { totalCount edges { node { key name establishedBy { number }
      measures { measure action paragraph } resolutions { resolution { number } action } } } } }`,
  },
  sanctionsRegime: { query: '{ sanctionsRegime(key: "1267") { name target } }' },
  resolutionMandates: { query: '{ resolution(number: 1996) { missions { mission { key } action until } sanctions { regime { key } action } } }' },
  memberVotingRecordPastEnd: { query: '{ member(code: "fra") { votingRecord(first: 5, after: "bzo5") { totalCount edges { vote } } } }' },
  serverInfo: { query: '{ serverInfo { version neo4jVersion neo4jEdition counts { resolutions citations meetings members topics paragraphs } } }' },
  stats: { query: '{ stats { resolutions perYear { year } mostCited(limit: 5) { rank } mostInfluential(limit: 5) { rank } mostCitedByPeriod(period: YEAR, limit: 2) { period } } }' },
};

describe('Cypher text and parameters each operation sends (no database)', () => {
  const server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers: resolvers as never, plugins: [createRowSelectionPlugin()] });
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: 'bolt://127.0.0.1:1', AUTO_INGEST: 'false', LOG_LEVEL: 'silent' });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it.each(Object.entries(OPERATIONS))('%s', async (_name, op) => {
    const db = new RecordingRunner(answer);
    const res = await server.executeOperation(op, { contextValue: { db, loaders: createLoaders(db), config, logger: createLogger('silent'), requestId: 'snapshot' } });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    expect(db.calls.length).toBeGreaterThan(0);
    expect(db.calls).toMatchSnapshot();
  });
});
