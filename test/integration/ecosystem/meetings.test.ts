import { z } from 'zod';
import { normaliseTopicName } from '../../../src/ingest/merge/topicName';
import { startApiApp, type ApiHarness } from '../../support/startApiApp';

type Page = {
  meetings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: { id: string; symbol: string; date: string | null } }> };
};
const MEETINGS = `query ($f: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id symbol date } } } }`;

/** `meetings` on the API fixture plus a few meetings this test adds (dates around the fixture's 2017 meeting). */
describe('meetings(filter, first, after)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
    await api.app.db.write(
      {
        name: 'test/extraMeetings',
        text: `UNWIND $rows AS row
          CREATE (m:Meeting {symbol: row.symbol, number: row.number, agenda: row.agenda, agendaKey: row.agendaKey})
          SET m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END`,
      },
      {
        // agendaKey as the ingest writes it; S/PV.9999 and the VTC have none, as in a store ingested before it existed.
        rows: (
          [
            ['S/PV.8140', 8140, '2017-12-19', 'Youth and peace and security', true],
            ['S/PV.8149', 8149, '2017-12-21', 'The situation in Somalia', true],
            ['S/PV.7900', 7900, '2017-03-01', 'Terrorism', true],
            ['S/PV.7901', 7901, '2017-03-02', "Côte d'Ivoire", true],
            ['S/PV.9999', 9999, '2018-01-10', 'Other', false],
            ['VTC undated', null, null, 'Other', false],
          ] as const
        ).map(([symbol, number, date, agenda, keyed]) => ({ symbol, number, date, agenda, agendaKey: keyed ? normaliseTopicName(agenda) : null })),
      },
      z.unknown(),
    );
  });
  afterAll(() => api.app.stop());

  const symbols = (p: Page) => p.meetings.edges.map((e) => e.node.symbol);

  it('lists every meeting by date, oldest first, undated last, ties by number', async () => {
    const all = await api.data<Page>(MEETINGS, { first: 100 });
    expect(symbols(all)).toEqual(['S/PV.473', 'S/PV.7900', 'S/PV.7901', 'S/PV.8140', 'S/PV.8148', 'S/PV.8149', 'S/PV.9999', 'VTC undated']);
    expect(all.meetings.totalCount).toBe(8);
    expect(all.meetings.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with first/after and keeps totalCount', async () => {
    const first = await api.data<Page>(MEETINGS, { first: 3 });
    expect(symbols(first)).toEqual(['S/PV.473', 'S/PV.7900', 'S/PV.7901']);
    expect(first.meetings.pageInfo.hasNextPage).toBe(true);
    const second = await api.data<Page>(MEETINGS, { first: 3, after: first.meetings.pageInfo.endCursor });
    expect(symbols(second)).toEqual(['S/PV.8140', 'S/PV.8148', 'S/PV.8149']);
    const third = await api.data<Page>(MEETINGS, { first: 3, after: second.meetings.pageInfo.endCursor });
    expect(symbols(third)).toEqual(['S/PV.9999', 'VTC undated']);
    expect(third.meetings.pageInfo.hasNextPage).toBe(false);
    expect(third.meetings.totalCount).toBe(8);
  });

  it('filters by year, date range and topic (agenda item or a topic of an adopted resolution)', async () => {
    expect(symbols(await api.data<Page>(MEETINGS, { f: { year: 2017 } }))).toEqual(['S/PV.7900', 'S/PV.7901', 'S/PV.8140', 'S/PV.8148', 'S/PV.8149']);
    const range = await api.data<Page>(MEETINGS, { f: { dateFrom: '2017-12-20', dateTo: '2018-01-10' } });
    expect(symbols(range)).toEqual(['S/PV.8148', 'S/PV.8149', 'S/PV.9999']);
    expect(range.meetings.totalCount).toBe(3);
    // S/PV.7900's agenda is "Terrorism"; S/PV.8148 adopted 2396, which has the site topic "Terrorism".
    expect(symbols(await api.data<Page>(MEETINGS, { f: { topic: 'terrorism' } }))).toEqual(['S/PV.7900', 'S/PV.8148']);
    expect(symbols(await api.data<Page>(MEETINGS, { f: { topic: 'Terrorism', year: 2017, dateTo: '2017-06-30' } }))).toEqual(['S/PV.7900']);
    expect((await api.data<Page>(MEETINGS, { f: { year: 1990 } })).meetings).toMatchObject({ totalCount: 0, edges: [] });
  });

  // Until 2026-12-03 the agenda was compared lower-cased with its accents: "Côte d'Ivoire" found 107 meetings of the
  // corpus and "cote d'ivoire" 42 (only those that adopted a resolution with that topic).
  it('matches the agenda ignoring case, accents and punctuation, a space for the apostrophe included', async () => {
    for (const topic of ["Côte d'Ivoire", "cote d'ivoire", 'COTE D’IVOIRE', 'cote d ivoire', 'côte-d’ivoire']) {
      expect(symbols(await api.data<Page>(MEETINGS, { f: { topic } }))).toEqual(['S/PV.7901']);
    }
    // A meeting without agendaKey (ingested before it existed) is still found by its lower-cased agenda.
    expect(symbols(await api.data<Page>(MEETINGS, { f: { topic: 'OTHER' } }))).toEqual(['S/PV.9999', 'VTC undated']);
  });

  it('gives each meeting a node ID', async () => {
    const page = await api.data<Page>(MEETINGS, { f: { year: 1950 } });
    const id = page.meetings.edges[0]!.node.id;
    expect(await api.data('query ($id: ID!) { node(id: $id) { ... on Meeting { symbol agenda } } }', { id })).toEqual({
      node: { symbol: 'S/PV.473', agenda: 'Complaint of aggression upon the Republic of Korea' },
    });
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'nope' }, { f: { year: 1200 } }, { f: { dateFrom: '2017-13-01' } }, { f: { topic: '  ' } }]) {
      const res = await api.gql(MEETINGS, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
