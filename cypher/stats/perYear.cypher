// Resolutions adopted per year, by year.
MATCH (r:Resolution)
RETURN r.year AS year, count(r) AS count
ORDER BY year
