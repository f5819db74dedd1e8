import { z } from 'zod';
import { badInput } from '../../errors/AppError';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers, TopicKind } from '../../generated/graphql';
import { dbEnums } from '../../../loaders/dbEnums';
import { pageRequest, toPage } from '../common/pagination';
import { listResolutions } from '../resolution/listResolutions';
import { toFilterParams } from '../resolution/toFilterParams';
import { canonicalTopicKey, normaliseTopicName } from '../../ingest/merge/topicName';

const TopicRow = z.object({ key: z.string(), name: z.string(), kind: z.string(), resolutionCount: z.number().int() });
const CountRow = z.object({ total: z.number().int() });
const KeyRow = z.object({ i: z.number().int(), key: z.string(), name: z.string(), kind: z.string() });

/** Name lookups consider every kind unless the client names one; this order breaks ties in resolution count. */
const KIND_PREFERENCE: TopicKind[] = ['AGENDA', 'SITE', 'SUBJECT'];

export const topicResolvers: Resolvers = {
  Query: {
    topics: async (_p, { kind, nameContains, first, after }, { db }) => {
      const page = pageRequest(first, after);
      const params = { kind: kind ? dbEnums.topicKindToDb(kind) : null, nameContains: nameContains?.trim().toLowerCase() || null };
      const [rows, counts] = await Promise.all([
        db.read(cypher('topic/list'), { ...params, skip: page.offset, limit: page.limit + 1 }, TopicRow),
        db.read(cypher('topic/count'), params, CountRow),
      ]);
      const { edges, pageInfo } = toPage(rows, page, (r, cursor) => ({
        cursor,
        node: { key: r.key, name: r.name, kind: dbEnums.topicKindFromDb(r.kind), resolutionCount: r.resolutionCount },
      }));
      return { edges, pageInfo, totalCount: counts[0]?.total ?? 0 };
    },
    topic: async (_p, { name, kind, key }, { db }) => {
      if ((name == null) === (key == null)) throw badInput('Give exactly one of `name` and `key`.', { argument: name == null ? 'name' : 'key' });
      if (key != null) {
        const [row] = await db.read(cypher('topic/byKeys'), { keys: [canonicalTopicKey(key)] }, KeyRow);
        return row ? { key: row.key, name: row.name, kind: dbEnums.topicKindFromDb(row.kind) } : null;
      }
      const normalised = normaliseTopicName(name ?? '');
      if (normalised === '') throw badInput('`name` must contain a letter or digit.', { argument: 'name' });
      const keys = (kind ? [kind] : KIND_PREFERENCE).map((k) => `${dbEnums.topicKindToDb(k)}:${normalised}`);
      const [row] = await db.read(cypher('topic/byKeys'), { keys }, KeyRow);
      return row ? { key: row.key, name: row.name, kind: dbEnums.topicKindFromDb(row.kind) } : null;
    },
  },
  Topic: {
    resolutionCount: async (t, _a, { loaders }) => t.resolutionCount ?? (await loaders.topicStats.load(t.key)).resolutionCount,
    firstYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).firstYear,
    lastYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).lastYear,
    resolutionsPerYear: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).perYear,
    sourceNames: async (t, _a, { loaders }) => (await loaders.topicStats.load(t.key)).sourceNames,
    resolutions: (t, { orderBy, first, after }, { db, loaders }) =>
      listResolutions(db, loaders, toFilterParams(null, { topicKey: t.key }), orderBy ?? 'NUMBER_DESC', pageRequest(first, after)),
  },
};
