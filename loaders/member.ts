import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from './dbEnums';
import { groupBy } from './groupBy';
import { resolutionRow, type ResolutionReads } from './resolutionRow';

/**
 * The `member` map `cypher/member/*` projects. `years` is absent on a seat's member (composition, page): fifteen
 * seats a resolution, each carrying every year its member sat, made most of a listing's payload, so
 * `Member.terms` loads the years by code when a seat's member lacks them.
 */
export const memberRow = z.object({
  code: z.string(),
  name: z.string(),
  permanent: z.boolean(),
  years: z.array(z.number().int()).optional(),
});

/**
 * A member (the GraphQL `Member` parent). The `cypher/member/*` reads carry every field but, on some, `years`; a
 * seat's member carries only what the operation selects on `Member` (see {@link seatRow}): the Member resolvers
 * load what a member lacks by its code.
 */
export interface MemberModel {
  code: string;
  name?: string;
  permanent?: boolean;
  years?: number[];
}

/**
 * One Council seat as `cypher/fragments/seat.cypher` projects it: `code`, `vote` and `permanent` always; the
 * member's name and own flag and the vote source only when the request's operation selects the fields they feed
 * anywhere (`RowSelection.seat`, src/graphql/rowSelection.ts), so every seat read of one request carries the same
 * keys and a listing of seats reads no member name or vote source it does not show.
 */
export const seatRow = z.object({
  code: z.string(),
  name: z.string().optional(),
  memberPermanent: z.boolean().optional(),
  vote: z.string().nullable(),
  permanent: z.boolean(),
  voteSource: z.string().nullable().optional(),
});

export const toSeatModel = (r: z.infer<typeof seatRow>) => ({
  member: { code: r.code, name: r.name, permanent: r.memberPermanent } satisfies MemberModel,
  vote: dbEnums.voteFromDb(r.vote),
  permanent: r.permanent,
  voteSource: r.voteSource,
});
/** One member's seat for one resolution (a SAT_ON edge); the fields the operation did not select are absent. */
export type SeatModel = ReturnType<typeof toSeatModel>;

const MemberRow = z.object({ member: memberRow });
const CompositionRow = z.object({ resolution: z.number().int(), composition: z.array(seatRow) });
const VoteCountsRow = z.object({
  code: z.string(),
  total: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  nonVoting: z.number().int(),
});
export type MemberVoteCounts = z.infer<typeof VoteCountsRow>;
const YearVotesRow = VoteCountsRow.extend({ year: z.number().int() });
export type MemberYearVotes = z.infer<typeof YearVotesRow>;
const RecordRow = z.object({ total: z.number().int(), vote: z.string().nullable(), permanent: z.boolean().nullable(), resolution: resolutionRow.nullable() });
/** A vote of a member's voting record and the total across pages. */
export type VotingRecordRow = z.infer<typeof RecordRow> & { resolution: z.infer<typeof resolutionRow> };

/** Members by (upper-case) code, null when unknown. */
export function memberByCode(db: QueryRunner): DataLoader<string, MemberModel | null> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/list'), { codes: [...codes], permanent: null, year: null }, MemberRow);
    const found = new Map(rows.map((r) => [r.member.code, r.member]));
    return codes.map((c) => found.get(c) ?? null);
  });
}

/**
 * Each resolution's Council composition with votes: permanent members first, then by code. `query` gives the
 * statement with its seat rows cut to the request's selection (`Loaders.resolutionQuery`).
 */
export function compositionByResolution(db: QueryRunner, query: (name: string) => CypherQuery): DataLoader<number, SeatModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(query('resolution/composition'), { numbers: [...numbers], withComposition: true }, CompositionRow);
    const found = new Map(rows.map((r) => [r.resolution, r.composition]));
    return numbers.map((n) => (found.get(n) ?? []).map(toSeatModel));
  });
}

/** How each member voted, counted over every resolution it sat on. */
export function voteCountsByMember(db: QueryRunner): DataLoader<string, MemberVoteCounts> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/voteCounts'), { codes: [...codes] }, VoteCountsRow);
    const found = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => found.get(c) ?? { code: c, total: 0, yes: 0, no: 0, abstain: 0, nonVoting: 0 });
  });
}

/** How each member voted, counted per year (ascending); an empty list for a member that never sat. */
export function votesPerYearByMember(db: QueryRunner): DataLoader<string, MemberYearVotes[]> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/votesPerYear'), { codes: [...codes] }, YearVotesRow);
    const byCode = groupBy(rows, (r) => r.code);
    return codes.map((c) => byCode.get(c) ?? []);
  });
}

/** Every member, optionally only permanent (or elected) ones and only those that sat in `year`. */
export async function listMembers(db: QueryRunner, params: { permanent: boolean | null; year: number | null }): Promise<MemberModel[]> {
  return (await db.read(cypher('member/list'), { ...params, codes: null }, MemberRow)).map((r) => r.member);
}

export type VotingRecordParams = {
  code: string;
  /** A stored vote value (see {@link dbEnums.voteToDb}), or null for every vote. */
  vote: string | null;
  yearFrom: number | null;
  yearTo: number | null;
};

/**
 * One page of a member's votes by resolution number, with the total across pages, in one statement (a page past
 * the end is a row with the total and no resolution). The page's resolutions are primed.
 */
export async function votingRecord(db: QueryRunner, reads: ResolutionReads, params: VotingRecordParams, page: { offset: number; limit: number }) {
  const found = await db.read(reads.resolutionQuery('member/votingRecord'), { ...params, skip: page.offset, limit: page.limit }, RecordRow);
  const rows = found.filter((r): r is VotingRecordRow => r.resolution !== null);
  for (const r of rows) reads.primeResolution(r.resolution);
  return { rows, total: found[0]?.total ?? 0 };
}
