import { decodeCursor, encodeCursor, pageRequest, toPage } from '../../../../src/resolvers/common/pagination';
import { parseSymbol } from '../../../../src/resolvers/common/arguments';
import { toTerms } from '../../../../src/resolvers/member/memberResolvers';
import { toFilterParams } from '../../../../src/resolvers/resolution/toFilterParams';
import { paragraphRef } from '../../../../loaders/paragraphRef';

describe('pagination', () => {
  it('round-trips opaque cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(encodeCursor(41)).not.toContain('41');
    for (const bad of ['', 'abc', Buffer.from('o:1x').toString('base64'), Buffer.from('o:9999999').toString('base64'), `${encodeCursor(3)}=`]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });

  it('checks first against 1..100 and starts after the cursor', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageRequest(100, encodeCursor(9))).toEqual({ offset: 10, limit: 100 });
    for (const first of [0, 101, -3, 1.5]) expect(() => pageRequest(first, null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('builds pageInfo from limit + 1 rows, or from a known total', () => {
    const page = { offset: 4, limit: 2 };
    const more = toPage(['a', 'b', 'c'], page, (r, cursor) => ({ r, cursor }));
    expect(more.edges.map((e) => e.r)).toEqual(['a', 'b']);
    expect(more.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(4), endCursor: encodeCursor(5) });
    expect(toPage(['a', 'b'], page, (r) => r, 6).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], { offset: 0, limit: 5 }, (r) => r).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('parseSymbol', () => {
  it.each([
    ['S/RES/2396 (2017)', { number: 2396, year: 2017 }],
    ['S/RES/2396(2017)', { number: 2396, year: 2017 }],
    ['s/res/2396', { number: 2396, year: null }],
    [' S / RES / 82 ', { number: 82, year: null }],
  ])('reads %p', (symbol, expected) => {
    expect(parseSymbol(symbol)).toEqual(expected);
  });
  it.each(['2396', 'S/PV.8148', 'S/RES/', 'S/RES/2396 (17)', 'S/RES/abc'])('rejects %p', (symbol) => {
    expect(() => parseSymbol(symbol)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('toFilterParams', () => {
  it('normalises every filter into the $filter map, null meaning no constraint', () => {
    expect(toFilterParams({ topic: ' Terrorism ', member: 'fra', memberVote: { member: 'chn', vote: 'NON_VOTING' }, dateFrom: '2000-02-29' })).toEqual({
      year: null,
      yearFrom: null,
      yearTo: null,
      dateFrom: '2000-02-29',
      dateTo: null,
      topicKeys: ['agenda:terrorism', 'subject:terrorism', 'site:terrorism'],
      topicFallbackKeys: null,
      topicKey: null,
      member: 'FRA',
      voteMember: 'CHN',
      vote: 'non-voting',
      hasText: null,
      cites: null,
      citedBy: null,
      unanimous: null,
      chapterVII: null,
      mission: null,
    });
    expect(toFilterParams({ chapterVII: true }).chapterVII).toBe(true);
    expect(toFilterParams({ chapterVII: false }).chapterVII).toBe(false);
  });
  it('gives a topic written with a space for an apostrophe its apostrophe-free spelling as the fallback', () => {
    expect(toFilterParams({ topic: "Côte d'Ivoire" })).toMatchObject({ topicKeys: ['agenda:cote divoire', 'subject:cote divoire', 'site:cote divoire'], topicFallbackKeys: null });
    expect(toFilterParams({ topic: 'Cote d Ivoire' })).toMatchObject({
      topicKeys: ['agenda:cote d ivoire', 'subject:cote d ivoire', 'site:cote d ivoire'],
      topicFallbackKeys: ['agenda:cote divoire', 'subject:cote divoire', 'site:cote divoire'],
    });
  });
  it('reads a mission acronym or key, upper-cased with its spaces collapsed', () => {
    expect(toFilterParams({ mission: ' unmiss ' }).mission).toBe('UNMISS');
    expect(toFilterParams({ mission: 'UNAVEM  II' }).mission).toBe('UNAVEM II');
    expect(toFilterParams({ mission: 'united-nations-emergency-force' }).mission).toBe('UNITED-NATIONS-EMERGENCY-FORCE');
    // Unknown but well-formed: validated here, matched (to nothing) by the query.
    expect(toFilterParams({ mission: 'NOSUCHMISSION' }).mission).toBe('NOSUCHMISSION');
  });
  it.each(['', '  ', 'UNMISS)', '-UNMISS', 'UN"MISS', 'X'.repeat(81)])('rejects the mission filter %p', (mission) => {
    expect(() => toFilterParams({ mission })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ argument: 'filter.mission' }) }));
  });
  it.each([{ dateTo: '2001-02-29' }, { dateFrom: '2017/01/01' }, { member: 'FR' }, { cites: 0 }, { topic: ' ' }, { dateFrom: '2010-01-01', dateTo: '2009-01-01' }])('rejects %p', (filter) => {
    expect(() => toFilterParams(filter)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('small helpers', () => {
  it('groups years into terms', () => {
    expect(toTerms([2018, 1964, 2017, 1979, 1978, 2017])).toEqual([
      { from: 1964, to: 1964 },
      { from: 1978, to: 1979 },
      { from: 2017, to: 2018 },
    ]);
  });
  it('writes paragraph references the way CITES.paragraph does', () => {
    expect(paragraphRef('PREAMBULAR', 3, null, 3)).toBe('pp 3');
    expect(paragraphRef('OPERATIVE', null, 5, 12)).toBe('op 5');
    expect(paragraphRef('OTHER', null, null, 7)).toBe('¶ 7');
  });
});
