// What each of these resolutions does to sanctions regimes (not counting MEASURE edges, which sanctions/measures gives).
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})-[e:ESTABLISHES|RENEWS|MODIFIES]->(s:SanctionsRegime)
RETURN n AS resolution, s.key AS key, s.name AS name, s.target AS target, type(e) AS action,
  toString(e.until) AS until, e.paragraph AS paragraph, e.context AS context
ORDER BY n, toInteger(split(e.paragraph, ' ')[1]), s.key
