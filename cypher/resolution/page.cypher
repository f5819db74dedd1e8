// A resolution page in one statement, instead of three waves of loader queries: the resolution, its
// topics, its Council seats, one page of the resolutions it cites and of those citing it, and the first
// page of what each cited one cites in turn. Parts whose flag or limit is off come back empty. Orders,
// totals and projections are those of byNumbers, topics, composition, cites and citedBy, whose loaders
// the server primes with this row. No row for an unknown number.
MATCH (r:Resolution {number: $number})
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_TOPIC]->(t:Topic)
  WHERE $withTopics
  WITH t ORDER BY t.kind, t.name
  RETURN collect(t { .key, .name, .kind }) AS topics
}
CALL (r) {
  OPTIONAL MATCH (m:Member)-[s:SAT_ON]->(r)
  WHERE $withComposition
  WITH m, s, coalesce(s.permanent, m.permanent) AS permanent
  ORDER BY permanent DESC, m.code
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {
    member: m { .code, .name, .permanent, years: coalesce(m.years, []) },
    vote: s.vote, permanent: permanent, voteSource: s.voteSource
  } END) AS composition
}
CALL (r) {
  OPTIONAL MATCH (r)-[c:CITES]->(t:Resolution)
  WHERE $cites.limit > 0
  WITH c, t ORDER BY t.number
  WITH collect(CASE WHEN t IS NULL THEN null ELSE {
    citation: c { .verb, .paragraph, .context, .source, sources: coalesce(c.sources, []), .mentions },
    resolution: t {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(t.hasText, t.text IS NOT NULL),
  sponsors: coalesce(t.sponsors, []),
  citesCount: coalesce(t.citesCount, COUNT { (t)-[:CITES]->() }),
  citedByCount: coalesce(t.citedByCount, COUNT { (t)<-[:CITES]-() }),
  influence: coalesce(t.influence, 0.0)
}
  } END) AS everything
  RETURN size(everything) AS citesTotal,
         everything[toInteger($cites.offset) .. toInteger($cites.offset + $cites.limit)] AS cites
}
CALL (r) {
  OPTIONAL MATCH (r)<-[c:CITES]-(t:Resolution)
  WHERE $citedBy.limit > 0
  WITH c, t ORDER BY t.number
  WITH collect(CASE WHEN t IS NULL THEN null ELSE {
    citation: c { .verb, .paragraph, .context, .source, sources: coalesce(c.sources, []), .mentions },
    resolution: t {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(t.hasText, t.text IS NOT NULL),
  sponsors: coalesce(t.sponsors, []),
  citesCount: coalesce(t.citesCount, COUNT { (t)-[:CITES]->() }),
  citedByCount: coalesce(t.citedByCount, COUNT { (t)<-[:CITES]-() }),
  influence: coalesce(t.influence, 0.0)
}
  } END) AS everything
  RETURN size(everything) AS citedByTotal,
         everything[toInteger($citedBy.offset) .. toInteger($citedBy.offset + $citedBy.limit)] AS citedBy
}
CALL (cites) {
  UNWIND CASE WHEN $nestedCites.limit > 0 THEN cites ELSE [] END AS item
  MATCH (x:Resolution {number: item.resolution.number})
  CALL (x) {
    OPTIONAL MATCH (x)-[c:CITES]->(t:Resolution)
    WITH c, t ORDER BY t.number
    RETURN collect(CASE WHEN t IS NULL THEN null ELSE {
      citation: c { .verb, .paragraph, .context, .source, sources: coalesce(c.sources, []), .mentions },
      resolution: t {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(t.hasText, t.text IS NOT NULL),
  sponsors: coalesce(t.sponsors, []),
  citesCount: coalesce(t.citesCount, COUNT { (t)-[:CITES]->() }),
  citedByCount: coalesce(t.citedByCount, COUNT { (t)<-[:CITES]-() }),
  influence: coalesce(t.influence, 0.0)
}
    } END) AS everything
  }
  RETURN collect({
    number: x.number, total: size(everything),
    items: everything[toInteger($nestedCites.offset) .. toInteger($nestedCites.offset + $nestedCites.limit)]
  }) AS nestedCites
}
RETURN r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution, topics, composition, citesTotal, cites, citedByTotal, citedBy, nestedCites
