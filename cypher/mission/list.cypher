// One page of missions matching $kind, $nameContains (lower-cased) and $year (some resolution of that year acts on it), by acronym then key.
MATCH (m:Mission)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($nameContains IS NULL OR toLower(m.name) CONTAINS $nameContains OR toLower(coalesce(m.acronym, '')) CONTAINS $nameContains)
  AND ($year IS NULL OR EXISTS { (r:Resolution)-[:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m) WHERE r.year = $year })
RETURN $$MISSION_COLUMNS(m)
ORDER BY coalesce(m.acronym, m.name), m.key
SKIP toInteger($skip) LIMIT toInteger($limit)
