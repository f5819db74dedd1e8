// Ingest floor: derives citesCount and citedByCount for a batch of resolution numbers.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
SET r.citesCount = COUNT { (r)-[:CITES]->() }, r.citedByCount = COUNT { (r)<-[:CITES]-() }
