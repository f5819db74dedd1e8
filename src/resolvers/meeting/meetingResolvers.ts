import { z } from 'zod';
import { badInput } from '../../errors/AppError';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { meetingRow } from '../../../loaders/meetingRow';

const Row = z.object({ meeting: meetingRow });

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: async (_p, { symbol }, { db }) => {
      const normalised = symbol.replace(/\s+/g, '').toUpperCase();
      if (normalised === '' || normalised.length > 120) throw badInput('`symbol` must be a meeting symbol such as "S/PV.8148".', { argument: 'symbol' });
      const [row] = await db.read(cypher('meeting/bySymbol'), { symbol: normalised }, Row);
      return row?.meeting ?? null;
    },
  },
  Meeting: {
    resolutions: (m, _a, { loaders }) => loaders.meetingResolutions.load(m.symbol),
  },
};
