// Which of the newly added resolutions $numbers match $filter (the ResolutionFilter of resolutionAdded), in number order.
MATCH (r:Resolution)
WHERE r.number IN $numbers
  AND $$RESOLUTION_FILTER(r)
RETURN r.number AS number
ORDER BY number
