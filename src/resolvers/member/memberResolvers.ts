import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { memberRow } from '../../../loaders/memberRow';
import { dbEnums } from '../../../loaders/dbEnums';
import { pageRequest, toPage } from '../common/pagination';
import { resolutionRow } from '../../../loaders/resolutionRow';
import { normaliseCode } from './normaliseCode';
import { toTerms } from './toTerms';

const MemberRow = z.object({ member: memberRow });
const RecordRow = z.object({ total: z.number().int(), vote: z.string().nullable(), permanent: z.boolean().nullable(), resolution: resolutionRow });
const CountRow = z.object({ total: z.number().int() });

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
    members: async (_p, { permanent, year }, { db }) =>
      (await db.read(cypher('member/list'), { permanent: permanent ?? null, year: year ?? null }, MemberRow)).map((r) => r.member),
    member: (_p, { code }, { loaders }) => loaders.member.load(normaliseCode(code, 'code')),
  },
  Member: {
    terms: (m) => toTerms(m.years),
    resolutionCount: async (m, _a, { loaders }) => (await loaders.memberVoteCounts.load(m.code)).total,
    voteCounts: async (m, _a, { loaders }) => toVoteCounts(await loaders.memberVoteCounts.load(m.code)),
    votesPerYear: async (m, _a, { loaders }) => (await loaders.memberVotesPerYear.load(m.code)).map((y) => ({ year: y.year, counts: toVoteCounts(y) })),
    votingRecord: async (m, { vote, yearFrom, yearTo, first, after }, { db, loaders }) => {
      const page = pageRequest(first, after);
      const params = { code: m.code, vote: vote ? dbEnums.voteToDb(vote) : null, yearFrom: yearFrom ?? null, yearTo: yearTo ?? null };
      const rows = await db.read(loaders.resolutionQuery('member/votingRecord'), { ...params, skip: page.offset, limit: page.limit }, RecordRow);
      const total = rows[0]?.total ?? (page.offset === 0 ? 0 : ((await db.read(cypher('member/votingRecordCount'), params, CountRow))[0]?.total ?? 0));
      for (const r of rows) loaders.primeResolution(r.resolution);
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
