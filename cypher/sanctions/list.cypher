// One page of sanctions regimes, by the number of the resolution that set up their committee.
MATCH (s:SanctionsRegime)
RETURN s.key AS key, s.name AS name, s.target AS target
ORDER BY toInteger(s.key)
SKIP toInteger($skip) LIMIT toInteger($limit)
