// The meeting list's $filter, written once: true when the meeting named by a query's MEETING_FILTER placeholder matches
// the year, the date range and the topic (its agenda in key form, $filter.agendaKeys: the name as written and its
// apostrophe-free spelling, so case, accents and punctuation do not count, as for topics; or a topic of a resolution
// adopted there: $filter.topicKeys, the resolution filter's keys, fallback included); null: no constraint. A store
// ingested before meetings had agendaKey compares the lower-cased agenda, as it did then.
($filter.year IS NULL OR $$VAR.date.year = $filter.year)
  AND ($filter.dateFrom IS NULL OR $$VAR.date >= date($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR $$VAR.date <= date($filter.dateTo))
  AND ($filter.topicKeys IS NULL
    OR $$VAR.agendaKey IN $filter.agendaKeys
    OR ($$VAR.agendaKey IS NULL AND toLower($$VAR.agenda) = $filter.agenda)
    OR EXISTS { (r:Resolution)-[:ADOPTED_AT]->($$VAR) WHERE EXISTS { (r)-[:HAS_TOPIC]->(t:Topic) WHERE t.key IN $filter.topicKeys } })
