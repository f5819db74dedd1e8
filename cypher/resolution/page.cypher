// A resolution page in one statement, instead of three waves of loader queries: the resolution, its
// topics, its Council seats, one page of the resolutions it cites and of those citing it, and the first
// page of what each cited one cites in turn. Parts whose flag or limit is off come back empty. Orders,
// totals and projections are those of byNumbers, topics, composition, cites and citedBy, whose loaders
// the server primes with this row; pages are cut before anything is projected, and a page whose edges
// select no edge property reads none (citation is null), and one that selects some reads only those. No row
// for an unknown number.
// Each position projects its own resolution keys: `r` the page's resolution, `t` a cited one, `u` a citing
// one, `n` one cited by a cited one (loaders/prefetchResolutionPage.ts cuts each to what its position selects).
// The nested page runs on the cited node itself, within its page, and its total is the stored count. It rides on
// its cited item as flat fields, not a wrapper map: `nestedTotal`, `nested` (its resolutions in page order) and
// `nestedCitations` (their edges' maps in the same order, or empty when it selects no edge property: collect drops
// the nulls). Hundreds of nested items then cost one map each, not three.
// Each edge position reads the properties its page selects, chosen in the text (`$$CITATION_CUT`: `c` a cited
// one's edge, `b` a citing one's, `d` a nested one's; the literal null when it selects none): no `edgeKeys`
// list tested per row (docs/performance.md, wave 8).
MATCH (r:Resolution {number: $number})
$$RESOLUTION_TOPICS(r)
$$RESOLUTION_SEATS(r)
CALL (r) {
  MATCH (r)-[c:CITES]->(t:Resolution)
  WHERE $cites.limit > 0
  WITH c, t ORDER BY t.number SKIP toInteger($cites.offset) LIMIT toInteger($cites.limit)
  CALL (t) {
    MATCH (t)-[d:CITES]->(n:Resolution)
    WHERE $nestedCites.limit > 0
    WITH d, n ORDER BY n.number SKIP toInteger($nestedCites.offset) LIMIT toInteger($nestedCites.limit)
    RETURN collect($$RESOLUTION(n)) AS resolutions, collect($$CITATION_CUT(d)) AS citations
  }
  RETURN collect({
    citation: $$CITATION_CUT(c),
    resolution: $$RESOLUTION(t),
    nestedTotal: CASE WHEN $nestedCites.limit > 0 THEN coalesce(t.citesCount, COUNT { (t)-[:CITES]->(:Resolution) }) ELSE 0 END,
    nested: resolutions,
    nestedCitations: citations
  }) AS cites
}
CALL (r) {
  MATCH (r)<-[b:CITES]-(u:Resolution)
  WHERE $citedBy.limit > 0
  WITH b, u ORDER BY u.number SKIP toInteger($citedBy.offset) LIMIT toInteger($citedBy.limit)
  RETURN collect({
    citation: $$CITATION_CUT(b),
    resolution: $$RESOLUTION(u)
  }) AS citedBy
}
RETURN $$RESOLUTION(r) AS resolution, topics, composition,
  CASE WHEN $cites.limit > 0 THEN coalesce(r.citesCount, COUNT { (r)-[:CITES]->(:Resolution) }) ELSE 0 END AS citesTotal, cites,
  CASE WHEN $citedBy.limit > 0 THEN coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-(:Resolution) }) ELSE 0 END AS citedByTotal, citedBy
