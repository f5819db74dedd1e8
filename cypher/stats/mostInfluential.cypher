// The $limit resolutions with the highest PageRank (influence), then by number.
MATCH (r:Resolution)
WITH r, coalesce(r.influence, 0.0) AS value
ORDER BY value DESC, r.number
LIMIT toInteger($limit)
RETURN value, $$RESOLUTION(r) AS resolution
