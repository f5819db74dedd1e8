// One page of search hits, written once: a CALL subquery on the list named by a query's SEARCH_PAGE placeholder
// (Lucene's matches as {r, score}, best first), returning `hits`. The first $window matches (all when null) are
// ordered by score descending, citedByCount descending (a tie-break only: it orders scores within 5% of each
// other, a difference Lucene's scores do not resolve), number.
CALL ($$VAR) {
  UNWIND $$VAR[0..coalesce(toInteger($window), size($$VAR))] AS hit
  WITH hit.r AS r, hit.score AS score
  ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({score: score, resolution: $$RESOLUTION(r)}) AS hits
}
