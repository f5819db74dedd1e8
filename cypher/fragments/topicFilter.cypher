// The topic list's filter, written once: true when the topic named by a query's TOPIC_FILTER placeholder is of $kind and
// the name part of its key (normaliseTopicName: no case, accents or punctuation) contains one of $nameContains, the
// name in the same form and its apostrophe-free spelling; null: no constraint.
($kind IS NULL OR $$VAR.kind = $kind)
  AND ($nameContains IS NULL OR ANY(part IN $nameContains WHERE substring($$VAR.key, size($$VAR.kind) + 1) CONTAINS part))
