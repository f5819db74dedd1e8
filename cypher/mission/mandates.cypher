// Each mission's mandate timeline: every resolution acting on it, oldest first (establishment before other actions of the same resolution).
UNWIND $keys AS k
MATCH (r:Resolution)-[e:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m:Mission {key: k})
RETURN k AS key, r.number AS resolution, $$ACTION_COLUMNS(e)
ORDER BY k, r.number, CASE type(e) WHEN 'ESTABLISHES' THEN 0 WHEN 'EXTENDS' THEN 1 WHEN 'MODIFIES' THEN 2 ELSE 3 END
