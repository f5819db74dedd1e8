import { describeCorpus } from '../../support/corpus';
import { corpusGraphql } from '../../support/corpusGraphql';

/**
 * `filter.topic` names a topic as a person writes it: merged topics (one per kind and normalised name) are found
 * whatever case, accents or punctuation the name is given in, like the forms the sources themselves used
 * (Topic.sourceNames). Before, the filter compared the lower-cased display name, so "cote d'ivoire" found nothing.
 */
describeCorpus('filter.topic on the real corpus', () => {
  const { app, gql } = corpusGraphql();
  /** The totalCount of a connection filtered by `topic`: the resolution or meeting list, or a search for "security". */
  const totalOf = async (connection: 'resolutions' | 'meetings' | 'search', topic: string) => {
    const args = connection === 'search' ? 'query: "security", filter: { topic: $topic }' : 'filter: { topic: $topic }';
    const { data } = await gql(`query T($topic: String!) { ${connection}(${args}, first: 1) { totalCount } }`, { topic });
    return (data[connection] as { totalCount: number }).totalCount;
  };
  const count = (topic: string) => totalOf('resolutions', topic);
  const topicResolutions = async (key: string) => {
    const { data } = await gql('query K($key: ID!) { topic(key: $key) { name sourceNames resolutions(first: 1) { totalCount } } }', { key });
    return data.topic as { name: string; sourceNames: string[]; resolutions: { totalCount: number } };
  };

  it.each([
    ['subject:cote divoire', ["Côte d'Ivoire", "COTE D'IVOIRE", "cote d'ivoire", 'Cote dIvoire', 'cote d ivoire', 'Côte d’ Ivoire']],
    ['agenda:international tribunal rwanda', ['International Tribunal — Rwanda', 'INTERNATIONAL TRIBUNAL--RWANDA', 'international tribunal rwanda']],
  ])('%s: every written form of the name finds the topic’s resolutions', async (key, forms) => {
    const topic = await topicResolutions(key);
    expect(topic.resolutions.totalCount).toBeGreaterThan(0);
    expect(topic.sourceNames.length).toBeGreaterThan(0);
    // The filter takes any kind, so the same name as an agenda item and as a subject term may add resolutions.
    const byDisplayName = await count(topic.name);
    expect(byDisplayName).toBeGreaterThanOrEqual(topic.resolutions.totalCount);
    for (const form of [...forms, ...topic.sourceNames]) expect([form, await count(form)]).toEqual([form, byDisplayName]);
  });

  // Until 2026-12-03 the meeting list compared the name as written with a meeting's agenda lower-cased, accents kept:
  // "Côte d'Ivoire" found 107 meetings, "cote d'ivoire" 42 (those adopting a resolution with that topic). The agenda
  // is now compared in key form, so every written form finds the same meetings, more than the topic alone gives.
  it('the meeting list finds the same meetings for every written form of a name, agendas included', async () => {
    const byDisplayName = await totalOf('meetings', "Côte d'Ivoire");
    expect(byDisplayName).toBeGreaterThan(await totalOf('resolutions', "Côte d'Ivoire"));
    for (const form of ["cote d'ivoire", 'COTE D’IVOIRE', 'Cote dIvoire', 'cote d ivoire', 'COTE D IVOIRE', 'cote divoire']) {
      expect([form, await totalOf('meetings', form)]).toEqual([form, byDisplayName]);
    }
  });

  it('topic(name:), topics(nameContains:) and missions(nameContains:) take the same forms', async () => {
    for (const form of ["Côte d'Ivoire", 'cote d ivoire', 'COTE D’IVOIRE']) {
      const { data } = await gql(
        `query F($form: String!) {
          topic(name: $form) { key }
          topics(nameContains: $form, first: 100) { edges { node { key } } }
          missions(filter: { nameContains: $form }, first: 10) { edges { node { acronym } } } }`,
        { form },
      );
      const d = data as { topic: { key: string } | null; topics: { edges: Array<{ node: { key: string } }> }; missions: { edges: Array<{ node: { acronym: string } }> } };
      expect([form, d.topic?.key]).toEqual([form, 'subject:cote divoire']);
      expect(d.topics.edges.map((e) => e.node.key)).toContain('subject:cote divoire');
      expect(d.missions.edges.map((e) => e.node.acronym).sort()).toEqual(['MINUCI', 'UNOCI']);
    }
  });

  it('search takes the same fallback: a space written for an apostrophe finds what the key form finds', async () => {
    const byKeyForm = await totalOf('search', 'cote divoire');
    expect(byKeyForm).toBeGreaterThan(0);
    expect(await totalOf('search', 'cote d ivoire')).toBe(byKeyForm);
  });

  it('a name of no topic finds nothing, and a name without a letter or digit is BAD_USER_INPUT', async () => {
    expect(await count('no such topic anywhere')).toBe(0);
    for (const query of [
      '{ resolutions(filter: { topic: " -- " }, first: 1) { totalCount } }',
      '{ topics(nameContains: " -- ") { totalCount } }',
      '{ missions(filter: { nameContains: " -- " }) { totalCount } }',
    ]) {
      const res = await fetch(`${app().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect([query, body.errors?.[0]?.extensions?.code]).toEqual([query, 'BAD_USER_INPUT']);
    }
  });
});
