// The sanctions regimes with these keys (unknown keys give no row).
UNWIND $keys AS k
MATCH (s:SanctionsRegime {key: k})
RETURN $$REGIME_COLUMNS(s)
