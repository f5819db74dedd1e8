// One citation edge's own properties, written once: the map a query's CITATION placeholder puts for the relationship
// it names, reading only the properties listed in the variable `edgeKeys` the query has in scope (the loader key's
// `edgeKeys`). Null when the list is empty; a property left out is null (`sources` []), never read.
CASE WHEN size(edgeKeys) = 0 THEN null ELSE {
  verb: CASE WHEN 'verb' IN edgeKeys THEN $$VAR.verb END,
  paragraph: CASE WHEN 'paragraph' IN edgeKeys THEN $$VAR.paragraph END,
  context: CASE WHEN 'context' IN edgeKeys THEN $$VAR.context END,
  source: CASE WHEN 'source' IN edgeKeys THEN $$VAR.source END,
  sources: CASE WHEN 'sources' IN edgeKeys THEN coalesce($$VAR.sources, []) ELSE [] END,
  mentions: CASE WHEN 'mentions' IN edgeKeys THEN $$VAR.mentions END
} END
