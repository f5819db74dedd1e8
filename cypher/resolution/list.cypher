// One page of the resolutions matching $filter, in the order $order names (a total order: ties by number), with how
// many match in all and, when $withTopics / $withComposition say so, each one's topics and Council seats (the rows
// the topics and composition loaders are primed with), in one statement. $years bounds the year (the filter's own
// bounds, or the whole span) so that both matches start from the year index rather than every resolution; the
// page is sorted and cut before anything is projected. Always one row: `page` is empty past the end.
CALL () {
  MATCH (r:Resolution)
  WHERE r.year >= $years.from AND r.year <= $years.to AND $$RESOLUTION_FILTER(r)
  RETURN count(r) AS total
}
CALL () {
  MATCH (r:Resolution)
  WHERE r.year >= $years.from AND r.year <= $years.to AND $$RESOLUTION_FILTER(r)
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
  $$RESOLUTION_TOPICS(r)
  $$RESOLUTION_SEATS(r)
  WITH r, topics, composition ORDER BY sortKey, tieKey
  RETURN collect({ resolution: $$RESOLUTION(r), topics: topics, composition: composition }) AS page
}
RETURN total, page
