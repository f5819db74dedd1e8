// For each of these members: on how many resolutions it sat, and how it voted on them.
UNWIND $codes AS code
MATCH (:Member {code: code})-[s:SAT_ON]->(:Resolution)
RETURN code, $$VOTES_COLUMNS(s)
