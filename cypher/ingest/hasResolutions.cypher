// Whether the graph holds any resolution yet: an empty graph gets the default corpus at start.
OPTIONAL MATCH (r:Resolution)
WITH r LIMIT 1
RETURN r IS NOT NULL AS loaded
