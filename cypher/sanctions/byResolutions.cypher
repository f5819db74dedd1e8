// What each of these resolutions does to sanctions regimes (not counting MEASURE edges, which sanctions/measures gives).
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})-[e:ESTABLISHES|RENEWS|MODIFIES]->(s:SanctionsRegime)
RETURN n AS resolution, $$REGIME_COLUMNS(s), $$ACTION_COLUMNS(e)
ORDER BY n, toInteger(split(e.paragraph, ' ')[1]), s.key
