// For each of these members: how it voted in each year, counted over the resolutions it sat on.
UNWIND $codes AS code
MATCH (:Member {code: code})-[s:SAT_ON]->(r:Resolution)
RETURN code, r.year AS year, count(s) AS total,
       count(CASE s.vote WHEN 'yes' THEN 1 END) AS yes,
       count(CASE s.vote WHEN 'no' THEN 1 END) AS no,
       count(CASE s.vote WHEN 'abstain' THEN 1 END) AS abstain,
       count(CASE s.vote WHEN 'non-voting' THEN 1 END) AS nonVoting
ORDER BY code, year
