/**
 * The benchmark workloads: one GraphQL operation each, with a few variants (different resolutions,
 * search terms or years) that every connection cycles through, so no contender answers one hot row.
 * `neo4jGraphql` is the equivalent operation against the @neo4j/graphql contender, or null when it
 * has no equivalent (see docs/performance.md for what differs).
 */
export interface Workload {
  id: string;
  title: string;
  query: string;
  variants: Array<Record<string, unknown>>;
  neo4jGraphql: { query: string; variants: Array<Record<string, unknown>> } | null;
}

const SEEDS = [2396, 2734, 2610, 2560, 2002];
const SEARCHES = ['terrorism', 'peacekeeping operation', '"humanitarian assistance"', 'sanctions AND Iraq', 'ceasefire'];
const YEARS = [1993, 2005, 2008, 2014, 2017];

export const WORKLOADS: Workload[] = [
  {
    id: 'nested',
    title: 'resolution + cites (+ their cites) + citedBy + topics + composition',
    query: `query Nested($n: Int!) {
  resolution(number: $n) {
    number symbol title date
    topics { name kind }
    composition { member { code name } vote permanent }
    cites(first: 20) { totalCount edges { verb paragraph context source node { number title cites(first: 20) { edges { node { number title } } } } } }
    citedBy(first: 20) { totalCount edges { verb source node { number title } } }
  }
}`,
    variants: SEEDS.map((n) => ({ n })),
    neo4jGraphql: {
      query: `query Nested($n: Int!) {
  resolutions(where: { number: { eq: $n } }) {
    number symbol title date
    topics { name kind }
    compositionConnection { edges { properties { vote permanent } node { code name } } }
    citesConnection(first: 20, sort: [{ node: { number: ASC } }]) {
      totalCount
      edges { properties { verb paragraph context source } node { number title cites(limit: 20, sort: [{ number: ASC }]) { number title } } }
    }
    citedByConnection(first: 20, sort: [{ node: { number: ASC } }]) { totalCount edges { properties { verb source } node { number title } } }
  }
}`,
      variants: SEEDS.map((n) => ({ n })),
    },
  },
  {
    id: 'search',
    title: 'top-20 full-text search with snippets',
    query: `query Search($q: String!) {
  search(query: $q, first: 20) {
    totalCount
    edges { node { score resolution { number symbol title year } snippets { ref text highlights { start end } } } }
  }
}`,
    variants: SEARCHES.map((q) => ({ q })),
    neo4jGraphql: {
      query: `query Search($q: String!) {
  resolutionsFulltext(phrase: $q, first: 20, sort: [{ score: DESC }]) { totalCount edges { score node { number symbol title year } } }
}`,
      variants: SEARCHES.map((q) => ({ q })),
    },
  },
  {
    id: 'searchPlain',
    title: 'top-20 full-text search: number, title and score only',
    query: `query SearchPlain($q: String!) {
  search(query: $q, first: 20) { edges { node { score resolution { number title } } } }
}`,
    variants: SEARCHES.map((q) => ({ q })),
    neo4jGraphql: {
      query: `query SearchPlain($q: String!) {
  resolutionsFulltext(phrase: $q, first: 20, sort: [{ score: DESC }]) { edges { score node { number title } } }
}`,
      variants: SEARCHES.map((q) => ({ q })),
    },
  },
  {
    id: 'chain3',
    title: 'citationChain, depth 3',
    query: `query Chain($n: Int!) {
  citationChain(number: $n, direction: CITES, maxDepth: 3) { totalCount truncated entries { distance resolution { number title year } } }
}`,
    variants: SEEDS.map((n) => ({ n })),
    neo4jGraphql: {
      query: `query Chain($n: Int!) {
  citationChain3(number: $n) { number title year }
}`,
      variants: SEEDS.map((n) => ({ n })),
    },
  },
  {
    id: 'graph2',
    title: 'citationGraph, depth 2, limit 500',
    query: `query Graph($n: Int!) {
  citationGraph(numbers: [$n], direction: BOTH, depth: 2, limit: 500) {
    truncated
    nodes { id number label year mainTopic inDegree outDegree influence distance }
    edges { id source target verb }
  }
}`,
    variants: SEEDS.map((n) => ({ n })),
    neo4jGraphql: null,
  },
  {
    id: 'list50',
    title: '50 resolutions with topics and composition',
    query: `query List($y: Int!) {
  resolutions(filter: { year: $y }, first: 50) {
    totalCount
    edges { node { number title topics { name kind } composition { member { code } vote permanent } } }
  }
}`,
    variants: YEARS.map((y) => ({ y })),
    neo4jGraphql: {
      query: `query List($y: Int!) {
  resolutions(where: { year: { eq: $y } }, limit: 50, sort: [{ number: ASC }]) {
    number title
    topics { name kind }
    compositionConnection { edges { properties { vote permanent } node { code } } }
  }
}`,
      variants: YEARS.map((y) => ({ y })),
    },
  },
];
