// The topic list's filter, written once: true when the topic named by a query's TOPIC_FILTER placeholder is of $kind and
// its name contains $nameContains (lower-cased); null: no constraint.
($kind IS NULL OR $$VAR.kind = $kind)
  AND ($nameContains IS NULL OR toLower($$VAR.name) CONTAINS $nameContains)
