// One citation edge's own properties, written once, one `key: expression` a line. Two placeholders put it for the
// relationship they name (src/db/CypherQuery.ts): `CITATION(c)` reads only the properties listed in the variable
// `edgeKeys` the query has in scope (the loader key's `edgeKeys`), null when that list is empty and a property left
// out null, never read; `CITATION_CUT(c)` is a map of the keys a request chose for `c` in the text (all when none were
// chosen), null when it chose none (a position of resolution/page, whose edge keys are in its name).
verb: $$VAR.verb
paragraph: $$VAR.paragraph
context: $$VAR.context
source: $$VAR.source
sources: coalesce($$VAR.sources, [])
mentions: $$VAR.mentions
