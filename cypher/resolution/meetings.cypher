// The meeting that adopted each of these resolutions.
UNWIND $numbers AS n
MATCH (:Resolution {number: n})-[:ADOPTED_AT]->(m:Meeting)
RETURN n AS resolution, $$MEETING(m) AS meeting
