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

/** A member's years on the Council: a seat's member comes without them, so they are loaded by code. */
async function yearsOf(m: MemberModel, loaders: Loaders): Promise<number[]> {
  return m.years ?? (await loaders.member.load(m.code))?.years ?? [];
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
    years: (m, _a, { loaders }) => yearsOf(m, loaders),
    terms: async (m, _a, { loaders }) => toTerms(await yearsOf(m, loaders)),
    resolutionCount: async (m, _a, { loaders }) => (await loaders.memberVoteCounts.load(m.code)).total,
    voteCounts: async (m, _a, { loaders }) => toVoteCounts(await loaders.memberVoteCounts.load(m.code)),
    votesPerYear: async (m, _a, { loaders }) => (await loaders.memberVotesPerYear.load(m.code)).map((y) => ({ year: y.year, counts: toVoteCounts(y) })),
    votingRecord: async (m, { vote, yearFrom, yearTo, first, after }, { db, loaders }) => {
      const page = pageRequest(first, after);
      const params = { code: m.code, vote: vote ? dbEnums.voteToDb(vote) : null, yearFrom: yearFrom ?? null, yearTo: yearTo ?? null };
      const { rows, total } = await votingRecord(db, loaders, params, page);
      const { edges, pageInfo } = toPage(
        rows,
        page,
        (r, cursor) => ({ cursor, vote: dbEnums.voteFromDb(r.vote), permanent: r.permanent ?? m.permanent, node: r.resolution }),
        total,
      );
      return { edges, pageInfo, totalCount: total };
    },
  },
};
