// The SanctionsRegime row, written once: a query names this fragment with its REGIME placeholder (a map) or
// REGIME_COLUMNS (flat return columns) where it projects a sanctions regime; each line below is one key
// (loaders/missions.ts regimeRow). Always read whole.
key: $$VAR.key
name: $$VAR.name
target: $$VAR.target
