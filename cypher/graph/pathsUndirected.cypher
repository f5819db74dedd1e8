// The shortest citation paths between $from and $to whatever the direction of each CITES edge, at most
// $$MAX_DEPTH steps; ordered by the numbers along the path, at most $limit of them.
MATCH (a:Resolution {number: $from}), (b:Resolution {number: $to})
MATCH p = allShortestPaths((a)-[:CITES*1..$$MAX_DEPTH]-(b))
WITH p, [n IN nodes(p) | n.number] AS numbers
ORDER BY numbers
LIMIT toInteger($limit)
RETURN numbers,
       [rel IN relationships(p) | { source: startNode(rel).number, target: endNode(rel).number, verb: rel.verb, paragraph: rel.paragraph, context: rel.context }] AS edges
