// How many resolutions match the Lucene query $query and pass $filter.
CALL db.index.fulltext.queryNodes('resolution_fulltext', $query) YIELD node AS r
WHERE $$RESOLUTION_FILTER(r)
RETURN count(r) AS total
