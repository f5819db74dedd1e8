// How many resolutions match the Lucene query $query and pass $filter, counted up to $cap + 1 (the caller
// reports $cap and "not exact" beyond it).
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
WITH r
LIMIT toInteger($cap) + 1
RETURN count(r) AS total
