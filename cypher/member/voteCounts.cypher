// For each of these members: on how many resolutions it sat, and how it voted on them.
UNWIND $codes AS code
MATCH (:Member {code: code})-[s:SAT_ON]->(:Resolution)
RETURN code, count(s) AS total,
       count(CASE s.vote WHEN 'yes' THEN 1 END) AS yes,
       count(CASE s.vote WHEN 'no' THEN 1 END) AS no,
       count(CASE s.vote WHEN 'abstain' THEN 1 END) AS abstain,
       count(CASE s.vote WHEN 'non-voting' THEN 1 END) AS nonVoting
