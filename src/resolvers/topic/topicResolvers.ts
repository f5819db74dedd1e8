import { badInput } from '../../errors/AppError';
import type { Resolvers, TopicKind } from '../../generated/graphql';
import { dbEnums } from '../../../loaders/dbEnums';
import { listTopics, topicByKeys } from '../../../loaders/topic';
import { pageRequest, toPage } from '../common/pagination';
import { listResolutions } from '../resolution/listResolutions';
import { planResolutionList } from '../resolution/planResolutionPage';
import { toFilterParams } from '../resolution/toFilterParams';
import { apostropheFreeSpelling, canonicalTopicKey, nameSpellings, normaliseTopicName } from '../../ingest/merge/topicName';

/** Name lookups consider every kind unless the client names one; this order breaks ties in resolution count. */
const KIND_PREFERENCE: TopicKind[] = ['AGENDA', 'SITE', 'SUBJECT'];

export const topicResolvers: Resolvers = {
  Query: {
    topics: async (_p, { kind, nameContains, first, after }, { db }) => {
      const page = pageRequest(first, after);
      // Compared with the name part of each topic's key, so case, accents and punctuation do not count, and a space
      // written for an apostrophe is tried without it (as for `topic(name:)`).
      const spellings = nameSpellings(nameContains ?? '');
      if (spellings.length === 0 && (nameContains ?? '').trim() !== '') throw badInput('`nameContains` must contain a letter or digit.', { argument: 'nameContains' });
      const params = { kind: kind ? dbEnums.topicKindToDb(kind) : null, nameContains: spellings.length === 0 ? null : spellings };
      const { rows, total } = await listTopics(db, params, page);
      const { edges, pageInfo } = toPage(rows, page, (node, cursor) => ({ cursor, node }));
      return { edges, pageInfo, totalCount: total };
    },
    topic: async (_p, { name, kind, key }, { db }) => {
      if ((name == null) === (key == null)) throw badInput('Give exactly one of `name` and `key`.', { argument: name == null ? 'name' : 'key' });
      if (key != null) return topicByKeys(db, [canonicalTopicKey(key)]);
      const normalised = normaliseTopicName(name ?? '');
      if (normalised === '') throw badInput('`name` must contain a letter or digit.', { argument: 'name' });
      const keysOf = (n: string) => (kind ? [kind] : KIND_PREFERENCE).map((k) => `${dbEnums.topicKindToDb(k)}:${n}`);
      const found = await topicByKeys(db, keysOf(normalised));
      // A space written for an apostrophe ("cote d ivoire") names no key; its apostrophe-free spelling may, as in the filters.
      const fallback = found ? null : apostropheFreeSpelling(normalised);
      return fallback === null ? found : topicByKeys(db, keysOf(fallback));
    },
  },
  Topic: {
    resolutionCount: async (t, _a, { loaders }) => t.resolutionCount ?? (await loaders.topicStats.load(t.key)).resolutionCount,
    firstYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).firstYear,
    lastYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).lastYear,
    resolutionsPerYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).perYear,
    sourceNames: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).sourceNames,
    resolutions: (t, { orderBy, first, after }, { db, loaders }, info) =>
      listResolutions(db, loaders, toFilterParams(null, { topicKey: t.key }), orderBy ?? 'NUMBER_DESC', pageRequest(first, after), planResolutionList(info)),
  },
};
