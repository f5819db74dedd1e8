import type { TopicKind } from '../src/generated/graphql';

/** A topic node; `resolutionCount` is present when the query that found it already counted. */
export interface TopicModel {
  key: string;
  name: string;
  kind: TopicKind;
  resolutionCount?: number;
}
