import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { canonicalTopicKey } from '../src/ingest/merge/topicName';
import { meetingRow, type MeetingModel } from './meeting';
import { TopicOnlyRow, toTopicModel, type TopicModel } from './topic';

/** A topic by its key (any key it was ever issued under) or a meeting by its exact stored symbol: the entities `node(id:)` has no other loader for. */
export type EntityKey = { type: 'Topic'; key: string } | { type: 'Meeting'; key: string };
export type Entity = ({ type: 'Topic' } & TopicModel) | ({ type: 'Meeting' } & MeetingModel);

const MeetingRow = z.object({ meeting: meetingRow });

/** Topics and meetings by key, null when unknown: at most one query per type per batch. */
export function entityByKey(db: QueryRunner): DataLoader<EntityKey, Entity | null, string> {
  return new DataLoader(
    async (keys) => {
      const topicKeys = keys.filter((k) => k.type === 'Topic').map((k) => canonicalTopicKey(k.key));
      const symbols = keys.filter((k) => k.type === 'Meeting').map((k) => k.key);
      const [topics, meetings] = await Promise.all([
        topicKeys.length > 0 ? db.read(cypher('node/topicsByKeys'), { keys: topicKeys }, TopicOnlyRow) : [],
        symbols.length > 0 ? db.read(cypher('node/meetingsBySymbols'), { symbols }, MeetingRow) : [],
      ]);
      const found = new Map<string, Entity>();
      for (const { topic: t } of topics) found.set(`Topic:${t.key}`, { type: 'Topic', ...toTopicModel(t) });
      for (const m of meetings) found.set(`Meeting:${m.meeting.symbol}`, { type: 'Meeting', ...m.meeting });
      return keys.map((k) => found.get(`${k.type}:${k.type === 'Topic' ? canonicalTopicKey(k.key) : k.key}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.type}:${k.key}` },
  );
}
