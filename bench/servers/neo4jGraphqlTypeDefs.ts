/**
 * docs/graph-model.md as @neo4j/graphql v7 type definitions: the schema a user of that library would
 * write for our graph. No APOC is needed: nothing here uses the features that call it (the
 * `@cypher` field below is plain Cypher, and mutations/authorization are not exercised).
 * The depth-3 chain has no generated equivalent, so it is a `@cypher` query with the same meaning as
 * ours (distinct resolutions within 3 CITES steps, by number).
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Resolution
    @node
    @fulltext(indexes: [{ indexName: "resolution_fulltext", fields: ["title", "text"], queryName: "resolutionsFulltext" }]) {
    number: Int!
    symbol: String
    date: Date
    year: Int
    title: String
    agenda: String
    text: String
    hasText: Boolean
    mainTopic: String
    citesCount: Int
    citedByCount: Int
    influence: Float
    topics: [Topic!]! @relationship(type: "HAS_TOPIC", direction: OUT)
    composition: [Member!]! @relationship(type: "SAT_ON", direction: IN, properties: "SatOn")
    cites: [Resolution!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
    citedBy: [Resolution!]! @relationship(type: "CITES", direction: IN, properties: "Cites")
  }

  type Cites @relationshipProperties {
    verb: String
    paragraph: String
    context: String
    source: String
  }

  type SatOn @relationshipProperties {
    vote: String
    permanent: Boolean
    voteSource: String
  }

  type Topic @node {
    key: String!
    name: String!
    kind: String!
  }

  type Member @node {
    code: String!
    name: String
    permanent: Boolean
  }

  type Query {
    citationChain3(number: Int!): [Resolution!]!
      @cypher(
        statement: """
        MATCH (:Resolution {number: $number})-[:CITES*1..3]->(x:Resolution)
        WITH DISTINCT x
        ORDER BY x.number
        LIMIT 2000
        RETURN x
        """
        columnName: "x"
      )
  }
`;
