// One page of the resolutions whose title, text or symbol matches the Lucene query $query and that pass
// $filter, and `total`: how many match (every match is walked to filter it, so the count comes with the page;
// unfiltered searches use hitsTopK.cypher). By score descending, then citedByCount descending (a tie-break
// only: it orders scores within 5% of each other, a difference Lucene's scores do not resolve), then number.
CALL db.index.fulltext.queryNodes('resolution_search', $query) YIELD node AS r, score
WHERE $$RESOLUTION_FILTER(r)
WITH collect({r: r, score: score}) AS found
CALL (found) {
  UNWIND found AS hit
  WITH hit.r AS r, hit.score AS score
  ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({score: score, resolution: $$RESOLUTION(r)}) AS hits
}
RETURN size(found) AS total, hits
