/**
 * Finds projections written again outside cypher/fragments: the check behind "grep finds each projection once
 * in cypher/" (issue 11). It reads query files as written (before any placeholder is expanded), so a query that
 * names a fragment by its placeholder has nothing to find, and one that pastes the fragment's text has.
 */

/** A fragment file as the finder sees it: its name and its body (the lines after the leading comments). */
export interface FragmentText {
  name: string;
  body: string[];
}

/** One pasted copy: in which file, of which fragment, on which variable(s), and what was found. */
export interface PastedProjection {
  file: string;
  fragment: string;
  variables: string;
  found: string[];
}

/** How many of a row fragment's entries (at most all of them) a file must repeat on one variable to count as a copy. */
export const MIN_PASTED_ENTRIES = 3;
/** How many of a whole-file fragment's lines (the filter block, a subquery, the citation map) make a copy. */
export const MIN_PASTED_LINES = 3;

const PLACEHOLDER = /\$\$(VAR|EDGE|MEMBER)/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `expression` as a regex source whose placeholders ($$VAR, $$EDGE, $$MEMBER) match any variable, each captured by name. */
function expressionPattern(expression: string): { source: string; names: string[] } {
  const names: string[] = [];
  const source = expression
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 0) return escape(part).replace(/\s+/g, '\\s*');
      if (names.includes(part)) return `\\k<${part}>`;
      names.push(part);
      return `(?<${part}>\\w+)`;
    })
    .join('');
  return { source, names };
}

/** A row fragment's `key: expression` entries; null when the fragment is not a row (a filter block, a subquery). */
function rowEntries(body: string[]): Array<{ key: string; expression: string }> | null {
  const entries = body.map((line) => /^(\w+): (.+)$/.exec(line.trim()));
  if (entries.some((e) => e === null)) return null;
  return entries.map((e) => ({ key: e![1]!, expression: e![2]! }));
}

/**
 * Every place in `files` (path → text, outside cypher/fragments) that repeats a fragment of `fragments`: at least
 * {@link MIN_PASTED_ENTRIES} entries of one row fragment on the same variables, each as a return column
 * (`x.name AS name`) or a map entry (`name: x.name`) under the fragment's own key; or at least
 * {@link MIN_PASTED_LINES} lines of another fragment's body, whatever variable it is written on.
 */
export function findPastedProjections(fragments: FragmentText[], files: Record<string, string>): PastedProjection[] {
  const found: PastedProjection[] = [];
  for (const [file, text] of Object.entries(files)) {
    const code = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    for (const fragment of fragments) {
      const entries = rowEntries(fragment.body);
      if (entries) {
        const matches: Array<{ key: string; bound: Record<string, string> }> = [];
        for (const { key, expression } of entries) {
          const { source } = expressionPattern(expression);
          for (const form of [`${source}\\s+AS\\s+${key}\\b`, `\\b${key}\\s*:\\s*${source}`]) {
            for (const m of code.matchAll(new RegExp(form, 'g'))) matches.push({ key, bound: { ...m.groups } });
          }
        }
        // A copy puts one variable for each placeholder: the entries that agree with one full binding count together.
        const placeholders = [...new Set(fragment.body.flatMap((line) => [...line.matchAll(PLACEHOLDER)].map((m) => m[1]!)))];
        const bindings = new Map<string, Record<string, string>>();
        for (const { bound } of matches) if (placeholders.every((p) => bound[p] !== undefined)) bindings.set(placeholders.map((p) => bound[p]).join(', '), bound);
        const needed = Math.min(MIN_PASTED_ENTRIES, entries.length);
        for (const [variables, binding] of bindings) {
          const keys = new Set(matches.filter((m) => Object.entries(m.bound).every(([p, v]) => binding[p] === v)).map((m) => m.key));
          if (keys.size >= needed) found.push({ file, fragment: fragment.name, variables, found: [...keys] });
        }
        continue;
      }
      // A whole-file fragment: its substantial lines, each on any variable (a subquery's opening `CALL (x) {` is not;
      // a one-line subquery `CALL () { MATCH … RETURN … }` is).
      const lines = fragment.body.map((l) => l.trim()).filter((l) => l.length >= 12 && !/^[{}()\s]*$|^RETURN\b|^(OPTIONAL )?CALL\b[^{]*\{$/.test(l));
      if (lines.length === 0) continue;
      const pasted = lines.filter((line) => new RegExp(expressionPattern(line).source).test(code));
      if (pasted.length >= Math.min(MIN_PASTED_LINES, lines.length)) found.push({ file, fragment: fragment.name, variables: '*', found: pasted });
    }
  }
  return found;
}
