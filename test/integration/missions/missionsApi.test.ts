import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

type Body<T> = { data: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describeCorpus('missions and sanctions regimes through GraphQL, on the real corpus', () => {
  let app: App;
  const post = async <T>(query: string): Promise<Body<T>> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as Body<T>;
  };
  const gql = async <T>(query: string): Promise<T> => {
    const body = await post<T>(query);
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  beforeAll(async () => {
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
  });
  afterAll(() => app.stop());

  type Mandate = { resolution: { number: number }; action: string; until: string | null; paragraph: string };

  it('gives UNMISS its full timeline: 1996 (2011) establishes it, each renewal follows with its end date', async () => {
    const { mission } = await gql<{ mission: { acronym: string; kind: string; establishedBy: { number: number }; lastMandateUntil: string; mandates: Mandate[] } }>(
      '{ mission(acronym: "unmiss") { acronym kind establishedBy { number } lastMandateUntil mandates { resolution { number } action until paragraph } } }',
    );
    expect(mission.acronym).toBe('UNMISS');
    expect(mission.establishedBy.number).toBe(1996);
    expect(mission.mandates[0]).toEqual({ resolution: { number: 1996 }, action: 'ESTABLISHES', until: null, paragraph: 'op 1' });
    const numbers = mission.mandates.map((m) => m.resolution.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // 2778 (2025), op 1: "Decides to extend the mandate of ... (UNMISS) ... until 9 May 2025".
    expect(mission.mandates).toContainEqual({ resolution: { number: 2778 }, action: 'EXTENDS', until: '2025-05-09', paragraph: 'op 1' });
    expect(mission.mandates.filter((m) => m.action === 'EXTENDS').length).toBeGreaterThanOrEqual(10);
    expect(mission.lastMandateUntil >= '2025-05-09').toBe(true);
  });

  it('links MONUSCO to MONUC, and shows on 1925 what the resolution does to each', async () => {
    const data = await gql<{ mission: { succeeds: Array<{ acronym: string }> }; resolution: { missions: Array<{ mission: { acronym: string }; action: string; until: string | null }> } }>(
      '{ mission(acronym: "MONUSCO") { succeeds { acronym } } resolution(number: 1925) { missions { mission { acronym } action until } } }',
    );
    expect(data.mission.succeeds).toEqual([{ acronym: 'MONUC' }]);
    expect(data.resolution.missions).toEqual(
      expect.arrayContaining([
        { mission: { acronym: 'MONUSCO' }, action: 'ESTABLISHES', until: null },
        { mission: { acronym: 'MONUC' }, action: 'EXTENDS', until: '2010-06-30' },
      ]),
    );
  });

  it('filters and pages missions', async () => {
    const data = await gql<{ all: { totalCount: number }; pk: { totalCount: number; edges: Array<{ node: { kind: string } }> }; y: { edges: Array<{ node: { acronym: string } }> } }>(
      '{ all: missions(first: 5) { totalCount } pk: missions(filter: { kind: PEACEKEEPING }, first: 100) { totalCount edges { node { kind } } } y: missions(filter: { activeInYear: 2011, nameContains: "sudan" }, first: 20) { edges { node { acronym } } } }',
    );
    expect(data.all.totalCount).toBeGreaterThanOrEqual(50);
    expect(data.pk.totalCount).toBeLessThan(data.all.totalCount);
    expect(new Set(data.pk.edges.map((e) => e.node.kind))).toEqual(new Set(['PEACEKEEPING']));
    expect(data.y.edges.map((e) => e.node.acronym)).toEqual(expect.arrayContaining(['UNMISS', 'UNMIS']));
  });

  it('gives the 1267 regime its establishing resolution, later resolutions and measures', async () => {
    const { sanctionsRegime: s } = await gql<{ sanctionsRegime: { establishedBy: { number: number }; resolutions: Array<{ resolution: { number: number } }>; measures: Array<{ measure: string }> } }>(
      '{ sanctionsRegime(key: "1267") { establishedBy { number } resolutions { resolution { number } } measures { measure } } }',
    );
    expect(s.establishedBy.number).toBe(1267);
    expect(s.resolutions.length).toBeGreaterThan(10);
    expect(s.measures.map((m) => m.measure)).toEqual(expect.arrayContaining(['ASSET_FREEZE', 'ARMS_EMBARGO', 'TRAVEL_BAN']));
  });

  it('answers bad arguments with BAD_USER_INPUT', async () => {
    for (const q of ['{ mission(acronym: " ") { key } }', '{ missions(first: 0) { totalCount } }', '{ sanctionsRegime(key: "al-qaida") { key } }', '{ missions(filter: { activeInYear: 3000 }) { totalCount } }']) {
      const body = await post(q);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
