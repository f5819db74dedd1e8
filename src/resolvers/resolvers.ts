import type { Resolvers } from '../generated/graphql';
import { graphResolvers } from './graph/graphResolvers';
import { liveResolvers } from './live/liveResolvers';
import { meetingResolvers } from './meeting/meetingResolvers';
import { memberResolvers } from './member/memberResolvers';
import { nodeResolvers } from './node/nodeResolvers';
import { missionResolvers } from './mission/missionResolvers';
import { resolutionResolvers } from './resolution/resolutionResolvers';
import { searchResolvers } from './search/searchResolvers';
import { statsResolvers } from './stats/statsResolvers';
import { systemResolvers } from './system/systemResolvers';
import { topicResolvers } from './topic/topicResolvers';

/** Every domain's resolvers, merged one level deep (type → field). A field defined twice is a bug. */
export function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = fn;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers(
  systemResolvers,
  resolutionResolvers,
  searchResolvers,
  graphResolvers,
  topicResolvers,
  memberResolvers,
  meetingResolvers,
  statsResolvers,
  nodeResolvers,
  missionResolvers,
  liveResolvers,
);
