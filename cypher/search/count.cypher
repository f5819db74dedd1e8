// How many resolutions match the Lucene query $query and pass $filter, counted up to $cap + 1 (the caller
// reports $cap and "not exact" beyond it).
CALL db.index.fulltext.queryNodes('resolution_search', $query) YIELD node AS r
WHERE $$RESOLUTION_FILTER(r)
WITH r
LIMIT toInteger($cap) + 1
RETURN count(r) AS total
