// Links resolutions to their topics; for the kinds this run knows, links to topics no longer listed are removed.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
CALL (r, row) {
  OPTIONAL MATCH (r)-[h:HAS_TOPIC]->(t:Topic)
  WHERE t.kind IN row.kinds AND NOT t.key IN [x IN row.topics | x.key]
  DELETE h
}
CALL (r, row) {
  UNWIND row.topics AS topic
  MERGE (t:Topic {key: topic.key})
  SET t.name = topic.name, t.kind = topic.kind
  MERGE (r)-[:HAS_TOPIC]->(t)
}
