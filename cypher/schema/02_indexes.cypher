// Range indexes for the filters the API offers, and full-text indexes (English analyzer) for search.
CREATE INDEX resolution_year IF NOT EXISTS FOR (r:Resolution) ON (r.year);
CREATE INDEX resolution_date IF NOT EXISTS FOR (r:Resolution) ON (r.date);
CREATE INDEX resolution_symbol IF NOT EXISTS FOR (r:Resolution) ON (r.symbol);
CREATE INDEX topic_name IF NOT EXISTS FOR (t:Topic) ON (t.name);
CREATE INDEX meeting_number IF NOT EXISTS FOR (m:Meeting) ON (m.number);
CREATE FULLTEXT INDEX resolution_fulltext IF NOT EXISTS FOR (r:Resolution) ON EACH [r.title, r.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX paragraph_fulltext IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
