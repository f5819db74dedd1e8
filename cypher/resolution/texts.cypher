// The full text of each of these resolutions (null when we have none).
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
RETURN n AS number, r.text AS text
