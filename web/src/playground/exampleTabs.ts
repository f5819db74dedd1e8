// The tabs GraphiQL opens with on first visit (later visits restore the user's own tabs from localStorage).
// A unit test validates every query here against schema/*.graphql.
export interface ExampleTab {
  query: string;
  variables?: string;
}

export const exampleTabs: ExampleTab[] = [
  {
    query: `# Full-text search (Lucene syntax) with highlighted paragraph snippets and facets.
query Search {
  search(query: "\\"foreign terrorist fighters\\"", first: 5) {
    totalCount
    facets { decades { label count } }
    edges {
      node {
        score
        resolution { number symbol title date }
        snippets(limit: 2) { ref text highlights { start end } }
      }
    }
  }
}
`,
  },
  {
    query: `# Every resolution that 2396 cites, directly or through others, within two steps.
query Chain {
  citationChain(number: 2396, direction: CITES, maxDepth: 2) {
    totalCount
    truncated
    entries { distance resolution { number symbol title } }
  }
}
`,
  },
  {
    query: `# The shortest citation paths from a later resolution to an earlier one, with the citing verbs.
query Path {
  citationPaths(from: 2396, to: 1373, maxDepth: 4, limit: 5) {
    length
    nodes { number symbol }
    edges { source target verb paragraph }
  }
}
`,
  },
  {
    query: `# The citation neighbourhood of 2396 as nodes and edges, ready for a graph library.
query Graph {
  citationGraph(numbers: [2396], direction: BOTH, depth: 1, limit: 100) {
    truncated
    nodes { id label year mainTopic inDegree outDegree influence distance }
    edges { source target verb }
  }
}
`,
  },
  {
    query: `# One resolution with its votes, composition, topics and citations.
query Resolution {
  resolution(number: 2396) {
    symbol
    title
    date
    meeting { symbol }
    votes { modality yes no abstain }
    composition { member { code name } vote permanent }
    topics { name kind }
    cites(first: 50) { totalCount edges { verb paragraph node { number } } }
    citedBy(first: 50) { totalCount edges { verb node { number } } }
  }
}
`,
  },
];
