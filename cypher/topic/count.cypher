// How many topics match $kind and $nameContains.
MATCH (t:Topic)
WHERE ($kind IS NULL OR t.kind = $kind)
  AND ($nameContains IS NULL OR toLower(t.name) CONTAINS $nameContains)
RETURN count(t) AS total
