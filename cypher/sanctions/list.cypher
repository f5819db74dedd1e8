// One page of sanctions regimes, by the number of the resolution that set up their committee.
MATCH (s:SanctionsRegime)
RETURN $$REGIME_COLUMNS(s)
ORDER BY toInteger(s.key)
SKIP toInteger($skip) LIMIT toInteger($limit)
