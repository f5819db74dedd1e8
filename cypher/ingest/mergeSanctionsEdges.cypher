// Writes what a resolution does to a sanctions regime: one ESTABLISHES, RENEWS or MODIFIES edge per resolution, regime and action.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MATCH (s:SanctionsRegime {key: row.regime})
CALL (r, s, row) {
  WITH r, s, row WHERE row.action = 'ESTABLISHES'
  MERGE (r)-[e:ESTABLISHES]->(s)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
  UNION
  WITH r, s, row WHERE row.action = 'RENEWS'
  MERGE (r)-[e:RENEWS]->(s)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
  UNION
  WITH r, s, row WHERE row.action = 'MODIFIES'
  MERGE (r)-[e:MODIFIES]->(s)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
}
