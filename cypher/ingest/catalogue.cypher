// Which resolutions the graph already holds, with the year (to check cited years) and the provenance to extend.
MATCH (r:Resolution)
RETURN r.number AS number, r.year AS year, r.provenance AS provenance
