import { badInput } from '../../errors/AppError';
import type { Context } from '../../graphql/Context';
import type { Resolvers } from '../../generated/graphql';
import { MAX_NODE_IDS } from '../../limits';
import type { MeetingModel } from '../../../loaders/meeting';
import type { MemberModel } from '../../../loaders/member';
import type { ResolutionModel } from '../../../loaders/resolutionRow';
import type { TopicModel } from '../../../loaders/topic';
import { fromGlobalId, toGlobalId, type GlobalId, type NodeType } from './globalId';

type NodeModel = (ResolutionModel | TopicModel | MeetingModel | MemberModel) & { __typename: NodeType };

/** One entity through the request's loaders, so `nodes(ids:)` costs one query per type. */
async function loadNode({ type, key }: GlobalId, { loaders }: Context): Promise<NodeModel | null> {
  switch (type) {
    case 'Resolution': {
      const r = await loaders.resolution.load(Number(key));
      return r && { ...r, __typename: type };
    }
    case 'Member': {
      const m = await loaders.member.load(key);
      return m && { ...m, __typename: type };
    }
    case 'Topic':
    case 'Meeting': {
      const e = await loaders.entity.load({ type, key });
      if (!e) return null;
      const { type: _type, ...model } = e;
      return { ...model, __typename: type };
    }
  }
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, ctx) => loadNode(fromGlobalId(id, 'id'), ctx),
    nodes: (_p, { ids }, ctx) => {
      if (ids.length > MAX_NODE_IDS) throw badInput(`\`ids\` holds ${ids.length} IDs; at most ${MAX_NODE_IDS} are allowed.`, { argument: 'ids', max: MAX_NODE_IDS });
      // Every ID is checked before any is fetched: a malformed one fails the field without database work.
      const parsed = ids.map((id) => fromGlobalId(id, 'ids'));
      return Promise.all(parsed.map((g) => loadNode(g, ctx)));
    },
  },
  Node: {
    __resolveType: (n) => (n as NodeModel).__typename,
  },
  Resolution: { id: (r) => toGlobalId('Resolution', r.number) },
  Topic: { id: (t) => toGlobalId('Topic', t.key) },
  Meeting: { id: (m) => toGlobalId('Meeting', m.symbol) },
  Member: { id: (m) => toGlobalId('Member', m.code) },
};
