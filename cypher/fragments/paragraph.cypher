// The Paragraph row, written once: a query names this fragment with its PARAGRAPH placeholder (a map) or
// PARAGRAPH_COLUMNS (flat return columns) where it projects a paragraph; each line below is one key
// (loaders/resolution.ts paragraphRow, which the search snippets extend). Always read whole.
id: $$VAR.id
ordinal: $$VAR.ordinal
kind: $$VAR.kind
number: $$VAR.number
text: $$VAR.text
