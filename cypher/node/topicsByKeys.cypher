// The topics with these keys ("<kind>:<lower-cased name>"), one row each; an unknown key gives no row.
UNWIND $keys AS key
MATCH (t:Topic {key: key})
RETURN $$TOPIC(t) AS topic
