// One page of the resolutions matching $filter, in the order $order names (a total order: ties by number).
MATCH (r:Resolution)
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
WITH r,
  CASE $order
    WHEN 'NUMBER_DESC' THEN -r.number
    WHEN 'DATE_ASC' THEN coalesce(r.date.year * 10000 + r.date.month * 100 + r.date.day, r.year * 10000)
    WHEN 'DATE_DESC' THEN -coalesce(r.date.year * 10000 + r.date.month * 100 + r.date.day, r.year * 10000)
    WHEN 'CITED_BY_DESC' THEN -coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() })
    WHEN 'INFLUENCE_DESC' THEN -coalesce(r.influence, 0.0)
    ELSE r.number
  END AS sortKey,
  CASE WHEN $order IN ['NUMBER_DESC', 'DATE_DESC'] THEN -r.number ELSE r.number END AS tieKey
ORDER BY sortKey, tieKey
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
