// One page of missions matching $kind, $nameContains (lower-cased) and $year (some resolution of that year acts on it), by acronym then key.
MATCH (m:Mission)
WHERE $$MISSION_FILTER(m)
RETURN $$MISSION_COLUMNS(m)
ORDER BY coalesce(m.acronym, m.name), m.key
SKIP toInteger($skip) LIMIT toInteger($limit)
