// The Resolution row, written once. A query names this fragment with its RESOLUTION placeholder where it projects a resolution;
// each line below is one key of that map, and a request reads only the keys its selection needs
// (`number` and `year` always). The full text is never read here: `Resolution.text` loads it on demand.
number: $$VAR.number
year: $$VAR.year
symbol: $$VAR.symbol
date: $$VAR.date
title: $$VAR.title
agenda: $$VAR.agenda
mainTopic: $$VAR.mainTopic
draft: $$VAR.draft
adoptionNote: $$VAR.adoptionNote
undlRecord: $$VAR.undlRecord
modality: $$VAR.modality
votesYes: $$VAR.votesYes
votesNo: $$VAR.votesNo
votesAbstain: $$VAR.votesAbstain
votesNonVoting: $$VAR.votesNonVoting
unanimous: $$VAR.unanimous
chapterVII: $$VAR.chapterVII
hasText: coalesce($$VAR.hasText, $$VAR.text IS NOT NULL)
sponsors: coalesce($$VAR.sponsors, [])
citesCount: coalesce($$VAR.citesCount, COUNT { ($$VAR)-[:CITES]->() })
citedByCount: coalesce($$VAR.citedByCount, COUNT { ($$VAR)<-[:CITES]-() })
influence: coalesce($$VAR.influence, 0.0)
