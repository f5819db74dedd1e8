// Writes the measures a resolution imposes, extends, lifts or modifies under a regime: one MEASURE edge per resolution, regime, measure and action.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MATCH (s:SanctionsRegime {key: row.regime})
MERGE (r)-[e:MEASURE {measure: row.measure, action: row.action}]->(s)
SET e.paragraph = row.paragraph, e.context = row.context
