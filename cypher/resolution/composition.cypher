// Who sat on the Council for each of these resolutions, with their votes: one row per resolution found, its
// `composition` the seats subquery's (permanent members first, then by code). $withComposition is true.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
$$RESOLUTION_SEATS(r)
RETURN n AS resolution, composition
