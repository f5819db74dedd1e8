// The `$filter` block, written once: true when the resolution named by a query's RESOLUTION_FILTER placeholder passes every
// given filter ($filter holds every key; null means no constraint; see ResolutionFilterParams). A topic is found by
// $filter.topicKeys, its keys of every kind, built once by toFilterParams (withTopicFallback has already put the
// spelling without the spaces that stood for apostrophes when the name as written names no topic).
($filter.year IS NULL OR $$VAR.year = $filter.year)
  AND ($filter.yearFrom IS NULL OR $$VAR.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR $$VAR.year <= $filter.yearTo)
  AND ($filter.dateFrom IS NULL OR $$VAR.date >= date($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR $$VAR.date <= date($filter.dateTo))
  AND ($filter.hasText IS NULL OR coalesce($$VAR.hasText, $$VAR.text IS NOT NULL) = $filter.hasText)
  AND ($filter.unanimous IS NULL OR $$VAR.unanimous = $filter.unanimous)
  AND ($filter.chapterVII IS NULL OR $$VAR.chapterVII = $filter.chapterVII)
  AND ($filter.topicKeys IS NULL OR EXISTS { ($$VAR)-[:HAS_TOPIC]->(t:Topic) WHERE t.key IN $filter.topicKeys })
  AND ($filter.topicKey IS NULL OR EXISTS { ($$VAR)-[:HAS_TOPIC]->(:Topic {key: $filter.topicKey}) })
  AND ($filter.member IS NULL OR EXISTS { (:Member {code: $filter.member})-[:SAT_ON]->($$VAR) })
  AND ($filter.voteMember IS NULL OR EXISTS { (:Member {code: $filter.voteMember})-[s:SAT_ON]->($$VAR) WHERE s.vote = $filter.vote })
  AND ($filter.cites IS NULL OR EXISTS { ($$VAR)-[:CITES]->(:Resolution {number: $filter.cites}) })
  AND ($filter.citedBy IS NULL OR EXISTS { (:Resolution {number: $filter.citedBy})-[:CITES]->($$VAR) })
  AND ($filter.mission IS NULL OR EXISTS { ($$VAR)-[:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m:Mission) WHERE toUpper(m.acronym) = $filter.mission OR toUpper(m.key) = $filter.mission })
