import { z } from 'zod';
import type { IngestRecord, MemberSeat, Vote } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import { checkIsoDate } from './checkIsoDate';
import { dhlMemberCode } from './dhlMemberCode';
import { parseJsonLines } from './parseJsonLines';
import { readResolutionSymbol } from '../../resolutionSymbol';

const Row = z.object({
  number: z.number().int().positive(),
  symbol: z.string().min(1),
  date: z.string().nullish(),
  title: z.string().nullish(),
  subjects: z.array(z.string()).nullish(),
  votes: z.record(z.string(), z.enum(['yes', 'no', 'abstain', 'non-voting', 'not-voting'])),
  summary: z.object({ yes: z.number(), no: z.number(), abstain: z.number() }).nullish(),
});

/**
 * `dhl_votes.jsonl`: the UN Library's exact per-member votes, titles and subject terms. Member names
 * that cannot be mapped to a code are reported once per name (with the first line it occurs on).
 */
export function parseDhlVotes(text: string, file: string): ParseResult {
  const records: IngestRecord[] = [];
  const unmapped = new Map<string, number>();
  const skipped = parseJsonLines(text, file, Row, (row, line) => {
    const symbol = readResolutionSymbol(row.symbol);
    if (!symbol) return `symbol "${row.symbol}" is not S/RES/N (YYYY)`;
    if (symbol.number !== row.number) return `number ${row.number} disagrees with symbol "${row.symbol}"`;
    if (row.date) {
      const bad = checkIsoDate(row.date);
      if (bad) return bad;
    }
    const date = row.date ?? undefined;
    const members: MemberSeat[] = [];
    let nonVoting = 0;
    for (const [name, raw] of Object.entries(row.votes)) {
      const vote: Vote = raw === 'not-voting' ? 'non-voting' : raw;
      if (vote === 'non-voting') nonVoting++;
      const code = dhlMemberCode(name, date);
      if (!code) {
        if (!unmapped.has(name)) unmapped.set(name, line);
        continue;
      }
      members.push({ code, vote, voteSource: 'dhl' });
    }
    records.push({
      kind: 'resolution',
      origin: { file, line },
      resolution: {
        number: row.number,
        source: 'dhl',
        symbol: row.symbol,
        date,
        year: date ? Number(date.slice(0, 4)) : (symbol.year ?? undefined),
        title: row.title?.trim() || undefined,
        subjects: row.subjects && row.subjects.length > 0 ? [...new Set(row.subjects.map((s) => s.trim()).filter(Boolean))] : undefined,
        members: members.length > 0 ? members : undefined,
        votes: row.summary ? { yes: row.summary.yes, no: row.summary.no, abstain: row.summary.abstain, nonVoting } : undefined,
      },
    });
    return null;
  });
  for (const [name, line] of unmapped) skipped.push({ file, line, reason: `member name "${name}" has no code; its votes were skipped` });
  return { records, skipped };
}
