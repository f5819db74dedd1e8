// Drops what the run's resolutions were said to do to missions and sanctions regimes, so a re-run rewrites them from the texts.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})-[e:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES|RENEWS|MEASURE]->(t)
WHERE t:Mission OR t:SanctionsRegime
DELETE e
