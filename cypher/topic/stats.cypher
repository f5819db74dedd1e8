// For each of these topic keys: how many resolutions it has, its first and last year, resolutions per year, and the
// exact source forms of its name (topics stored before the forms were kept give their name).
UNWIND $keys AS key
MATCH (t:Topic {key: key})<-[:HAS_TOPIC]-(r:Resolution)
WITH key, t, r.year AS year, count(r) AS count
ORDER BY key, year
RETURN key, coalesce(t.sourceNames, [t.name]) AS sourceNames, sum(count) AS resolutionCount, min(year) AS firstYear,
       max(year) AS lastYear, collect({ year: year, count: count }) AS perYear
