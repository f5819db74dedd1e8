import type { z } from 'zod';
import type { Skipped } from '../model/Skipped';

/**
 * Parses JSON Lines (the whole text, or its lines as `readLines` streams them), checking each line
 * against `schema`. Bad JSON and schema failures become skipped records with file:line and a reason;
 * blank lines are ignored.
 */
export function parseJsonLines<T>(
  input: string | Iterable<string>,
  file: string,
  schema: z.ZodType<T>,
  onRow: (row: T, line: number) => string | null,
): Skipped[] {
  const skipped: Skipped[] = [];
  let i = -1;
  for (const line of typeof input === 'string' ? input.split('\n') : input) {
    i += 1;
    const raw = line.trim();
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      skipped.push({ file, line: i + 1, reason: `bad JSON: ${(err as Error).message}` });
      continue;
    }
    const checked = schema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      skipped.push({ file, line: i + 1, reason: `invalid record: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'schema'}` });
      continue;
    }
    const problem = onRow(checked.data, i + 1);
    if (problem) skipped.push({ file, line: i + 1, reason: problem });
  }
  return skipped;
}
