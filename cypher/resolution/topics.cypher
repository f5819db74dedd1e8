// The topics of each of these resolutions, by kind then name.
UNWIND $numbers AS n
MATCH (:Resolution {number: n})-[:HAS_TOPIC]->(t:Topic)
RETURN n AS resolution, t.key AS key, t.name AS name, t.kind AS kind
ORDER BY n, t.kind, t.name
