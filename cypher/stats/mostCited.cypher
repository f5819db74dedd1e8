// The $limit most cited resolutions: by citations received, then number.
MATCH (r:Resolution)
WITH r, coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }) AS value
ORDER BY value DESC, r.number
LIMIT toInteger($limit)
RETURN value, $$RESOLUTION(r) AS resolution
