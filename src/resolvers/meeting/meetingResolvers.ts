import { badInput } from '../../errors/AppError';
import type { Resolvers } from '../../generated/graphql';
import { meetingBySymbol } from '../../../loaders/meeting';

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: async (_p, { symbol }, { db }) => {
      const normalised = symbol.replace(/\s+/g, '').toUpperCase();
      if (normalised === '' || normalised.length > 120) throw badInput('`symbol` must be a meeting symbol such as "S/PV.8148".', { argument: 'symbol' });
      return meetingBySymbol(db, normalised);
    },
  },
  Meeting: {
    resolutions: (m, _a, { loaders }) => loaders.meetingResolutions.load(m.symbol),
  },
};
