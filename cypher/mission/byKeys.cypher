// The missions with these keys (unknown keys give no row).
UNWIND $keys AS k
MATCH (m:Mission {key: k})
RETURN $$MISSION_COLUMNS(m)
