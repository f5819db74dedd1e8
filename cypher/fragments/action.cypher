// What one resolution does to a mission or a sanctions regime, written once: the properties of its
// ESTABLISHES, EXTENDS, RENEWS, MODIFIES or TERMINATES edge, named by a query's ACTION placeholder (a map) or
// ACTION_COLUMNS (flat return columns); each line below is one key (loaders/missions.ts actionFields). Always
// read whole. `until` is the date as text (`YYYY-MM-DD`); `period` is null where the paragraph gives none.
action: type($$VAR)
until: toString($$VAR.until)
period: $$VAR.period
paragraph: $$VAR.paragraph
context: $$VAR.context
