// How many topics match $kind and $nameContains.
MATCH (t:Topic)
WHERE $$TOPIC_FILTER(t)
RETURN count(t) AS total
