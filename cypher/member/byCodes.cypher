// The members with these codes (unknown codes give no row).
UNWIND $codes AS code
MATCH (m:Member {code: code})
RETURN m { .code, .name, .permanent, years: coalesce(m.years, []) } AS member
