// Which of the newly added resolutions $numbers match $filter (the ResolutionFilter of resolutionAdded), in number order.
MATCH (r:Resolution)
WHERE r.number IN $numbers
  AND ($filter.year IS NULL OR r.year = $filter.year)
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
RETURN r.number AS number
ORDER BY number
