import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { meetingRow } from '../../../loaders/meetingRow';
import { pageRequest, toPage } from '../common/pagination';
import { toFilterParams } from '../resolution/toFilterParams';

const Row = z.object({ meeting: meetingRow });
const CountRow = z.object({ total: z.number().int() });

export const meetingListResolvers: Resolvers = {
  Query: {
    meetings: async (_p, { filter, first, after }, { db }) => {
      const page = pageRequest(first, after);
      // The resolution filter's checks (year range, YYYY-MM-DD dates, non-empty topic) apply as they are.
      const { year, dateFrom, dateTo, topic } = toFilterParams(filter && { year: filter.year, dateFrom: filter.dateFrom, dateTo: filter.dateTo, topic: filter.topic });
      const params = { filter: { year, dateFrom, dateTo, topic } };
      const [rows, counts] = await Promise.all([
        db.read(cypher('meeting/list'), { ...params, skip: page.offset, limit: page.limit + 1 }, Row),
        db.read(cypher('meeting/listCount'), params, CountRow),
      ]);
      const { edges, pageInfo } = toPage(rows, page, (r, cursor) => ({ cursor, node: r.meeting }));
      return { edges, pageInfo, totalCount: counts[0]?.total ?? 0 };
    },
  },
};
