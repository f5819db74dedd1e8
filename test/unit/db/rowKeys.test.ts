import { cypher, cypherByName, withRowKeys } from '../../../src/db/CypherQuery';

describe('row projections cut to the selection', () => {
  it('reads a seat key only when selected, always the code, vote and flag, and names the keys', () => {
    const lean = withRowKeys(cypher('resolution/list'), { resolution: new Set(['title']), seat: new Set() });
    expect(lean.name).toBe('resolution/list#title#seat:');
    expect(lean.text).toContain('code: m.code,\n  vote: s.vote,\n  permanent: coalesce(s.permanent, m.permanent)\n}');
    expect(lean.text).not.toMatch(/m\.name|voteSource/);
    const named = withRowKeys(cypher('resolution/composition'), { seat: new Set(['voteSource', 'name', 'unknown']) });
    expect(named.name).toBe('resolution/composition#seat:name,voteSource');
    expect(named.text).toContain('name: m.name');
    expect(named.text).toContain('voteSource: s.voteSource');
    expect(named.text).not.toContain('memberPermanent');
  });

  it('keeps a row whole when its keys are null, and a traced name replays the exact text', () => {
    const full = cypher('resolution/page');
    expect(withRowKeys(full, { resolution: null, seat: null })).toBe(full);
    expect(full.text).toContain('memberPermanent: m.permanent');
    for (const q of [
      withRowKeys(cypher('resolution/list'), { resolution: new Set(['title']), seat: new Set() }),
      withRowKeys(cypher('resolution/list'), { resolution: new Set(), seat: new Set(['name']) }),
      withRowKeys(cypher('resolution/page'), { seat: new Set(['memberPermanent']) }),
      withRowKeys(cypher('resolution/byNumbers'), { resolution: new Set(['symbol']), seat: new Set(['name']) }),
    ]) {
      expect(cypherByName(q.name).text).toBe(q.text);
    }
  });
});
