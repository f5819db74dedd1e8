// Keys the graph relies on: one node per resolution number, meeting symbol, member code, topic key.
CREATE CONSTRAINT resolution_number IF NOT EXISTS FOR (r:Resolution) REQUIRE r.number IS UNIQUE;
CREATE CONSTRAINT meeting_symbol IF NOT EXISTS FOR (m:Meeting) REQUIRE m.symbol IS UNIQUE;
CREATE CONSTRAINT member_code IF NOT EXISTS FOR (m:Member) REQUIRE m.code IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (t:Topic) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (p:Paragraph) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT mission_key IF NOT EXISTS FOR (m:Mission) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT sanctions_regime_key IF NOT EXISTS FOR (s:SanctionsRegime) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT dataset_version IF NOT EXISTS FOR (d:Dataset) REQUIRE d.version IS UNIQUE;
CREATE CONSTRAINT pending_citation_key IF NOT EXISTS FOR (p:PendingCitation) REQUIRE p.key IS UNIQUE;
