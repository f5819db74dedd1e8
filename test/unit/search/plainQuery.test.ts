import { isPlainQuery, RANKING, readPlainQuery } from '../../../src/search/plainQuery';
import { aliasesOf } from '../../../src/search/nameAliases';

describe('plain-words queries', () => {
  it('tells plain words from documented Lucene syntax', () => {
    for (const q of ['Libya no-fly zone protection of civilians', 'Congo: Belgian troops', "Da'esh attacks", 'sanctions and Iraq', 'HIV/AIDS', 'S/RES/1718 (2006)', 'S/RES/1718(2006) sanctions', 'resolution 1325 (2000)']) {
      expect(isPlainQuery(q)).toBe(true);
    }
    for (const q of ['"no-fly zone"', 'sanctions AND Iraq', 'terror*', 'sanctons~', 'title:korea', '-taliban decides', '+decides', '(a b)', 'a^2', '/reg/', 'a || b', 'text:/terror.*/', 'HIV/AIDS (2000)', 'aids /hiv/']) {
      expect(isPlainQuery(q)).toBe(false);
    }
  });

  it('searches every name the alias table knows for a country, longest name first', () => {
    expect(aliasesOf('libya')).toEqual(['libya', 'libyan', 'libyan arab jamahiriya']);
    const q = readPlainQuery('North Korea nuclear test')!;
    expect(q.lucene).toContain(`text:(("north korea" OR dprk OR "democratic people's republic of korea" OR "korean peninsula") nuclear test)`);
    expect(q.terms).toEqual(expect.arrayContaining([{ kind: 'phrase', value: 'north korea', field: null }, { kind: 'word', value: 'dprk', field: null }]));
    expect(readPlainQuery('US embassy')!.lucene).toContain('(usa OR "united states")');
  });

  it('searches a peace operation by its acronym and by the name the Council writes out, either way round', () => {
    expect(aliasesOf('undof')).toEqual(['undof', 'united nations disengagement observer force']);
    expect(readPlainQuery('UNDOF mandate')!.lucene).toContain('text:((undof OR "united nations disengagement observer force") mandate)');
    expect(readPlainQuery('United Nations Interim Force in Lebanon')!.lucene).toContain('text:(("united nations interim force in lebanon" OR unifil))');
    expect(readPlainQuery('ECOWAS mediation')!.lucene).toContain('text:((ecowas OR "economic community of west african states") mediation)');
    expect(readPlainQuery('Osama bin Laden')!.lucene).toContain('text:((osama OR usama) bin laden)');
  });

  it('gives every name one group: a name in two groups would find only the last one\'s names', () => {
    const names = ['undof', 'unifil', 'unficyp', 'libya', 'ceasefire', 'israel', 'monuc', 'monusco', 'unmis', 'unmiss'];
    for (const name of names) expect(aliasesOf(name)![0]).toBe(name);
    // Every name of every group finds that same group back.
    for (const name of names) for (const other of aliasesOf(name)!) expect(new Set(aliasesOf(other))).toEqual(new Set(aliasesOf(name)));
  });

  it('searches a compound in both the Council\'s spellings, and each alias clause once', () => {
    expect(readPlainQuery('cease-fire Kashmir')!.lucene).toContain('text:(("cease fire" OR ceasefire) kashmir)');
    expect(readPlainQuery('peacekeeping Cyprus')!.lucene).toContain('text:((peacekeeping OR "peace keeping") (cyprus OR cypriot))');
    // "timor-leste" and "timor leste" are the same phrase: one clause, not a match scored twice.
    expect(readPlainQuery('East Timor')!.lucene).toContain('text:(("east timor" OR "timor leste"))');
  });

  it('boosts titles, all words and numbers in the symbol, and drops stop words', () => {
    const q = readPlainQuery('the no-fly zone over Libya in 2011')!.lucene;
    expect(q).toContain(`title:(`);
    expect(q).toContain(`^${RANKING.title}`);
    expect(q).toContain(`(+"no fly" +zone +over +(libya OR libyan OR "libyan arab jamahiriya"))^${RANKING.allWords}`);
    expect(q).toContain(`symbol:("res 2011")^${RANKING.symbol}`);
    expect(q).not.toMatch(/\bthe\b|\bin\b/);
    expect(readPlainQuery('the of and')).toBeNull();
  });

  it('leaves out the clauses whose weight is 0, and adds phrase and window boosts of neighbouring words when weighted', () => {
    const none = { ...RANKING, title: 0, meta: 0, citedAs: 0, allWords: 0, pair: 0, window: 0, symbol: 0, year: 0 };
    expect(readPlainQuery('arms embargo 1977', none)!.lucene).toBe('text:(arms embargo)');
    expect(readPlainQuery('arms embargo 1977', { ...none, yearInText: true })!.lucene).toBe('text:(arms embargo 1977)');
    const pairs = readPlainQuery('mandatory arms embargo', { ...none, pair: 0.1, window: 0.05 })!.lucene;
    expect(pairs).toBe('text:(mandatory arms embargo) OR "mandatory arms"~1^0.1 OR "mandatory arms"~8^0.05 OR "arms embargo"~1^0.1 OR "arms embargo"~8^0.05');
  });

  it('favours the resolutions of a year or decade named in the query, without needing it in the text or matching by it alone', () => {
    const none = { ...RANKING, title: 0, citedAs: 0, allWords: 0, symbol: 0 };
    expect(readPlainQuery('armistice 1948', none)!.lucene).toBe(`+(text:(armistice)) (dayKey:[19480101 TO 19481231])^${RANKING.year}`);
    expect(readPlainQuery('sanctions in the 1990s', none)!.lucene).toBe(`+(text:(sanctions)) (dayKey:[19900101 TO 19991231])^${RANKING.year}`);
    // Not a year of the Council: a number only (resolution 1718's symbol is "S/RES/1718 (2006)").
    expect(readPlainQuery('resolution 1718 1850s', { ...none, symbol: 2 })!.lucene).toBe('text:(resolution 1718 1850s) OR symbol:("res 1718")^2');
    // Only years: searched as words too, so the query still finds something.
    expect(readPlainQuery('1973', none)!.lucene).toBe(`+(text:(1973)) (dayKey:[19730101 TO 19731231])^${RANKING.year}`);
  });

  it('ranks by how later resolutions cite a resolution, never finds one by it alone', () => {
    const none = { ...RANKING, title: 0, allWords: 0, symbol: 0, year: 0 };
    expect(readPlainQuery('all necessary means', none)!.lucene).toBe(`+(text:(all necessary means)) citedAs:(all necessary means)^${RANKING.citedAs}`);
    // Beside the year: both rank only what the required group found.
    expect(readPlainQuery('UNIFIL 1978', { ...none, year: 2 })!.lucene).toBe(
      `+(text:((unifil OR "united nations interim force in lebanon"))) citedAs:((unifil OR "united nations interim force in lebanon"))^${RANKING.citedAs} (dayKey:[19780101 TO 19781231])^2`,
    );
  });

  it('finds British "-ise" spellings in the "-ize" form, and US spellings in the UK form', () => {
    expect(readPlainQuery('criminalise', { ...RANKING, title: 0, citedAs: 0 })!.lucene).toBe('text:((criminalise OR criminalize))');
    expect(readPlainQuery('terrorism financing', { ...RANKING, title: 0, citedAs: 0, allWords: 0 })!.lucene).toBe('text:(terrorism financing)');
    expect(readPlainQuery('defense', { ...RANKING, title: 0, citedAs: 0 })!.lucene).toBe('text:((defense OR defence))');
  });
});
