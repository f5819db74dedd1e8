// Ingest floor: every node of one label with its key and all its properties, in key order.
MATCH (n)
WHERE $label IN labels(n)
RETURN n[$key] AS key, properties(n) AS props
ORDER BY key
