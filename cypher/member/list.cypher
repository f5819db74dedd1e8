// Council members, permanent ones first, then by code: every member or only those with the $codes given (null: no
// such restriction; unknown codes give no row), optionally only permanent (or elected) ones and only those that sat
// in $year. The one Member projection: the member list and the by-code loader both read it.
MATCH (m:Member)
WHERE ($codes IS NULL OR m.code IN $codes)
  AND ($permanent IS NULL OR m.permanent = $permanent)
  AND ($year IS NULL OR $year IN m.years)
RETURN m { .code, .name, .permanent, years: coalesce(m.years, []) } AS member
ORDER BY m.permanent DESC, m.code
