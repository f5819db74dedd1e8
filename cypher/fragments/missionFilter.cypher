// The mission list's filter, written once: true when the mission named by a query's MISSION_FILTER placeholder matches
// $kind, $nameContains (lower-cased; name or acronym) and $year (some resolution of that year acts on it); null: no constraint.
($kind IS NULL OR $$VAR.kind = $kind)
  AND ($nameContains IS NULL OR toLower($$VAR.name) CONTAINS $nameContains OR toLower(coalesce($$VAR.acronym, '')) CONTAINS $nameContains)
  AND ($year IS NULL OR EXISTS { (r:Resolution)-[:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->($$VAR) WHERE r.year = $year })
