// The topics with these keys, in the order of $keys (the caller's preference); unknown keys give no row.
UNWIND range(0, size($keys) - 1) AS i
MATCH (t:Topic {key: $keys[i]})
RETURN i, t.key AS key, t.name AS name, t.kind AS kind
ORDER BY i
