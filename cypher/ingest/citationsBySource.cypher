// Citation edges by preferred source, and by every source that gave them, for the ingest summary.
MATCH ()-[c:CITES]->()
UNWIND c.sources AS s
RETURN c.source AS preferred, s AS source, count(*) AS count
