// Each regime's resolutions: every ESTABLISHES, RENEWS or MODIFIES edge into it, oldest first.
UNWIND $keys AS k
MATCH (r:Resolution)-[e:ESTABLISHES|RENEWS|MODIFIES]->(s:SanctionsRegime {key: k})
RETURN k AS key, r.number AS resolution, type(e) AS action, toString(e.until) AS until, e.period AS period, e.paragraph AS paragraph, e.context AS context
ORDER BY k, r.number, CASE type(e) WHEN 'ESTABLISHES' THEN 0 WHEN 'RENEWS' THEN 1 ELSE 2 END
