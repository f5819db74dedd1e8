// How many resolutions match $filter.
MATCH (r:Resolution)
WHERE $$RESOLUTION_FILTER(r)
RETURN count(r) AS total
