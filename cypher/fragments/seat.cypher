// The Council seat row, written once: one member's seat on one resolution. A query names this fragment with its
// SEAT placeholder, the SAT_ON edge (EDGE below) then the member (MEMBER), where it projects a seat; each line is
// one key of that map, and a request reads only the keys its selection needs (`code`, `vote` and `permanent`
// always; Member resolvers load what a member lacks by its code). `permanent` is the seat's own flag (permanent
// at that time), the member's current one when the edge has none.
code: $$MEMBER.code
name: $$MEMBER.name
memberPermanent: $$MEMBER.permanent
vote: $$EDGE.vote
permanent: coalesce($$EDGE.permanent, $$MEMBER.permanent)
voteSource: $$EDGE.voteSource
