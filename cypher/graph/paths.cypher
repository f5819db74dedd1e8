// The shortest citation paths between $from and $to, at most $$MAX_DEPTH steps: following each CITES edge
// from the citing resolution down to the cited one (`graph/paths~cites`), or whatever the direction of each
// edge (`~either`); ordered by the numbers along the path, at most $limit of them. Each edge's properties are
// the citation fragment's map of those $edgeKeys names.
MATCH (a:Resolution {number: $from}), (b:Resolution {number: $to})
MATCH p = allShortestPaths((a)$$ARROW_LEFT[:CITES*1..$$MAX_DEPTH]$$ARROW_RIGHT(b))
WITH p, [n IN nodes(p) | n.number] AS numbers
ORDER BY numbers
LIMIT toInteger($limit)
WITH p, numbers, $edgeKeys AS edgeKeys
RETURN numbers,
       [rel IN relationships(p) | { source: startNode(rel).number, target: endNode(rel).number, citation: $$CITATION(rel) }] AS edges
