// One page of the resolutions that match the Lucene query $query in the full-text index $index and that pass
// $filter, and `total`: how many match (every match is walked to filter it, so the count comes with the page;
// unfiltered searches use hitsTopK.cypher). Ordered as cypher/fragments/searchPage.cypher says ($window null:
// every match).
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS r, score
WHERE $$RESOLUTION_FILTER(r)
WITH collect({r: r, score: score}) AS found
$$SEARCH_PAGE(found)
RETURN size(found) AS total, hits
