import type { Resolvers } from '../../generated/graphql';
import { pageRequest } from '../common/pagination';
import { citationConnection } from './citationConnection';
import { listResolutions } from './listResolutions';
import { parseSymbol } from '../common/arguments';
import { citationSelection, planResolutionList, planResolutionPage } from './planResolutionPage';
import { prefetchResolutionPage } from '../../../loaders/prefetchResolutionPage';
import { toFilterParams } from './toFilterParams';

export const resolutionResolvers: Resolvers = {
  Query: {
    // One statement for the whole page when relations are selected (see planResolutionPage).
    resolution: (_p, { number }, { db, loaders }, info) => {
      const plan = planResolutionPage(info);
      return plan ? prefetchResolutionPage(db, loaders, number, plan) : loaders.resolution.load(number);
    },
    resolutionBySymbol: async (_p, { symbol }, { loaders }) => {
      const parsed = parseSymbol(symbol);
      const found = await loaders.resolution.load(parsed.number);
      return found && (parsed.year === null || parsed.year === found.year) ? found : null;
    },
    resolutions: (_p, { filter, orderBy, first, after }, { db, loaders }, info) =>
      listResolutions(db, loaders, toFilterParams(filter), orderBy ?? 'NUMBER_ASC', pageRequest(first, after), planResolutionList(info)),
  },
  Resolution: {
    text: (r, _a, { loaders }) => (r.hasText ? loaders.text.load(r.number) : null),
    paragraphs: async (r, { kind }, { loaders }) => {
      const all = await loaders.paragraphs.load(r.number);
      return kind ? all.filter((p) => p.kind === kind) : all;
    },
    topics: async (r, { kind }, { loaders }) => {
      const all = await loaders.topics.load(r.number);
      return kind ? all.filter((t) => t.kind === kind) : all;
    },
    meeting: (r, _a, { loaders }) => loaders.meeting.load(r.number),
    composition: (r, _a, { loaders }) => loaders.composition.load(r.number),
    votes: (r) =>
      (r.modality ?? null) === null && (r.votesYes ?? null) === null
        ? null
        : {
            modality: r.modality ?? null,
            yes: r.votesYes ?? null,
            no: r.votesNo ?? null,
            abstain: r.votesAbstain ?? null,
            nonVoting: r.votesNonVoting ?? null,
            unanimous: r.unanimous ?? null,
          },
    cites: async (r, { first, after }, { loaders }, info) => {
      const page = pageRequest(first, after);
      const key = { number: r.number, offset: page.offset, limit: page.limit, ...citationSelection(info, info.fieldNodes) };
      return citationConnection(await loaders.cites.load(key), page);
    },
    citedBy: async (r, { first, after }, { loaders }, info) => {
      const page = pageRequest(first, after);
      const key = { number: r.number, offset: page.offset, limit: page.limit, ...citationSelection(info, info.fieldNodes) };
      return citationConnection(await loaders.citedBy.load(key), page);
    },
  },
};
