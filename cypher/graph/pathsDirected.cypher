// The shortest CITES paths from $from down to $to (each step: a resolution citing an earlier one), at most
// $$MAX_DEPTH steps; ordered by the numbers along the path, at most $limit of them.
MATCH (a:Resolution {number: $from}), (b:Resolution {number: $to})
MATCH p = allShortestPaths((a)-[:CITES*1..$$MAX_DEPTH]->(b))
WITH p, [n IN nodes(p) | n.number] AS numbers
ORDER BY numbers
LIMIT toInteger($limit)
RETURN numbers,
       [rel IN relationships(p) | { source: startNode(rel).number, target: endNode(rel).number, verb: rel.verb, paragraph: rel.paragraph, context: rel.context }] AS edges
