// Every resolution and its outgoing citations, the input of the influence (PageRank) computation.
MATCH (r:Resolution)
OPTIONAL MATCH (r)-[:CITES]->(t:Resolution)
RETURN r.number AS number, collect(t.number) AS cites
