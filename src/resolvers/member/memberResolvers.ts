import type { Resolvers } from '../../generated/graphql';
import { dbEnums } from '../../../loaders/dbEnums';
import type { Loaders } from '../../../loaders/createLoaders';
import { listMembers, votingRecord, type MemberModel } from '../../../loaders/member';
import { normaliseCode } from '../common/arguments';
import { pageRequest, toPage } from '../common/pagination';

/** Sorted years on the Council as runs of consecutive years ("terms"). */
export function toTerms(years: number[]): Array<{ from: number; to: number }> {
  const terms: Array<{ from: number; to: number }> = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = terms[terms.length - 1];
    if (last && year === last.to + 1) last.to = year;
    else terms.push({ from: year, to: year });
  }
  return terms;
}

/**
 * A member's field from its row, or from the member loaded by code when the row lacks it: a seat's member
 * carries only the fields its operation selects on `Member` and never its years (loaders/member.ts).
 */
async function fieldOf<K extends 'name' | 'permanent' | 'years'>(m: MemberModel, key: K, loaders: Loaders): Promise<MemberModel[K]> {
  return m[key] ?? (await loaders.member.load(m.code))?.[key];
}

/** A field every member node has (memberRow): absent only if the seat's member vanished mid-request, an internal error. */
async function requiredFieldOf<K extends 'name' | 'permanent'>(m: MemberModel, key: K, loaders: Loaders): Promise<NonNullable<MemberModel[K]>> {
  const value = await fieldOf(m, key, loaders);
  if (value === undefined) throw new Error(`member ${m.code} has no ${key}`);
  return value;
}

/** A member's years on the Council. */
async function yearsOf(m: MemberModel, loaders: Loaders): Promise<number[]> {
  return (await fieldOf(m, 'years', loaders)) ?? [];
}

/** Vote counts of a set of seats; seats with none of the four votes are unknown. */
const toVoteCounts = (c: { total: number; yes: number; no: number; abstain: number; nonVoting: number }) => ({
  yes: c.yes,
  no: c.no,
  abstain: c.abstain,
  nonVoting: c.nonVoting,
  unknown: c.total - c.yes - c.no - c.abstain - c.nonVoting,
});

export const memberResolvers: Resolvers = {
  Query: {
    members: (_p, { permanent, year }, { db }) => listMembers(db, { permanent: permanent ?? null, year: year ?? null }),
    member: (_p, { code }, { loaders }) => loaders.member.load(normaliseCode(code, 'code')),
  },
  Member: {
    name: (m, _a, { loaders }) => requiredFieldOf(m, 'name', loaders),
    permanent: (m, _a, { loaders }) => requiredFieldOf(m, 'permanent', loaders),
    years: (m, _a, { loaders }) => yearsOf(m, loaders),
    terms: async (m, _a, { loaders }) => toTerms(await yearsOf(m, loaders)),
    resolutionCount: async (m, _a, { loaders }) => (await loaders.memberVoteCounts.load(m.code)).total,
    voteCounts: async (m, _a, { loaders }) => toVoteCounts(await loaders.memberVoteCounts.load(m.code)),
    votesPerYear: async (m, _a, { loaders }) => (await loaders.memberVotesPerYear.load(m.code)).map((y) => ({ year: y.year, counts: toVoteCounts(y) })),
    votingRecord: async (m, { vote, yearFrom, yearTo, first, after }, { db, loaders }) => {
      const page = pageRequest(first, after);
      const params = { code: m.code, vote: vote ? dbEnums.voteToDb(vote) : null, yearFrom: yearFrom ?? null, yearTo: yearTo ?? null };
      const { rows, total } = await votingRecord(db, loaders, params, page);
      // An edge without its own flag takes the member's, which a seat's member may have to load.
      const memberPermanent = rows.some((r) => r.permanent === null) ? await requiredFieldOf(m, 'permanent', loaders) : false;
      const { edges, pageInfo } = toPage(
        rows,
        page,
        (r, cursor) => ({ cursor, vote: dbEnums.voteFromDb(r.vote), permanent: r.permanent ?? memberPermanent, node: r.resolution }),
        total,
      );
      return { edges, pageInfo, totalCount: total };
    },
  },
};
