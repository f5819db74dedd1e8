import { cypher, cypherByName, withRowKeys, type CypherQuery } from '../../../src/db/CypherQuery';

/** Resolution keys for the whole request, and per variable for some. */
const withResolutionKeys = (query: CypherQuery, keys: ReadonlySet<string>, byVariable: Record<string, ReadonlySet<string>> = {}) =>
  withRowKeys(query, { resolution: keys, resolutionByVariable: byVariable });

/** The block `$$RESOLUTION(v)` expanded to in `text`: `v {` (and the number, which every projection reads) up to its closing brace. */
function projectionOf(text: string, v: string): string {
  const start = text.indexOf(`${v} {\n  number: ${v}.number`);
  if (start < 0) throw new Error(`no projection of ${v}`);
  return text.slice(start, text.indexOf('}', start));
}

describe('a Resolution projection cut per variable', () => {
  const page = cypher('resolution/page');

  it('gives each named variable its own keys and the number (not the request-wide year), the others the request-wide ones', () => {
    const q = withResolutionKeys(page, new Set(['symbol', 'date', 'title']), { t: new Set(['title']), u: new Set(['title', 'mainTopic']), n: new Set() });
    expect(q.name).toBe('resolution/page#symbol,date,title;n=;t=title;u=title,mainTopic');
    expect(projectionOf(q.text, 't')).toMatch(/number: t\.number,\s+title: t\.title\s*$/);
    expect(projectionOf(q.text, 'u')).toContain('u.mainTopic');
    expect(projectionOf(q.text, 'u')).not.toContain('u.symbol');
    expect(projectionOf(q.text, 'n')).toMatch(/number: n\.number\s*$/);
    expect(q.text).toMatch(/RETURN r \{\s+number: r\.number,\s+year: r\.year,\s+symbol: r\.symbol,\s+date: r\.date,\s+title: r\.title\s+\} AS resolution/);
  });

  it('replays the exact text from the name, and keeps a name without variables as before', () => {
    const q = withResolutionKeys(page, new Set(['title']), { t: new Set(['symbol', 'citesCount']) });
    expect(cypherByName(q.name).text).toBe(q.text);
    // A position that selects the year lists it in the name (it is not one of the position's always-read keys).
    const withYear = withResolutionKeys(page, new Set(['title']), { t: new Set(['year', 'title']) });
    expect(withYear.name).toBe('resolution/page#title;t=year,title');
    expect(projectionOf(withYear.text, 't')).toMatch(/number: t\.number,\s+year: t\.year,\s+title: t\.title\s*$/);
    expect(cypherByName(withYear.name).text).toBe(withYear.text);
    const plain = withResolutionKeys(cypher('resolution/byNumbers'), new Set(['title', 'symbol']));
    expect(plain.name).toBe('resolution/byNumbers#symbol,title');
    expect(cypherByName(plain.name).text).toBe(plain.text);
  });

  it('refuses a variable the query does not project, and a malformed per-variable part', () => {
    expect(() => withResolutionKeys(page, new Set(), { x: new Set(['title']) })).toThrow(/projects no resolution as "x"/);
    expect(() => cypherByName('resolution/page#title;t')).toThrow(/is not variable=keys/);
  });

  it('ignores keys outside the fragment, so no name can put text into the query', () => {
    const q = withResolutionKeys(page, new Set(['title']), { t: new Set(['title', 'x}) DETACH DELETE t //']) });
    expect(q.text).not.toContain('DETACH');
    expect(q.name).toBe('resolution/page#title;t=title');
  });
});

describe('citation edge properties cut per variable in the text ($$CITATION_CUT)', () => {
  const page = cypher('resolution/page');
  /** The text `$$CITATION_CUT(v)` expanded to after `citation: ` (cited `c`, citing `b`). */
  const citationOf = (text: string, v: string) => {
    const at = text.indexOf('citation: ', text.indexOf(v === 'c' ? '(r)-[c:CITES]' : '(r)<-[b:CITES]'));
    return text.slice(at, text.indexOf('\n', at) === text.indexOf('{', at) + 1 ? text.indexOf('}', at) + 1 : text.indexOf('\n', at));
  };

  it('reads only the chosen properties, the literal null for none, every property without a choice', () => {
    const q = withRowKeys(page, { resolution: new Set(['title']), citationByVariable: { c: new Set(['context', 'verb']), b: new Set(), d: new Set(['sources']) } });
    expect(q.name).toBe('resolution/page#title#edge:b=;c=verb,context;d=sources');
    expect(citationOf(q.text, 'c')).toMatch(/^citation: \{\s+verb: c\.verb,\s+context: c\.context\s+\}$/);
    expect(citationOf(q.text, 'b')).toBe('citation: null,');
    expect(q.text).toMatch(/collect\(\{\s+sources: coalesce\(d\.sources, \[\]\)\s+\}\) AS citations/);
    expect(q.text.slice(q.text.indexOf('MATCH (r:'))).not.toContain('edgeKeys');
    expect(citationOf(page.text, 'c')).toMatch(/^citation: \{\s+verb: c\.verb,\s+paragraph: c\.paragraph,\s+context: c\.context,\s+source: c\.source,\s+sources: coalesce\(c\.sources, \[\]\),\s+mentions: c\.mentions\s+\}$/);
  });

  it('replays the exact text from the name, with or without resolution keys', () => {
    const q = withRowKeys(page, { resolution: new Set(['title']), resolutionByVariable: { t: new Set(['title']) }, citationByVariable: { c: new Set(['verb']), d: new Set() } });
    expect(q.name).toBe('resolution/page#title;t=title#edge:c=verb;d=');
    expect(cypherByName(q.name).text).toBe(q.text);
    const whole = withRowKeys(page, { citationByVariable: { b: new Set(['source']) } });
    expect(whole.name).toBe('resolution/page#edge:b=source');
    expect(cypherByName(whole.name).text).toBe(whole.text);
  });

  it('refuses a variable the query does not project, and ignores keys outside the fragment', () => {
    expect(() => withRowKeys(page, { citationByVariable: { x: new Set(['verb']) } })).toThrow(/projects no citation as "x"/);
    expect(() => cypherByName('resolution/page#edge:c')).toThrow(/is not variable=keys/);
    const q = withRowKeys(page, { citationByVariable: { c: new Set(['verb', 'x}) DETACH DELETE c //']) } });
    expect(q.text).not.toContain('DETACH');
    expect(q.name).toBe('resolution/page#edge:c=verb');
  });

  it('keeps the edgeKeys form of $$CITATION for the queries that take the keys as a parameter', () => {
    const citations = cypher('resolution/citations~cites').text;
    expect(citations).toMatch(/citation: CASE WHEN size\(edgeKeys\) = 0 THEN null ELSE \{\s+verb: CASE WHEN 'verb' IN edgeKeys THEN c\.verb END,/);
    expect(citations).toContain("sources: CASE WHEN 'sources' IN edgeKeys THEN coalesce(c.sources, []) END");
  });
});
