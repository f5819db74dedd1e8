// One page of the resolutions whose title or text matches the Lucene query $query and that pass $filter:
// by score descending, then number.
CALL db.index.fulltext.queryNodes('resolution_fulltext', $query) YIELD node AS r, score
WHERE $$RESOLUTION_FILTER(r)
WITH r, score
ORDER BY score DESC, r.number
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
