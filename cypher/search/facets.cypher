// Counts over every resolution matching $query (in the full-text index $index) and $filter: per year, per
// topic (agenda and site topics; the $topicLimit most frequent), and per member that sat on them.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS r
WHERE $$RESOLUTION_FILTER(r)
WITH collect(r) AS matched
CALL (matched) {
  UNWIND matched AS r
  WITH r.year AS year, count(*) AS count
  ORDER BY year
  RETURN collect({ value: year, count: count }) AS years
}
CALL (matched) {
  UNWIND matched AS r
  MATCH (r)-[:HAS_TOPIC]->(t:Topic)
  WHERE t.kind IN ['agenda', 'site']
  WITH t.name AS name, count(DISTINCT r) AS count
  ORDER BY count DESC, name
  LIMIT toInteger($topicLimit)
  RETURN collect({ value: name, count: count }) AS topics
}
CALL (matched) {
  UNWIND matched AS r
  MATCH (m:Member)-[:SAT_ON]->(r)
  WITH m.code AS code, m.name AS name, count(*) AS count
  ORDER BY count DESC, code
  RETURN collect({ value: code, label: name, count: count }) AS members
}
RETURN years, topics, members
