// For each mission key, the keys of the missions it succeeds and of those that succeed it.
UNWIND $keys AS k
MATCH (m:Mission {key: k})
RETURN k AS key,
  COLLECT { MATCH (m)-[:SUCCEEDS]->(p:Mission) RETURN p.key ORDER BY p.key } AS succeeds,
  COLLECT { MATCH (m)<-[:SUCCEEDS]-(s:Mission) RETURN s.key ORDER BY s.key } AS succeededBy
