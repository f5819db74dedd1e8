// Upserts sanctions regimes by key: the number of the resolution that set up the regime's committee.
UNWIND $rows AS row
MERGE (s:SanctionsRegime {key: row.key})
SET s.name = row.name, s.target = row.target
