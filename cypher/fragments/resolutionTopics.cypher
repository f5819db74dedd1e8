// A resolution's topics, written once: a CALL subquery on the resolution named by a query's RESOLUTION_TOPICS placeholder,
// returning `topics`, ordered by kind then name (empty when $withTopics is false). The topics loader's order.
CALL ($$VAR) {
  OPTIONAL MATCH ($$VAR)-[:HAS_TOPIC]->(t:Topic)
  WHERE $withTopics
  WITH t ORDER BY t.kind, t.name
  RETURN collect($$TOPIC(t)) AS topics
}
