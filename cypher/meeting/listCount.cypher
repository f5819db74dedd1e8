// How many meetings match $filter (the filter of meeting/list.cypher).
MATCH (m:Meeting)
WHERE $$MEETING_FILTER(m)
RETURN count(m) AS total
