// One page of each resolution's citations, by the number at the other end, with the edge properties and the
// total: loaded as `resolution/citations~cites` (the earlier resolutions it cites) or `~citedBy` (the later
// resolutions citing it). Keys are {number, offset, limit, edgeKeys}; one row per key, in any order.
// Sorting reads only the other ends' numbers; only the page's edges and resolutions are projected, and an edge
// reads only the properties its key's edgeKeys list (none: citation is null): context strings dominate the bytes.
UNWIND $keys AS key
MATCH (r:Resolution {number: key.number})
CALL (r, key) {
  MATCH (r)$$ARROW_LEFT[c:CITES]$$ARROW_RIGHT(t:Resolution)
  WITH c, t ORDER BY t.number
  WITH collect({c: c, t: t}) AS ordered
  CALL (ordered, key) {
    UNWIND ordered[toInteger(key.offset) .. toInteger(key.offset + key.limit)] AS pair
    WITH pair.c AS c, pair.t AS t, key.edgeKeys AS edgeKeys
    RETURN collect({
      citation: $$CITATION(c),
      resolution: $$RESOLUTION(t)
    }) AS items
  }
  RETURN size(ordered) AS total, items
}
RETURN key.number AS number, key.offset AS offset, key.limit AS limit, key.edgeKeys AS edgeKeys, total, items
