import fs from 'node:fs';
import readline from 'node:readline';

/** Streams a JSON-lines file, one parsed value per non-empty line; a bad line throws with file:line. */
export async function* readJsonLines(file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`${file}:${lineNo}: ${(err as Error).message}`);
    }
  }
}
