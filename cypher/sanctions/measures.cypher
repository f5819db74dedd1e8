// Each regime's measures: what each resolution imposes, extends, lifts or modifies under it, oldest first.
UNWIND $keys AS k
MATCH (r:Resolution)-[e:MEASURE]->(s:SanctionsRegime {key: k})
RETURN k AS key, r.number AS resolution, e.measure AS measure, e.action AS action, e.paragraph AS paragraph, e.context AS context
ORDER BY k, r.number, e.measure, e.action
