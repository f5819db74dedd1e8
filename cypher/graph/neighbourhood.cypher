// The seeds $numbers and the resolutions they cite (`graph/neighbourhood~cites`), that cite them (`~citedBy`)
// or linked to them either way (`~either`) within $$MAX_DEPTH steps, each with its distance from the nearest
// seed: seeds first, then by distance, then number; at most $limit nodes, and whether more exist. Each node is
// the Resolution row's columns (loaders/graph.ts cuts them to what a GraphNode shows; its id, label, inDegree and
// outDegree are those columns renamed by the resolver), not a projection of its own.
UNWIND $numbers AS n
MATCH (seed:Resolution {number: n})
MATCH p = (seed)$$ARROW_LEFT[:CITES*0..$$MAX_DEPTH]$$ARROW_RIGHT(x:Resolution)
WITH x, min(length(p)) AS distance
ORDER BY distance, x.number
WITH collect({distance: distance, x: x}) AS everything
UNWIND everything[0..toInteger($limit)] AS entry
WITH size(everything) > $limit AS truncated, entry.distance AS distance, entry.x AS x
RETURN truncated, distance, $$RESOLUTION_COLUMNS(x)
