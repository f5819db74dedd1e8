// The Meeting row, written once: a query names this fragment with its MEETING placeholder where it projects a
// meeting; each line below is one key of that map (loaders/meeting.ts MeetingRow). Always read whole.
symbol: $$VAR.symbol
number: $$VAR.number
date: $$VAR.date
agenda: $$VAR.agenda
outcome: $$VAR.outcome
