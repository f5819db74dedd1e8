// One page of the resolutions matching $filter, in the order $order names (a total order: ties by number).
MATCH (r:Resolution)
WHERE $$RESOLUTION_FILTER(r)
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
RETURN $$RESOLUTION(r) AS resolution
