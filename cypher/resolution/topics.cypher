// The topics of each of these resolutions, by kind then name: one row per resolution found, its `topics` the
// topics subquery's. $withTopics is true.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
$$RESOLUTION_TOPICS(r)
RETURN n AS resolution, topics
