import { formatRoute, graphRoute, parseRoute, searchRoute, type Route } from '../../../../web/src/explorer/routes';

const roundTrip = (route: Route) => {
  const url = new URL(formatRoute(route), 'http://x');
  return parseRoute(url.pathname, url.search);
};

describe('explorer deep links', () => {
  it.each<Route>([
    searchRoute({ q: '"foreign terrorist fighters"', year: 2017, topic: 'Terrorism', member: 'FRA', after: 'YWJj', start: 21 }),
    searchRoute({ q: 'a & b = c?' }),
    { name: 'resolution', number: 2396 },
    graphRoute(2396, { depth: 3, direction: 'CITED_BY', colorBy: 'topic', limit: 500 }),
    { name: 'path', from: 2396, to: 1373 },
    { name: 'path', from: null, to: null },
  ])('formats and parses %j back to itself', (route) => {
    expect(roundTrip(route)).toEqual(route);
  });

  it('reads /explore as an empty search', () => {
    expect(parseRoute('/explore', '')).toEqual(searchRoute());
    expect(parseRoute('/explore/', '')).toEqual(searchRoute());
  });

  it('falls back to defaults for out-of-range graph settings instead of sending them to the API', () => {
    expect(parseRoute('/explore/graph/2396', '?depth=9&direction=UP&limit=100000&color=red')).toEqual(graphRoute(2396));
  });

  it('treats malformed numbers and unknown paths as not found', () => {
    expect(parseRoute('/explore/resolution/abc', '').name).toBe('notFound');
    expect(parseRoute('/explore/resolution/0', '').name).toBe('notFound');
    expect(parseRoute('/explore/nothing', '').name).toBe('notFound');
    expect(parseRoute('/elsewhere', '').name).toBe('notFound');
  });

  it('ignores a malformed page start', () => {
    expect(parseRoute('/explore/search', '?q=x&start=-4')).toMatchObject({ q: 'x', start: 1 });
  });
});
