// One page of search hits, written once: a CALL subquery on the list named by a query's SEARCH_PAGE placeholder
// (Lucene's matches as {r, score}, best first), returning `hits`. The first $window matches (all when null) are
// ordered by score descending, citedByCount descending (a tie-break only: it orders scores within 5% of each
// other, a difference Lucene's scores do not resolve), number. Among the first $citedAmong matches (0: none),
// each match gains 1/$citedAmong of its score for every other of them that cites it: follow-ups that match
// the same words recall the resolution they build on. Query-dependent and bounded (at most x2); a fixed
// $citedAmong, not the page's window, so every page of one query sees the same order.
CALL ($$VAR) {
  WITH $$VAR AS found, [h IN $$VAR[0..toInteger($citedAmong)] | h.r] AS near
  UNWIND found[0..coalesce(toInteger($window), size(found))] AS hit
  WITH near, hit.r AS r, hit.score AS textScore
  WITH r, CASE WHEN r IN near THEN textScore * (1 + toFloat(COUNT { (c:Resolution)-[:CITES]->(r) WHERE c IN near }) / $citedAmong) ELSE textScore END AS score
  ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({score: score, resolution: $$RESOLUTION(r)}) AS hits
}
