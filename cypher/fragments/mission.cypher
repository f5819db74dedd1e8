// The Mission row, written once: a query names this fragment with its MISSION placeholder (a map) or
// MISSION_COLUMNS (flat return columns) where it projects a mission; each line below is one key
// (loaders/missions.ts missionRow). Always read whole.
key: $$VAR.key
acronym: $$VAR.acronym
name: $$VAR.name
kind: $$VAR.kind
