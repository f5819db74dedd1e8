// One page of the meetings matching $filter, by date ascending (undated last), ties by number, then symbol.
MATCH (m:Meeting)
WHERE ($filter.year IS NULL OR m.date.year = $filter.year)
  AND ($filter.dateFrom IS NULL OR m.date >= date($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR m.date <= date($filter.dateTo))
  AND ($filter.topic IS NULL
    OR toLower(m.agenda) = $filter.agenda
    OR EXISTS { (r:Resolution)-[:ADOPTED_AT]->(m) WHERE EXISTS { (r)-[:HAS_TOPIC]->(t:Topic) WHERE t.key IN ['agenda:' + $filter.topic, 'subject:' + $filter.topic, 'site:' + $filter.topic] } })
WITH m ORDER BY m.date IS NULL, m.date, m.number, m.symbol
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN $$MEETING(m) AS meeting
