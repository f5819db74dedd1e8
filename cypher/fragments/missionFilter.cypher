// The mission list's filter, written once: true when the mission named by a query's MISSION_FILTER placeholder matches
// $kind, $nameContains and $year (some resolution of that year acts on it); null: no constraint. $nameContains.keys are
// the text in topic-key form and its apostrophe-free spelling, matched in the name's key form (no case, accents or
// punctuation: "cote d'ivoire" and "cote d ivoire" find "Côte d’Ivoire"); $nameContains.lower, the text lower-cased, matched in the acronym, and in the name of a store ingested
// before missions had nameKey.
($kind IS NULL OR $$VAR.kind = $kind)
  AND ($nameContains IS NULL
    OR ($$VAR.nameKey IS NOT NULL AND ANY(k IN $nameContains.keys WHERE $$VAR.nameKey CONTAINS k))
    OR ($$VAR.nameKey IS NULL AND toLower($$VAR.name) CONTAINS $nameContains.lower)
    OR toLower(coalesce($$VAR.acronym, '')) CONTAINS $nameContains.lower)
  AND ($year IS NULL OR EXISTS { (r:Resolution)-[:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->($$VAR) WHERE r.year = $year })
