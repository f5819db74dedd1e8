// One page of the resolutions that match the Lucene query $query in the full-text index $index, with no filter
// beyond what $query holds itself (years and dates, as a dayKey range), and `total`: how many of Lucene's
// top-$candidates came back (the caller asks for $cap + 1 candidates when it wants the count, so the one walk
// counts the matches up to its cap; with fewer, the count is exact only when fewer than $candidates came).
// Lucene returns its candidates by score; the first $window of them (the page and a margin for ties) are ordered
// as cypher/fragments/searchPage.cypher says.
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($candidates)}) YIELD node AS r, score
WITH collect({r: r, score: score}) AS found
$$SEARCH_PAGE(found)
RETURN size(found) AS total, hits
