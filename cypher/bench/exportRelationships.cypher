// Ingest floor: every relationship of one type with the keys of its ends and all its properties.
MATCH (a)-[r]->(b)
WHERE type(r) = $type
RETURN a[$fromKey] AS from, b[$toKey] AS to, properties(r) AS props
ORDER BY from, to
