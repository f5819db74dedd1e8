// For each of these topic keys: how many resolutions it has, its first and last year, and resolutions per year.
UNWIND $keys AS key
MATCH (:Topic {key: key})<-[:HAS_TOPIC]-(r:Resolution)
WITH key, r.year AS year, count(r) AS count
ORDER BY key, year
RETURN key, sum(count) AS resolutionCount, min(year) AS firstYear, max(year) AS lastYear,
       collect({ year: year, count: count }) AS perYear
