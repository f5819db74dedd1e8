// How many resolutions match the Lucene query $query in the full-text index $index (no filter beyond what
// $query holds), counted by Lucene up to $cap + 1 (the caller reports $cap and "not exact" beyond it).
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($cap) + 1}) YIELD node AS r
RETURN count(r) AS total
