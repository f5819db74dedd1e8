// Stores the derived values of resolutions: citation counts both ways and influence (PageRank over CITES).
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
SET r.citesCount = row.citesCount, r.citedByCount = row.citedByCount, r.influence = row.influence
