// The current data version: the highest Dataset version, 0 while no ingest has changed the graph.
OPTIONAL MATCH (d:Dataset)
RETURN coalesce(max(d.version), 0) AS version
