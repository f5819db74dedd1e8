// A member's votes counted over the SAT_ON edges in scope, written once: a query names this fragment with its
// VOTES_COLUMNS placeholder (the edge variable) inside an aggregation; each line below is one column
// (loaders/member.ts vote count rows).
total: count($$VAR)
yes: count(CASE $$VAR.vote WHEN 'yes' THEN 1 END)
no: count(CASE $$VAR.vote WHEN 'no' THEN 1 END)
abstain: count(CASE $$VAR.vote WHEN 'abstain' THEN 1 END)
nonVoting: count(CASE $$VAR.vote WHEN 'non-voting' THEN 1 END)
