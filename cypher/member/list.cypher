// Every member, optionally only permanent (or elected) ones and only those that sat in $year:
// permanent members first, then by code.
MATCH (m:Member)
WHERE ($permanent IS NULL OR m.permanent = $permanent)
  AND ($year IS NULL OR $year IN m.years)
RETURN m { .code, .name, .permanent, years: coalesce(m.years, []) } AS member
ORDER BY m.permanent DESC, m.code
