// Each regime's resolutions: every ESTABLISHES, RENEWS or MODIFIES edge into it, oldest first.
UNWIND $keys AS k
MATCH (r:Resolution)-[e:ESTABLISHES|RENEWS|MODIFIES]->(s:SanctionsRegime {key: k})
RETURN k AS key, r.number AS resolution, $$ACTION_COLUMNS(e)
ORDER BY k, r.number, CASE type(e) WHEN 'ESTABLISHES' THEN 0 WHEN 'RENEWS' THEN 1 ELSE 2 END
