import type { Resolvers } from '../../generated/graphql';
import { listMeetings } from '../../../loaders/meeting';
import { pageRequest, toPage } from '../common/pagination';
import { toFilterParams } from '../resolution/toFilterParams';

export const meetingListResolvers: Resolvers = {
  Query: {
    meetings: async (_p, { filter, first, after }, { db }) => {
      const page = pageRequest(first, after);
      // The resolution filter's checks (year range, YYYY-MM-DD dates, non-empty topic) apply as they are.
      const { year, dateFrom, dateTo, topic } = toFilterParams(filter && { year: filter.year, dateFrom: filter.dateFrom, dateTo: filter.dateTo, topic: filter.topic });
      const { rows, total } = await listMeetings(db, { year, dateFrom, dateTo, topic }, page);
      const { edges, pageInfo } = toPage(rows, page, (node, cursor) => ({ cursor, node }));
      return { edges, pageInfo, totalCount: total };
    },
  },
};
