import { z } from 'zod';
import type { IngestRecord } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import { checkIsoDate } from './checkIsoDate';
import { parseJsonLines } from './parseJsonLines';

const Row = z.object({
  meeting: z.string().min(1).nullish(),
  date: z.string(),
  topic: z.string().nullish(),
  resolutions: z.array(z.number().int().positive()).default([]),
  outcome: z.string().nullish(),
});

/** The meeting's key: its record symbol, or "VTC <date> <topic>" for 2020 VTC meetings that have none. */
export function meetingKey(symbol: string | null | undefined, date: string, topic: string | null | undefined): string {
  return symbol ?? `VTC ${date} ${topic ?? ''}`.trim();
}

/** `meetings.jsonl`: one line per Council meeting of the Library's "Meetings conducted" tables; records go to `emit` when given. */
export function parseMeetingsJsonl(text: string | Iterable<string>, file: string, emit?: (record: IngestRecord) => void): ParseResult {
  const records: IngestRecord[] = [];
  const push = emit ?? ((r: IngestRecord) => void records.push(r));
  const skipped = parseJsonLines(text, file, Row, (row, line) => {
    const bad = checkIsoDate(row.date);
    if (bad) return bad;
    if (row.meeting && !/^S\/PV\.\d+/.test(row.meeting)) return `meeting "${row.meeting}" is not S/PV.N`;
    const num = row.meeting ? /^S\/PV\.(\d+)/.exec(row.meeting) : null;
    push({
      kind: 'meeting',
      origin: { file, line },
      meeting: {
        symbol: meetingKey(row.meeting, row.date, row.topic),
        number: num ? Number(num[1]) : null,
        date: row.date,
        agenda: row.topic ?? null,
        outcome: row.outcome && row.outcome !== '--' ? row.outcome : null,
        resolutions: row.resolutions,
      },
    });
    return null;
  });
  return { records, skipped };
}
