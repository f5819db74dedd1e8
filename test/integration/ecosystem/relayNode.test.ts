import type * as ApolloClientCore from '@apollo/client/core' with { 'resolution-mode': 'import' };
import { startApiApp, type ApiHarness } from '../../support/startApiApp';

// @apollo/client 3 ships ESM typings beside a CommonJS build (core.cjs); jest runs CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ApolloClient, HttpLink, InMemoryCache, gql } = require('@apollo/client/core') as typeof ApolloClientCore;

/**
 * Relay Global Object Identification on the API fixture: opaque IDs on every entity, `node` and
 * `nodes`, and a real client cache (Apollo Client's InMemoryCache, default settings: no typePolicies,
 * no keyFields) merging what two overlapping queries say about the same objects.
 */
describe('Relay Node: global IDs, node(id:), nodes(ids:)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  type Ids = {
    resolution: { id: string; number: number; meeting: { id: string; symbol: string }; topics: Array<{ id: string; key: string }>; composition: Array<{ member: { id: string; code: string } }> };
  };
  const ids = () =>
    api.data<Ids>('{ resolution(number: 2396) { id number meeting { id symbol } topics { id key } composition { member { id code } } } }');

  it('gives every entity an opaque ID that node(id:) fetches again as the same object', async () => {
    const { resolution } = await ids();
    const member = resolution.composition[0]!.member;
    const topic = resolution.topics[0]!;
    const entities: Array<[string, string, string]> = [
      [resolution.id, 'Resolution', '... on Resolution { number }'],
      [resolution.meeting.id, 'Meeting', '... on Meeting { symbol }'],
      [topic.id, 'Topic', '... on Topic { key }'],
      [member.id, 'Member', '... on Member { code }'],
    ];
    for (const [id, type] of entities) {
      // Opaque: no natural key in clear text.
      expect(id).not.toMatch(/2396|S\/PV|agenda|site:|CHN|FRA/);
      expect(id).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const { node } = await api.data<{ node: { __typename: string; id: string } }>(
        `query ($id: ID!) { node(id: $id) { __typename id ${entities.map((e) => e[2]).join(' ')} } }`,
        { id },
      );
      expect(node).toMatchObject({ __typename: type, id });
    }
    const again = await api.data<{ node: { number: number; title: string } }>('query ($id: ID!) { node(id: $id) { ... on Resolution { number title } } }', { id: resolution.id });
    expect(again.node.number).toBe(2396);
    const m = await api.data<{ node: { symbol: string; resolutions: Array<{ number: number }> } }>(
      'query ($id: ID!) { node(id: $id) { ... on Meeting { symbol resolutions { number } } } }',
      { id: resolution.meeting.id },
    );
    expect(m.node).toEqual({ symbol: 'S/PV.8148', resolutions: [{ number: 2396 }] });
    const ids4 = new Set(entities.map((e) => e[0]));
    expect(ids4.size).toBe(4);
  });

  it('answers nodes(ids:) in order, with null for unknown IDs', async () => {
    const { resolution } = await ids();
    const unknownResolution = Buffer.from('Resolution:999999').toString('base64');
    const unknownMember = Buffer.from('Member:ZZZ').toString('base64');
    const { nodes } = await api.data<{ nodes: Array<{ __typename: string; id: string } | null> }>('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids: [resolution.meeting.id, unknownResolution, resolution.id, unknownMember, resolution.id],
    });
    expect(nodes).toEqual([
      { __typename: 'Meeting', id: resolution.meeting.id },
      null,
      { __typename: 'Resolution', id: resolution.id },
      null,
      { __typename: 'Resolution', id: resolution.id },
    ]);
    const single = await api.gql<{ node: null }>('query ($id: ID!) { node(id: $id) { id } }', { id: unknownResolution });
    expect(single).toEqual({ data: { node: null }, extensions: expect.anything() });
  });

  it('refuses malformed IDs and more than 100 IDs with BAD_USER_INPUT', async () => {
    const malformed = [
      'not base64!',
      '',
      Buffer.from('Resolution').toString('base64'),
      Buffer.from('Paragraph:2396').toString('base64'),
      Buffer.from('Resolution:abc').toString('base64'),
      Buffer.from('Resolution:2396').toString('base64url').replace(/=+$/, '') + '==',
      Buffer.from('Topic:nokind').toString('base64'),
      Buffer.from('__proto__:x').toString('base64'),
    ];
    for (const id of malformed) {
      const res = await api.gql('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argument).toBe('id');
    }
    const { resolution } = await ids();
    const many = Array.from({ length: 101 }, () => resolution.id);
    const tooMany = await api.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids', max: 100 } });
    const hundred = await api.data<{ nodes: unknown[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many.slice(0, 100) });
    expect(hundred.nodes).toHaveLength(100);
    const oneBad = await api.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [resolution.id, 'Zm9v'] });
    expect(oneBad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });

  it('lets Apollo Client InMemoryCache normalise two overlapping queries with no key configuration', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: `${api.app.url}/graphql`, fetch }), cache: new InMemoryCache() });
    // Query 1: a resolution page with its topics and the meeting.
    const page = await client.query<{ resolution: { id: string; title: string; topics: Array<{ id: string; name: string }>; meeting: { id: string } } }>({
      query: gql`
        {
          resolution(number: 2396) {
            id
            number
            title
            topics(kind: SITE) { id name }
            meeting { id symbol }
          }
        }
      `,
    });
    const resolutionId = page.data.resolution.id;
    // Query 2 overlaps: the same resolution reached through a citation, with fields query 1 did not ask,
    // and a topic's resolution count.
    const cited = await client.query<{ resolution: { citedBy: { edges: Array<{ node: { id: string } }> } } }>({
      query: gql`
        {
          resolution(number: 2178) {
            id
            citedBy(first: 50) { edges { node { id number year citedByCount } } }
          }
          topic(name: "Terrorism", kind: SITE) { id name resolutionCount }
        }
      `,
    });
    expect(cited.data.resolution.citedBy.edges.map((e) => e.node.id)).toContain(resolutionId);

    const store = client.cache.extract() as Record<string, Record<string, unknown>>;
    const key = `Resolution:${resolutionId}`;
    // One normalised entry for 2396 holding the fields of both queries.
    expect(store[key]).toMatchObject({ __typename: 'Resolution', id: resolutionId, number: 2396, year: 2017, title: page.data.resolution.title, citedByCount: expect.any(Number) });
    expect(Object.keys(store).filter((k) => k.startsWith('Resolution:') && store[k]!.number === 2396)).toEqual([key]);
    // The root field of query 1 and the edge of query 2 both point at it.
    expect((store.ROOT_QUERY!['resolution({"number":2396})'] as { __ref: string }).__ref).toBe(key);
    const terrorism = page.data.resolution.topics.find((t) => t.name === 'Terrorism')!;
    expect(store[`Topic:${terrorism.id}`]).toMatchObject({ name: 'Terrorism', resolutionCount: 4 });
    // A third query made only of fields already in the cache is answered without the network.
    const fromCache = client.readQuery<{ resolution: { number: number; year: number; citedByCount: number; title: string } }>({
      query: gql`
        {
          resolution(number: 2396) { id number title year citedByCount }
        }
      `,
    });
    expect(fromCache?.resolution).toMatchObject({ number: 2396, year: 2017, title: page.data.resolution.title });
    await client.clearStore();
    client.stop();
  });
});
