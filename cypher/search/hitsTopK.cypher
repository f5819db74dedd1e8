// One page of the resolutions whose title, text or symbol matches the Lucene query $query, with no filter
// beyond what $query holds itself (years and dates, as a dayKey range), and `total`: how many of Lucene's
// top-$candidates came back (the caller asks for $cap + 1 candidates when it wants the count, so the one walk
// counts the matches up to its cap; with fewer, the count is exact only when fewer than $candidates came).
// Lucene returns its candidates by score; the first $window of them (the page and a margin for ties) are ordered
// by score descending, citedByCount descending (a tie-break only: it orders scores within 5% of each other, a
// difference Lucene's scores do not resolve), number.
CALL db.index.fulltext.queryNodes('resolution_search', $query, {limit: toInteger($candidates)}) YIELD node AS r, score
WITH collect({r: r, score: score}) AS found
CALL (found) {
  UNWIND found[0..toInteger($window)] AS hit
  WITH hit.r AS r, hit.score AS score
  ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({score: score, resolution: $$RESOLUTION(r)}) AS hits
}
RETURN size(found) AS total, hits
