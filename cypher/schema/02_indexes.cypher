// Range indexes for the filters the API offers, and full-text indexes (English analyzer) for search.
CREATE INDEX resolution_year IF NOT EXISTS FOR (r:Resolution) ON (r.year);
CREATE INDEX resolution_date IF NOT EXISTS FOR (r:Resolution) ON (r.date);
CREATE INDEX resolution_symbol IF NOT EXISTS FOR (r:Resolution) ON (r.symbol);
CREATE INDEX topic_name IF NOT EXISTS FOR (t:Topic) ON (t.name);
CREATE INDEX meeting_number IF NOT EXISTS FOR (m:Meeting) ON (m.number);
// Resolutions are searched in title, text, symbol ("S/RES/1718 (2006)": a number or year typed in a query
// finds the resolution it names), agenda item and the library's subject headings (`subjectText`); `dayKey`
// ("20110317") lets year and date filters run inside Lucene as ranges, so filtered pages are Lucene's top-k
// too. The older index without these fields is dropped.
DROP INDEX resolution_fulltext IF EXISTS;
CREATE FULLTEXT INDEX resolution_search IF NOT EXISTS FOR (r:Resolution) ON EACH [r.title, r.text, r.symbol, r.agenda, r.subjectText, r.dayKey]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
// Plain-words queries (src/search/plainQuery.ts) run on a second index of the same fields and `citedAs`, how later
// resolutions cite each one, which ranks them; Lucene-syntax queries keep `resolution_search`, so an unfielded
// term never matches a resolution through another one's words.
CREATE FULLTEXT INDEX resolution_ranked IF NOT EXISTS FOR (r:Resolution) ON EACH [r.title, r.text, r.symbol, r.agenda, r.subjectText, r.dayKey, r.citedAs]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
// Paragraphs carry their resolution's number as a string (`resolutionKey`), so a snippet query asks Lucene for
// the page's resolutions only; the older index without it is dropped.
DROP INDEX paragraph_fulltext IF EXISTS;
CREATE FULLTEXT INDEX paragraph_search IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text, p.resolutionKey]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
