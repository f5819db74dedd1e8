import type { Browser, Page } from 'playwright-core';
import type { App } from '../../src/app/startApp';
import { describeCorpus } from '../support/corpus';
import { screenshot } from '../support/artifacts';
import { AXE_VERSION, DESKTOP, PHONE, axeViolations, queryApi, blockingViolations, startExplorerSession, stopExplorerSession } from '../support/explorerSession';
import { offlineContext, type OfflineContext } from '../support/offlineContext';

// The browse pages on the real corpus: every count on screen is checked against the public API's answer.
describeCorpus('explorer browse pages (years, topics, members, meetings) in headless Chromium on the real corpus', () => {
  let app: App;
  let browser: Browser;
  let desktop: OfflineContext;
  let page: Page;
  /** The walk's pages, by page type, for the accessibility scan. */
  const visited = new Map<string, string>();

  const api = <T>(query: string, variables: Record<string, unknown> = {}) => queryApi<T>(app, query, variables);
  const path = () => decodeURIComponent(new URL(page.url()).pathname);
  const texts = (selector: string) => page.locator(selector).allTextContents();

  beforeAll(async () => {
    ({ app, browser, desktop, page } = await startExplorerSession());
  });
  afterAll(() => stopExplorerSession({ app, browser }));

  it('an empty search shows the browse entry points instead of an error', async () => {
    await page.goto(`${app.url}/explore`);
    await page.waitForSelector('.browse-links');
    expect(await page.locator('.status.error').count()).toBe(0);
    const hrefs = await page.locator('.browse-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/explore/years', '/explore/topics?kind=AGENDA', '/explore/members']);
    visited.set('search (empty)', '/explore');
    await screenshot(page, 'browse-01-empty-search');
  });

  it('year index: one bar and one link per year with resolutions, counts as the API gives them', async () => {
    const { stats } = await api<{ stats: { perYear: Array<{ year: number; count: number }> } }>('{ stats { perYear { year count } } }');
    await page.click('.browse-links a[href="/explore/years"]');
    await page.waitForSelector('[data-testid="year-list"] li');
    const listed = await texts('[data-testid="year-list"] li');
    expect(listed).toEqual(stats.perYear.map((y) => `${y.year} ${y.count}`));
    const bars = await page.locator('.bar-chart-bars a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    expect(bars).toEqual(stats.perYear.filter((y) => y.count > 0).map((y) => `${y.year}: ${y.count} ${y.count === 1 ? 'resolution' : 'resolutions'}`));
    visited.set('year index', path());
    await screenshot(page, 'browse-02-years', true);
    // The chart is keyboard-reachable: a focused bar opens its year with Enter.
    await page.focus('.bar-chart-bars a[aria-label^="2017:"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explore\/year\/2017$/);
    await page.goBack();
    await page.waitForSelector('[data-testid="year-list"] li');
  });

  it('year 2017: every resolution of the year over its cursor pages, the Council that sat, links to 2016 and 2018', async () => {
    const data = await api<{ resolutions: { totalCount: number; edges: Array<{ node: { number: number } }> }; members: Array<{ code: string; name: string }> }>(
      'query($y: Int!) { resolutions(filter: { year: $y }, first: 100) { totalCount edges { node { number } } } members(year: $y) { code name } }',
      { y: 2017 },
    );
    await page.click('[data-testid="year-list"] a:text-is("2017")');
    await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    expect(path()).toBe('/explore/year/2017');
    expect(await page.textContent('[data-testid="year-count"]')).toContain(`${data.resolutions.totalCount} resolutions adopted in 2017`);
    expect((await texts('[data-testid="council-members"] a')).sort()).toEqual(data.members.map((m) => m.name).sort());
    expect(data.members).toHaveLength(15);
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe('/explore/year/2016');
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe('/explore/year/2018');
    visited.set('year', path());
    await screenshot(page, 'browse-03-year-2017', true);

    const numbers: number[] = [];
    for (let guard = 0; guard < 5; guard++) {
      numbers.push(...(await texts('[data-testid="resolution-table"] tbody th a')).map(Number));
      const next = page.locator('.pager a:has-text("Next page")');
      if ((await next.count()) === 0) break;
      const before = page.url();
      await next.click();
      await page.waitForURL((u) => u.toString() !== before);
      await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    }
    expect(numbers).toEqual(data.resolutions.edges.map((e) => e.node.number));
    // A later page is a URL of its own: it survives a reload.
    if (data.resolutions.totalCount > 50) {
      expect(new URL(page.url()).searchParams.get('start')).toBe('51');
      await page.reload();
      await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
      expect((await texts('[data-testid="resolution-table"] tbody th a')).map(Number)).toEqual(numbers.slice(50));
      await page.click('.pager a:has-text("First page")');
      await page.waitForURL(/\/explore\/year\/2017$/);
      await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    }
  });

  it('resolution 2396 links to its year, topics, members and meeting', async () => {
    // 2396 is the 60th resolution of 2017: on the second page of the year.
    const link = page.locator('[data-testid="resolution-table"] a[href="/explore/resolution/2396"]');
    if ((await link.count()) === 0) {
      await page.click('.pager a:has-text("Next page")');
      await page.waitForURL(/start=51/);
    }
    await link.click();
    await page.waitForSelector('#res-title');
    expect(await page.getAttribute('#res-title a', 'href')).toBe('/explore/year/2017');
    expect(await page.getAttribute('.facts a[href^="/explore/meeting/"]', 'href')).toBe('/explore/meeting/S/PV.8148');
    const topicLinks = await page.locator('.tags a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(topicLinks.length).toBeGreaterThan(0);
    for (const href of topicLinks) expect(href).toMatch(/^\/explore\/topic\/(agenda|site|subject)\//);
    expect(await page.locator('.composition a[href^="/explore/member/"]').count()).toBe(15);
    visited.set('resolution', path());
  });

  let abstained: number;
  it('China: its terms, its votes per year as a chart, and the resolutions it did not vote yes on, as the API counts them', async () => {
    const { member } = await api<{
      member: {
        name: string;
        resolutionCount: number;
        voteCounts: { yes: number; no: number; abstain: number; nonVoting: number };
        votesPerYear: Array<{ year: number }>;
        abstain: { totalCount: number; edges: Array<{ node: { number: number } }> };
        no: { totalCount: number };
        nonVoting: { totalCount: number };
      };
    }>(
      '{ member(code: "CHN") { name resolutionCount voteCounts { yes no abstain nonVoting } votesPerYear { year } abstain: votingRecord(vote: ABSTAIN, first: 40) { totalCount edges { node { number } } } no: votingRecord(vote: NO) { totalCount } nonVoting: votingRecord(vote: NON_VOTING) { totalCount } } }',
    );
    await page.click('.composition a[href="/explore/member/CHN"]');
    await page.waitForSelector('[data-testid="votes-abstain"] .vote-list li');
    expect(path()).toBe('/explore/member/CHN');
    expect(await page.textContent('h1')).toContain('China');
    const c = member.voteCounts;
    expect(await page.textContent('[data-testid="member-vote-counts"]')).toContain(
      `${member.resolutionCount} resolutions adopted while it sat: ${c.yes} yes, ${c.no} no, ${c.abstain} abstained, ${c.nonVoting} did not vote`,
    );
    const columns = await page.locator('.stack-columns a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(columns.map((l) => Number(l.slice(0, 4)))).toEqual(member.votesPerYear.map((y) => y.year));
    expect(await page.locator('.chart-table tbody tr').count()).toBe(member.votesPerYear.length);
    expect(await page.textContent('#votes-abstain')).toContain(`(${member.abstain.totalCount})`);
    await page.waitForSelector('#votes-no .muted, [data-testid="votes-no"] .muted');
    expect(await page.textContent('#votes-no')).toContain(`(${member.no.totalCount})`);
    expect(await page.textContent('#votes-non_voting')).toContain(`(${member.nonVoting.totalCount})`);
    const firstPage = (await texts('[data-testid="votes-abstain"] .vote-list > li > a')).map(Number);
    expect(firstPage).toEqual(member.abstain.edges.slice(0, 20).map((e) => e.node.number));
    // Each listed resolution shows the other members' votes.
    expect(await page.locator('[data-testid="votes-abstain"] .vote-list > li .other-votes').count()).toBe(firstPage.length);
    visited.set('member', path());
    await screenshot(page, 'browse-04-member-CHN', true);
    if (member.abstain.totalCount > 20) {
      await page.click('[data-testid="votes-abstain"] button:has-text("Show more")');
      await page.waitForSelector('[data-testid="votes-abstain"] .vote-list > li:nth-child(21)');
      expect((await texts('[data-testid="votes-abstain"] .vote-list > li > a')).map(Number)).toEqual(member.abstain.edges.map((e) => e.node.number));
    }
    abstained = firstPage[0] ?? 0;
    expect(abstained).toBeGreaterThan(0);
  });

  it('a resolution China abstained on, then the meeting that adopted it', async () => {
    const { resolution } = await api<{ resolution: { meeting: { symbol: string; date: string; resolutions: Array<{ number: number }> } } }>(
      'query($n: Int!) { resolution(number: $n) { meeting { symbol date resolutions { number } } } }',
      { n: abstained },
    );
    await page.click(`[data-testid="votes-abstain"] .vote-list > li > a[href="/explore/resolution/${abstained}"]`);
    await page.waitForSelector('#res-title');
    const chinaRow = page.locator('.composition tr', { has: page.locator('a[href="/explore/member/CHN"]') });
    expect(await chinaRow.locator('td.vote').textContent()).toBe('Abstained');
    await screenshot(page, 'browse-05-resolution-china-abstained');

    await page.click('.facts a[href^="/explore/meeting/"]');
    await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    expect(path()).toBe(`/explore/meeting/${resolution.meeting.symbol}`);
    expect(await page.textContent('h1')).toBe(`Meeting ${resolution.meeting.symbol}`);
    expect(await page.textContent('.facts')).toContain(resolution.meeting.date);
    expect((await texts('[data-testid="resolution-table"] tbody th a')).map(Number)).toEqual(resolution.meeting.resolutions.map((r) => r.number));
    visited.set('meeting', path());
    await screenshot(page, 'browse-06-meeting');
    // A shared meeting URL opens the same page.
    await page.reload();
    await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    expect(await page.textContent('h1')).toBe(`Meeting ${resolution.meeting.symbol}`);
  });

  it('topics by kind with counts, and a topic page with its timeline and resolutions', async () => {
    type TopicList = { totalCount: number; edges: Array<{ node: { name: string; resolutionCount: number } }> };
    const index = await api<{ agenda: TopicList; site: TopicList; subject: { totalCount: number } }>(
      '{ agenda: topics(kind: AGENDA, first: 100) { totalCount edges { node { name resolutionCount } } } site: topics(kind: SITE) { totalCount edges { node { name resolutionCount } } } subject: topics(kind: SUBJECT, first: 1) { totalCount } }',
    );
    const resolutions = (n: number) => `${n} ${n === 1 ? 'resolution' : 'resolutions'}`;
    await page.goto(`${app.url}/explore`);
    await page.click('.browse-links a:has-text("by topic")');
    await page.waitForSelector('[data-testid="topic-list"] li');
    const tabs = await texts('.kind-tabs a');
    expect(tabs).toEqual([
      expect.stringContaining(`(${index.agenda.totalCount})`),
      expect.stringContaining(`(${index.site.totalCount})`),
      expect.stringContaining(`(${index.subject.totalCount})`),
    ]);
    expect(await texts('[data-testid="topic-list"] li')).toEqual(index.agenda.edges.map((e) => expect.stringContaining(`${e.node.name} ${resolutions(e.node.resolutionCount)}`)));
    visited.set('topic index', `${path()}?kind=AGENDA`);
    await screenshot(page, 'browse-07-topics-agenda');
    await page.click('.kind-tabs a:has-text("original site")');
    await page.waitForURL(/kind=SITE/);
    await page.waitForSelector('.kind-tabs a[aria-current="page"]:has-text("original site")');
    await page.waitForSelector('[data-testid="topic-list"] li');
    expect(await texts('[data-testid="topic-list"] li')).toEqual(index.site.edges.map((e) => expect.stringContaining(`${e.node.name} ${resolutions(e.node.resolutionCount)}`)));

    // The agenda item with the most resolutions: its timeline and its first page, newest first.
    const top = index.agenda.edges[0]?.node.name ?? '';
    const { t } = await api<{ t: { resolutionCount: number; resolutionsPerYear: Array<{ year: number; count: number }>; resolutions: { edges: Array<{ node: { number: number } }> } } }>(
      'query($name: String!) { t: topic(name: $name, kind: AGENDA) { resolutionCount resolutionsPerYear { year count } resolutions(first: 50) { edges { node { number } } } } }',
      { name: top },
    );
    await page.goBack();
    await page.waitForSelector('[data-testid="topic-list"] li');
    await page.click(`[data-testid="topic-list"] li >> nth=0 >> a`);
    await page.waitForSelector('[data-testid="resolution-table"] tbody tr');
    expect(path()).toBe(`/explore/topic/agenda/${top}`);
    expect(await page.textContent('h1')).toBe(top);
    expect(await page.textContent('[data-testid="topic-count"]')).toBe(resolutions(t.resolutionCount));
    const bars = await page.locator('.bar-chart-bars a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    expect(bars).toEqual(t.resolutionsPerYear.map((y) => `${y.year}: ${resolutions(y.count)}`));
    expect((await texts('[data-testid="resolution-table"] tbody th a')).map(Number)).toEqual(t.resolutions.edges.map((e) => e.node.number));
    visited.set('topic', path());
    await screenshot(page, 'browse-08-topic', true);
    // Search within the topic: the search page opens filtered by it.
    await page.fill('#topic-q', 'ceasefire');
    await page.press('#topic-q', 'Enter');
    await page.waitForURL(/\/explore\/search\?q=ceasefire/);
    await page.waitForSelector('.result-count, .status.error', { timeout: 90_000 });
    expect(await page.locator('.status.error').count()).toBe(0);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ q: 'ceasefire', topic: top });
  });

  it('member index: every member, permanent first, as the API lists them', async () => {
    const { members } = await api<{ members: Array<{ code: string; permanent: boolean }> }>('{ members { code permanent } }');
    await page.goto(`${app.url}/explore/members`);
    await page.waitForSelector('[data-testid="elected-members"] li');
    const hrefs = await page.locator('.member-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([...members.filter((m) => m.permanent), ...members.filter((m) => !m.permanent)].map((m) => `/explore/member/${m.code}`));
    visited.set('member index', path());
  });

  it('has no moderate, serious or critical axe-core violations on any page type', async () => {
    // axe is injected as a script tag, which the pages' CSP (script-src 'self') refuses; this context alone bypasses CSP.
    // The walk above ran with the CSP in force.
    const scan = await offlineContext(browser, DESKTOP, { bypassCSP: true });
    try {
      const p = await scan.newPage();
      const report: Record<string, string[]> = {};
      expect([...visited.keys()].sort()).toEqual(['meeting', 'member', 'member index', 'resolution', 'search (empty)', 'topic', 'topic index', 'year', 'year index']);
      for (const [type, url] of visited) {
        await p.goto(`${app.url}${url}`);
        await p.waitForSelector('main h1:not(.visually-hidden), .browse-links');
        await p.waitForSelector('.status.loading', { state: 'detached' });
        const violations = await axeViolations(p);
        report[type] = violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length})`);
        expect({ type, url, blocking: blockingViolations(violations) }).toEqual({ type, url, blocking: [] });
      }
      process.stderr.write(`\n[e2e figure] axe-core ${AXE_VERSION} on ${visited.size} page types, minor findings: ${JSON.stringify(report)}\n`);
      expect(scan.external).toEqual([]);
    } finally {
      await scan.context.close();
    }
  }, 600_000);

  it('is usable at phone width (390x844): no horizontal scrolling on any browse page', async () => {
    const phone = await offlineContext(browser, PHONE);
    try {
      const small = await phone.newPage();
      for (const [type, url] of visited) {
        await small.goto(`${app.url}${url}`);
        await small.waitForSelector('main h1:not(.visually-hidden), .browse-links');
        await small.waitForSelector('.status.loading', { state: 'detached' });
        const overflow = (await small.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
        expect({ type, overflow: overflow <= 0 }).toEqual({ type, overflow: true });
        await screenshot(small, `browse-phone-${type.replace(/\W+/g, '-')}`);
      }
      expect(phone.external).toEqual([]);
    } finally {
      await phone.context.close();
    }
  }, 300_000);

  it('made no request to any host but the loopback server, and logged no page errors', () => {
    expect(desktop.external).toEqual([]);
    expect(desktop.problems.filter((p) => !p.includes('status of 4'))).toEqual([]);
  });
});
