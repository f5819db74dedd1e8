// The $limit most cited resolutions: by citations received, then number.
MATCH (r:Resolution)
WITH r, coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }) AS value
ORDER BY value DESC, r.number
LIMIT toInteger($limit)
RETURN value, r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
