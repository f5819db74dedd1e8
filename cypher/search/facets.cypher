// Counts over every resolution matching $query and $filter: per year, per topic (agenda and site topics;
// the $topicLimit most frequent), and per member that sat on them.
CALL db.index.fulltext.queryNodes('resolution_search', $query) YIELD node AS r
WHERE ($filter.year IS NULL OR r.year = $filter.year)
  AND ($filter.yearFrom IS NULL OR r.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR r.year <= $filter.yearTo)
  AND ($filter.dateFrom IS NULL OR r.date >= date($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR r.date <= date($filter.dateTo))
  AND ($filter.hasText IS NULL OR coalesce(r.hasText, r.text IS NOT NULL) = $filter.hasText)
  AND ($filter.unanimous IS NULL OR r.unanimous = $filter.unanimous)
  AND ($filter.topic IS NULL OR EXISTS { (r)-[:HAS_TOPIC]->(t:Topic) WHERE toLower(t.name) = $filter.topic })
  AND ($filter.topicKey IS NULL OR EXISTS { (r)-[:HAS_TOPIC]->(:Topic {key: $filter.topicKey}) })
  AND ($filter.member IS NULL OR EXISTS { (:Member {code: $filter.member})-[:SAT_ON]->(r) })
  AND ($filter.voteMember IS NULL OR EXISTS { (:Member {code: $filter.voteMember})-[s:SAT_ON]->(r) WHERE s.vote = $filter.vote })
  AND ($filter.cites IS NULL OR EXISTS { (r)-[:CITES]->(:Resolution {number: $filter.cites}) })
  AND ($filter.citedBy IS NULL OR EXISTS { (:Resolution {number: $filter.citedBy})-[:CITES]->(r) })
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
