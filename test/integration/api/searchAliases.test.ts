import { describeCorpus } from '../../support/corpus';
import { corpusGraphql } from '../../support/corpusGraphql';

/**
 * A peace operation typed by its acronym finds the resolutions that write its name out in full: until 2026-12-03,
 * "UNDOF" found only the texts using the acronym, and none of the 1974 resolutions that set the force up and first
 * renewed it ("United Nations Disengagement Observer Force"). The count of the plain query must equal Lucene's own
 * union of the two names in the title and text, written in Lucene syntax (which is passed through unchanged, so it
 * is independent of the alias table).
 */
describeCorpus('search aliases for peace operations, other bodies and transliterations (real corpus)', () => {
  const { gql } = corpusGraphql();
  const total = async (query: string) => {
    const { data } = await gql('query($q: String!) { search(query: $q, first: 1) { totalCount } }', { q: query });
    return (data.search as { totalCount: number }).totalCount;
  };

  it.each([
    ['UNDOF', 'united nations disengagement observer force'],
    ['UNIFIL', 'united nations interim force in lebanon'],
    ['UNPROFOR', 'united nations protection force'],
    ['ECOWAS', 'economic community of west african states'],
    ['Osama', 'usama'],
  ])('%s finds what the acronym or the full name finds', async (acronym, name) => {
    const plain = await total(acronym);
    // Plain words search the title and the text (Lucene's unfielded terms also search symbol, agenda and subjects).
    const a = acronym.toLowerCase();
    const both = `(${a} OR ${name.includes(' ') ? `"${name}"` : name})`;
    const acronymOnly = await total(`text:${a} OR title:${a}`);
    const union = await total(`text:${both} OR title:${both}`);
    expect(plain).toBe(union);
    expect(plain).toBeGreaterThan(acronymOnly);
  });

  it('finds the resolution that established UNDOF, which names it only in full', async () => {
    const { data } = await gql('{ search(query: "UNDOF", filter: { year: 1974 }, first: 10) { edges { node { resolution { number } } } } }', {});
    const numbers = (data.search as { edges: Array<{ node: { resolution: { number: number } } }> }).edges.map((e) => e.node.resolution.number);
    expect(numbers).toContain(350);
  });
});
