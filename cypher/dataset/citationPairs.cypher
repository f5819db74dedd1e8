// Every citation (from, to) with an end among $numbers: compared before and after an ingest to find new edges.
MATCH (a:Resolution)-[:CITES]->(b:Resolution)
WHERE a.number IN $numbers OR b.number IN $numbers
RETURN a.number AS from, b.number AS to
