// One page of the resolutions whose title, text or symbol matches the Lucene query $query, with no filter
// beyond what $query holds itself (years and dates, as a dayKey range), and `total`: how many of Lucene's
// top-$candidates came back (the caller asks for $cap + 1 candidates when it wants the count, so the one walk
// counts the matches up to its cap; with fewer, the count is exact only when fewer than $candidates came).
// Lucene returns its candidates by score; the first $window of them (the page, a margin for ties, and at least
// the $citedAmong whose citations rank) are ordered as cypher/fragments/searchPage.cypher says.
CALL db.index.fulltext.queryNodes('resolution_search', $query, {limit: toInteger($candidates)}) YIELD node AS r, score
WITH collect({r: r, score: score}) AS found
$$SEARCH_PAGE(found)
RETURN size(found) AS total, hits
