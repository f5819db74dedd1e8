export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, doubled quotes and
 * newlines). Each row carries the 1-based line it starts on, for error reports.
 */
export function parseCsv(text: string): CsvRow[] {
  return [...csvRows([text])];
}

/**
 * The rows of CSV text given in pieces (the lines `readLines` streams, each with its `\n`), one row at a
 * time, so a file of any size parses in bounded memory. A piece must not end inside a `""` or `\r\n` pair:
 * whole lines with their newline never do.
 */
export function* csvRows(pieces: Iterable<string>): Generator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (const text of pieces) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else quoted = false;
        } else {
          if (ch === '\n') line++;
          field += ch;
        }
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        fields.push(field);
        if (!(fields.length === 1 && fields[0] === '')) yield { line: rowLine, fields };
        fields = [];
        field = '';
        line++;
        rowLine = line;
      } else field += ch;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { line: rowLine, fields };
  }
}
