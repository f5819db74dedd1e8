import { z } from 'zod';
import type { TextSource } from '../clean/cleanText';
import type { IngestRecord, MemberSeat, Vote } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import { checkIsoDate } from './checkIsoDate';
import { parseJsonLines } from './parseJsonLines';
import { readResolutionSymbol } from '../../resolutionSymbol';

const nullableString = z.string().nullish();

const Row = z.object({
  number: z.number().int().positive(),
  symbol: z.string().min(1),
  date: nullableString,
  year: z.number().int().nullish(),
  title: nullableString,
  agenda: nullableString,
  subjects: z.array(z.string()).nullish(),
  meeting: nullableString,
  modality: nullableString,
  votes: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), nonVoting: z.number().nullish() }).nullish(),
  members: z
    .array(z.object({ code: z.string().min(2), name: nullableString, permanent: z.boolean().nullish(), vote: z.enum(['Y', 'N', 'A', 'X']).nullish() }))
    .nullish(),
  draft: nullableString,
  sponsors: z.union([z.array(z.string()), z.string()]).nullish(),
  adoptionNote: nullableString,
  text: nullableString,
  undlRecord: nullableString,
  sources: z.record(z.string(), z.unknown()).nullish(),
});

const VOTES: Record<string, Vote> = { Y: 'yes', N: 'no', A: 'abstain', X: 'non-voting' };

/** The dataset's `sources.memberVotes` prose, reduced to the short names the graph keeps in `voteSource`. */
function memberVoteSource(prose: unknown): string | null {
  if (typeof prose !== 'string') return null;
  if (prose === 'unxml') return 'unxml';
  if (prose.startsWith('derived: unanimous')) return 'derived_unanimous';
  if (prose.startsWith('derived: gold-text')) return 'derived_text';
  if (prose.startsWith('partial')) return 'partial_text';
  return prose;
}

/** The dataset's `sources.text` names the text's origin (PROVENANCE.md, sources 1, 2 and 9). */
function textSourceOf(name: unknown): TextSource {
  if (typeof name !== 'string') return 'ocr';
  if (name.startsWith('unxml')) return 'xml';
  if (name.startsWith('pvs')) return 'pdf';
  return 'ocr';
}

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/**
 * `resolutions.jsonl`: the merged per-resolution dataset (PROVENANCE.md, "record schema"). Records go to
 * `emit` one by one when given (the ingest spools them), else into the returned `records`.
 */
export function parseResolutionsJsonl(text: string | Iterable<string>, file: string, emit?: (record: IngestRecord) => void): ParseResult {
  const records: IngestRecord[] = [];
  const push = emit ?? ((r: IngestRecord) => void records.push(r));
  const skipped = parseJsonLines(text, file, Row, (row, line) => {
    const symbol = readResolutionSymbol(row.symbol);
    if (!symbol) return `symbol "${row.symbol}" is not S/RES/N (YYYY)`;
    if (symbol.number !== row.number) return `number ${row.number} disagrees with symbol "${row.symbol}"`;
    if (row.date) {
      const bad = checkIsoDate(row.date);
      if (bad) return bad;
    }
    const year = row.date ? Number(row.date.slice(0, 4)) : (row.year ?? symbol.year ?? undefined);
    if (symbol.year !== null && year !== undefined && symbol.year !== year) return `year ${year} disagrees with symbol "${row.symbol}"`;
    const source = memberVoteSource(row.sources?.memberVotes);
    const members: MemberSeat[] | undefined = row.members?.map((m) => ({
      code: m.code,
      name: m.name ?? undefined,
      permanent: m.permanent ?? undefined,
      vote: m.vote ? (VOTES[m.vote] ?? null) : null,
      voteSource: m.vote ? source : null,
    }));
    push({
      kind: 'resolution',
      origin: { file, line },
      resolution: {
        number: row.number,
        source: 'dataset',
        symbol: row.symbol,
        date: row.date ?? undefined,
        year,
        title: present(row.title) ? row.title : undefined,
        agenda: present(row.agenda) ? row.agenda : undefined,
        subjects: row.subjects && row.subjects.length > 0 ? row.subjects : undefined,
        meeting: present(row.meeting) ? row.meeting : undefined,
        modality: present(row.modality) ? row.modality : undefined,
        votes: row.votes ? { yes: row.votes.yes, no: row.votes.no, abstain: row.votes.abstain, nonVoting: row.votes.nonVoting ?? null } : undefined,
        members: members && members.length > 0 ? members : undefined,
        draft: present(row.draft) ? row.draft : undefined,
        sponsors: typeof row.sponsors === 'string' ? [row.sponsors] : (row.sponsors ?? undefined),
        adoptionNote: present(row.adoptionNote) ? row.adoptionNote : undefined,
        undlRecord: present(row.undlRecord) ? row.undlRecord : undefined,
        rawText: present(row.text) ? row.text : undefined,
        textSource: present(row.text) ? textSourceOf(row.sources?.text) : undefined,
      },
    });
    return null;
  });
  return { records, skipped };
}
