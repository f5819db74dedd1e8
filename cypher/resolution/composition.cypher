// Who sat on the Council for each of these resolutions, with their votes: permanent members first, then by code.
// A seat's member leaves out its years on the Council (a list as long as its terms; Member.terms loads them by code).
UNWIND $numbers AS n
MATCH (m:Member)-[s:SAT_ON]->(:Resolution {number: n})
RETURN n AS resolution, m { .code, .name, .permanent } AS member,
       s.vote AS vote, coalesce(s.permanent, m.permanent) AS permanent, s.voteSource AS voteSource
ORDER BY n, permanent DESC, m.code
