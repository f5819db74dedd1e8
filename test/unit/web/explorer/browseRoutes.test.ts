import { formatRoute, isBrowseRoute, meetingRoute, memberRoute, parseRoute, topicRoute, topicsRoute, yearRoute, type Route } from '../../../../web/src/explorer/routes';

const roundTrip = (route: Route) => {
  const url = new URL(formatRoute(route), 'http://x');
  return parseRoute(url.pathname, url.search);
};

describe('explorer browse deep links', () => {
  it.each<Route>([
    { name: 'years' },
    yearRoute(2017),
    yearRoute(1946, 'bzo0OQ', 51),
    topicsRoute(),
    topicsRoute('SUBJECT', 'YWJj', 101),
    topicRoute('SITE', 'Terrorism'),
    topicRoute('AGENDA', 'The situation in Bosnia/Herzegovina & "Croatia" 100%?', 'bzo0OQ', 51),
    { name: 'members' },
    memberRoute('CHN'),
    meetingRoute('S/PV.8148'),
    meetingRoute('VTC 2020-04-23 Libya'),
  ])('formats and parses %j back to itself', (route) => {
    expect(roundTrip(route)).toEqual(route);
  });

  it('gives each page a readable URL', () => {
    expect(formatRoute(yearRoute(2017))).toBe('/explore/year/2017');
    expect(formatRoute(memberRoute('CHN'))).toBe('/explore/member/CHN');
    expect(formatRoute(meetingRoute('S/PV.8148'))).toBe('/explore/meeting/S/PV.8148');
    expect(formatRoute(topicRoute('SITE', 'Terrorism'))).toBe('/explore/topic/site/Terrorism');
    expect(formatRoute(topicsRoute())).toBe('/explore/topics?kind=AGENDA');
  });

  it('reads member codes in any case and topic kinds in any case', () => {
    expect(parseRoute('/explore/member/chn', '')).toEqual(memberRoute('CHN'));
    expect(parseRoute('/explore/topic/SITE/Terrorism', '')).toEqual(topicRoute('SITE', 'Terrorism'));
    expect(parseRoute('/explore/topics', '?kind=site')).toEqual(topicsRoute('SITE'));
  });

  it('falls back to defaults or not found for malformed browse URLs instead of sending them to the API', () => {
    expect(parseRoute('/explore/topics', '?kind=COLOUR')).toEqual(topicsRoute('AGENDA'));
    expect(parseRoute('/explore/year/2017', '?start=40')).toEqual(yearRoute(2017));
    expect(parseRoute('/explore/year/2017', '?after=abc&start=-3')).toEqual(yearRoute(2017, 'abc', 1));
    for (const path of ['/explore/year/17', '/explore/year/abcd', '/explore/member/CHINA', '/explore/member/C1N', '/explore/topic/colour/Red', '/explore/topic/site/', '/explore/meeting/', '/explore/meeting/%E0%A4%A']) {
      expect({ path, name: parseRoute(path, '').name }).toEqual({ path, name: 'notFound' });
    }
  });

  it('tells browse routes from the others', () => {
    expect(isBrowseRoute(parseRoute('/explore/year/2017', ''))).toBe(true);
    expect(isBrowseRoute(parseRoute('/explore/resolution/2396', ''))).toBe(false);
    expect(isBrowseRoute(parseRoute('/explore/nothing', ''))).toBe(false);
  });
});
