// Links resolutions to their topics; for the kinds this run knows, links to topics no longer listed are removed.
// A topic keeps every source form it was given (sorted) and the display name of the best-ranked form so far.
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
  WITH r, t, topic, coalesce(t.nameRank, '~') > topic.nameRank AS better,
       COLLECT { UNWIND coalesce(t.sourceNames, []) + topic.sourceNames AS s WITH DISTINCT s RETURN s ORDER BY s } AS sourceNames
  SET t.kind = topic.kind,
      t.sourceNames = sourceNames,
      t.name = CASE WHEN better THEN topic.name ELSE t.name END,
      t.nameRank = CASE WHEN better THEN topic.nameRank ELSE t.nameRank END
  MERGE (r)-[:HAS_TOPIC]->(t)
}
