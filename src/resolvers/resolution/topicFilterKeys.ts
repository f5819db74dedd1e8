import type { QueryRunner } from '../../db/Database';
import { TOPIC_KINDS, topicKey } from '../../ingest/merge/topicName';
import { topicByKeys } from '../../../loaders/topic';

/** The keys a topic filter matches for a name in key form (normaliseTopicName): that name's topic of every kind. */
export function topicFilterKeys(name: string): string[] {
  return TOPIC_KINDS.map((kind) => topicKey(kind, name));
}

/** The part of a `$filter` map that names topics: `topicKeys` is what the statements match, `topicFallbackKeys` waits for {@link withTopicFallback}. */
export interface TopicFilterKeys {
  topicKeys: string[] | null;
  topicFallbackKeys: string[] | null;
}

/**
 * `params` as the statements take it: when the name as written names no topic of any kind and has an
 * apostrophe-free spelling ("cote d ivoire" -> "cote divoire"), that spelling's keys stand for `topicKeys`;
 * `topicFallbackKeys` is null after. Decided once per request, by one lookup sent only when such a spelling
 * exists, rather than inside the `$filter` block, where a NOT EXISTS over the written keys ran once per
 * resolution holding the fallback topic (PROFILE of resolution/list, "cote d ivoire": 126 index seeks for 42 rows).
 */
export async function withTopicFallback<P extends TopicFilterKeys>(db: QueryRunner, params: P): Promise<P> {
  if (params.topicKeys === null || params.topicFallbackKeys === null) return params;
  const named = await topicByKeys(db, params.topicKeys);
  return { ...params, topicKeys: named ? params.topicKeys : params.topicFallbackKeys, topicFallbackKeys: null };
}
