// Writes what a resolution does to a mission's mandate: one ESTABLISHES, EXTENDS, MODIFIES or TERMINATES edge per resolution, mission and action.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MATCH (m:Mission {key: row.mission})
CALL (r, m, row) {
  WITH r, m, row WHERE row.action = 'ESTABLISHES'
  MERGE (r)-[e:ESTABLISHES]->(m)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
  UNION
  WITH r, m, row WHERE row.action = 'EXTENDS'
  MERGE (r)-[e:EXTENDS]->(m)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
  UNION
  WITH r, m, row WHERE row.action = 'MODIFIES'
  MERGE (r)-[e:MODIFIES]->(m)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
  UNION
  WITH r, m, row WHERE row.action = 'TERMINATES'
  MERGE (r)-[e:TERMINATES]->(m)
  SET e.until = row.until, e.period = row.period, e.paragraph = row.paragraph, e.context = row.context
}
