// The topics with these keys ("<kind>:<lower-cased name>"), one row each; an unknown key gives no row.
UNWIND $keys AS key
MATCH (t:Topic {key: key})
RETURN t.key AS key, t.name AS name, t.kind AS kind
