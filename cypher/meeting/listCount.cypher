// How many meetings match $filter (the filter of meeting/list.cypher).
MATCH (m:Meeting)
WHERE ($filter.year IS NULL OR m.date.year = $filter.year)
  AND ($filter.dateFrom IS NULL OR m.date >= date($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR m.date <= date($filter.dateTo))
  AND ($filter.topic IS NULL
    OR toLower(m.agenda) = $filter.agenda
    OR EXISTS { (r:Resolution)-[:ADOPTED_AT]->(m) WHERE EXISTS { (r)-[:HAS_TOPIC]->(t:Topic) WHERE t.key IN ['agenda:' + $filter.topic, 'subject:' + $filter.topic, 'site:' + $filter.topic] } })
RETURN count(m) AS total
