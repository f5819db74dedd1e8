// The missions with these keys (unknown keys give no row).
UNWIND $keys AS k
MATCH (m:Mission {key: k})
RETURN m.key AS key, m.acronym AS acronym, m.name AS name, m.kind AS kind
