// How many sanctions regimes there are.
MATCH (s:SanctionsRegime)
RETURN count(s) AS total
