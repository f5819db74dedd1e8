// One page of topics (optionally one $kind, optionally names containing $nameContains), most resolutions
// first, then by name and kind.
MATCH (t:Topic)
WHERE $$TOPIC_FILTER(t)
WITH t, COUNT { (t)<-[:HAS_TOPIC]-(:Resolution) } AS resolutionCount
ORDER BY resolutionCount DESC, t.name, t.kind
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN $$TOPIC(t) AS topic, resolutionCount
