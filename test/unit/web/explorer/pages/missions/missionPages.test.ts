import { dayOf, eventLabel, yearTicks } from '../../../../../../web/src/explorer/pages/missions/mandateTimeline';
import { missionRoute, missionsRoute, regimeRoute } from '../../../../../../web/src/explorer/pages/missions/missionRoutes';
import { missionStatus, type StatusFacts } from '../../../../../../web/src/explorer/pages/missions/missionStatus';
import type { MandateEvent } from '../../../../../../web/src/explorer/pages/missions/missionTypes';
import { formatRoute, parseRoute, searchRoute, type Route } from '../../../../../../web/src/explorer/routes';

const roundTrip = (route: Route) => {
  const url = new URL(formatRoute(route), 'http://x');
  return parseRoute(url.pathname, url.search);
};

describe('missions and sanctions deep links', () => {
  it.each<Route>([
    missionsRoute(),
    missionsRoute('PEACEKEEPING'),
    missionsRoute('POLITICAL', 'ended'),
    missionsRoute(null, 'active'),
    missionRoute('UNMISS'),
    missionRoute('UNAVEM II'),
    missionRoute('united-nations-emergency-force'),
    { name: 'sanctions' },
    regimeRoute('1267'),
    searchRoute({ q: 'Sudan', mission: 'UNMISS' }),
    searchRoute({ q: 'Angola', mission: 'UNAVEM II', year: 1995, after: 'YWJj', start: 21 }),
  ])('formats and parses %j back to itself', (route) => {
    expect(roundTrip(route)).toEqual(route);
  });

  it('gives each page a readable URL', () => {
    expect(formatRoute(missionsRoute())).toBe('/explore/missions');
    expect(formatRoute(missionsRoute('PEACEKEEPING', 'active'))).toBe('/explore/missions?kind=PEACEKEEPING&status=active');
    expect(formatRoute(missionRoute('UNMISS'))).toBe('/explore/mission/UNMISS');
    expect(formatRoute(missionRoute('UNAVEM II'))).toBe('/explore/mission/UNAVEM%20II');
    expect(formatRoute({ name: 'sanctions' })).toBe('/explore/sanctions');
    expect(formatRoute(regimeRoute('1267'))).toBe('/explore/sanctions/1267');
    expect(formatRoute(searchRoute({ q: 'Sudan', mission: 'UNMISS' }))).toBe('/explore/search?q=Sudan&mission=UNMISS');
  });

  it('reads filters in any case and drops unknown ones; malformed paths are not found', () => {
    expect(parseRoute('/explore/missions', '?kind=peacekeeping&status=ENDED')).toEqual(missionsRoute('PEACEKEEPING', 'ended'));
    expect(parseRoute('/explore/missions', '?kind=NAVAL&status=paused')).toEqual(missionsRoute());
    expect(parseRoute('/explore/missions/', '')).toEqual(missionsRoute());
    expect(parseRoute('/explore/search', '?q=x&mission=%20')).toEqual(searchRoute({ q: 'x' }));
    expect(parseRoute('/explore/sanctions/0042', '')).toEqual(regimeRoute('42'));
    for (const path of ['/explore/sanctions/al-qaida', '/explore/mission/', '/explore/mission/a/b', '/explore/mission/%E0%A4%A']) {
      expect(parseRoute(path, '').name).toBe('notFound');
    }
  });
});

describe('mission status against the corpus clock', () => {
  const base: StatusFacts = { terminatedBy: null, succeededBy: [], lastMandateUntil: null, actedOn: [] };
  const asOf = '2025-11-06';
  it('is active while a mandate runs to the latest resolution or later, even after a decision to terminate at that date', () => {
    expect(missionStatus({ ...base, lastMandateUntil: '2026-10-31' }, asOf)).toBe('active');
    expect(missionStatus({ ...base, lastMandateUntil: asOf }, asOf)).toBe('active');
    expect(missionStatus({ ...base, lastMandateUntil: '2025-12-31', terminatedBy: { number: 2732 } }, asOf)).toBe('active');
  });
  it('is ended when the last mandate ran out, a resolution terminated it, or a successor continues it', () => {
    expect(missionStatus({ ...base, lastMandateUntil: '2023-06-30' }, asOf)).toBe('ended');
    expect(missionStatus({ ...base, lastMandateUntil: '2024-11-05' }, asOf)).toBe('ended');
    expect(missionStatus({ ...base, lastMandateUntil: '2025-05-09', terminatedBy: { number: 2777 } }, asOf)).toBe('ended');
    expect(missionStatus({ ...base, terminatedBy: { number: 1 }, actedOn: ['2025-10-01'] }, asOf)).toBe('ended');
    expect(missionStatus({ ...base, succeededBy: [{ key: 'MONUSCO' }], actedOn: ['2025-10-01'] }, asOf)).toBe('ended');
  });
  it('keeps a mandate that ran out less than a year before the latest resolution active: its renewal may be missing', () => {
    expect(missionStatus({ ...base, lastMandateUntil: '2025-05-09' }, asOf)).toBe('active');
    expect(missionStatus({ ...base, lastMandateUntil: '2024-11-06' }, asOf)).toBe('active');
  });
  it('with no end date at all, is judged by the last resolution acting on it', () => {
    expect(missionStatus({ ...base, actedOn: ['1998-12-01', null, '2024-01-15'] }, asOf)).toBe('active');
    expect(missionStatus({ ...base, actedOn: ['2015-11-09'] }, asOf)).toBe('ended');
    expect(missionStatus(base, asOf)).toBe('ended');
  });
});

describe('mandate chart helpers', () => {
  it('reads dates as days and a bare year as mid-year', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2011')).toBe(dayOf('2011-07-01'));
  });
  it('keeps about ten year ticks', () => {
    expect(yearTicks(2011, 2026)).toEqual([2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks(1948, 2026)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks(2011, 2012)).toEqual([2011, 2012]);
  });
  it('names each mark by resolution, date, action, end and paragraph', () => {
    const e: MandateEvent = { action: 'EXTENDS', until: '2025-05-09', period: null, paragraph: 'op 1', context: '', resolution: { number: 2778, year: 2025, date: '2025-04-30' } };
    expect(eventLabel(e)).toBe('Resolution 2778 (2025-04-30): extends until 2025-05-09, op 1');
    expect(eventLabel({ ...e, action: 'ESTABLISHES', until: null, period: 'one year', resolution: { number: 1996, year: 2011, date: null } })).toBe('Resolution 1996 (2011): establishes for one year, op 1');
  });
});
