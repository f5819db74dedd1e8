// How many missions match $kind, $nameContains and $year (as mission/list filters them).
MATCH (m:Mission)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($nameContains IS NULL OR toLower(m.name) CONTAINS $nameContains OR toLower(coalesce(m.acronym, '')) CONTAINS $nameContains)
  AND ($year IS NULL OR EXISTS { (r:Resolution)-[:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m) WHERE r.year = $year })
RETURN count(m) AS total
