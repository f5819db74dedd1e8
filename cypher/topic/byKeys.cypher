// Of the topics with these keys (one name, several kinds), the one with the most resolutions; ties go to
// the earlier key in $keys (the caller's preference). No row when none exists.
UNWIND range(0, size($keys) - 1) AS i
MATCH (t:Topic {key: $keys[i]})
WITH i, t, COUNT { (t)<-[:HAS_TOPIC]-(:Resolution) } AS resolutionCount
ORDER BY resolutionCount DESC, i
LIMIT 1
RETURN i, $$TOPIC(t) AS topic
