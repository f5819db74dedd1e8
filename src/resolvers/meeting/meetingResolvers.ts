import { badInput } from '../../errors/AppError';
import type { Resolvers } from '../../generated/graphql';
import { listMeetings, meetingBySymbol } from '../../../loaders/meeting';
import { pageRequest, toPage } from '../common/pagination';
import { toFilterParams } from '../resolution/toFilterParams';
import { withTopicFallback } from '../resolution/topicFilterKeys';
import { nameSpellings } from '../../ingest/merge/topicName';

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: async (_p, { symbol }, { db }) => {
      const normalised = symbol.replace(/\s+/g, '').toUpperCase();
      if (normalised === '' || normalised.length > 120) throw badInput('`symbol` must be a meeting symbol such as "S/PV.8148".', { argument: 'symbol' });
      return meetingBySymbol(db, normalised);
    },
    meetings: async (_p, { filter, first, after }, { db }) => {
      const page = pageRequest(first, after);
      // The resolution filter's checks (year range, YYYY-MM-DD dates, non-empty topic) apply as they are.
      // Its topic keys too, the apostrophe-free fallback included, so both lists find a topic by the same names.
      const checked = toFilterParams(filter && { year: filter.year, dateFrom: filter.dateFrom, dateTo: filter.dateTo, topic: filter.topic });
      const { year, dateFrom, dateTo, topicKeys } = await withTopicFallback(db, checked);
      const name = topicKeys === null ? null : (filter?.topic ?? '').trim();
      const agendaKeys = name === null ? null : nameSpellings(name);
      const agenda = name === null ? null : name.toLowerCase();
      const { rows, total } = await listMeetings(db, { year, dateFrom, dateTo, topicKeys, agendaKeys, agenda }, page);
      const { edges, pageInfo } = toPage(rows, page, (node, cursor) => ({ cursor, node }));
      return { edges, pageInfo, totalCount: total };
    },
  },
  Meeting: {
    resolutions: (m, _a, { loaders }) => loaders.meetingResolutions.load(m.symbol),
  },
};
