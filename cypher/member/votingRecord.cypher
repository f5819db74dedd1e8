// One page of member $code's votes, by resolution number, optionally only one $vote and a year range;
// with the total across pages.
MATCH (:Member {code: $code})-[s:SAT_ON]->(r:Resolution)
WHERE ($vote IS NULL OR s.vote = $vote)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH s, r ORDER BY r.number
WITH collect({ s: s, r: r }) AS everything
UNWIND everything[toInteger($skip) .. toInteger($skip + $limit)] AS row
WITH everything, row.s AS s, row.r AS r
RETURN size(everything) AS total, s.vote AS vote, s.permanent AS permanent, r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
