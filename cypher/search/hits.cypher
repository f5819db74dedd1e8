// One page of the resolutions whose title, text or symbol matches the Lucene query $query and that pass
// $filter: by score descending, then citedByCount descending (a tie-break only: it orders scores within 5%
// of each other, a difference Lucene's scores do not resolve), then number. Every match is walked to filter
// it; unfiltered searches use hitsTopK.cypher.
CALL db.index.fulltext.queryNodes('resolution_search', $query) YIELD node AS r, score
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
WITH r, score
ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN score, r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
