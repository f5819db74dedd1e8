// How many relationships of each type, for the ingest summary.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
