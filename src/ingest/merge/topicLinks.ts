import { displayRank, displayTopicName, topicKey, type TopicKindName } from './topicName';
import type { TopicLinkSet, TopicRow } from './WriteSet';

/**
 * A resolution's topic links from the names its sources give per kind (a kind with no names is not
 * claimed, so its links stay as they are). Forms that normalise alike become one topic carrying every
 * form in `sourceNames`, shown by the best-ranked one.
 */
export function topicLinks(number: number, namesByKind: Record<TopicKindName, readonly string[]>): TopicLinkSet {
  const set: TopicLinkSet = { number, kinds: [], topics: [] };
  const byKey = new Map<string, TopicRow>();
  for (const kind of Object.keys(namesByKind) as TopicKindName[]) {
    const names = namesByKind[kind];
    if (names.length === 0) continue;
    set.kinds.push(kind);
    for (const sourceName of names) {
      const key = topicKey(kind, sourceName);
      if (key === `${kind}:`) continue;
      const rank = displayRank(sourceName);
      const row = byKey.get(key);
      if (!row) {
        byKey.set(key, { key, kind, name: displayTopicName(sourceName), nameRank: rank, sourceNames: [sourceName] });
        continue;
      }
      if (!row.sourceNames.includes(sourceName)) row.sourceNames = [...row.sourceNames, sourceName].sort();
      if (rank < row.nameRank) Object.assign(row, { name: displayTopicName(sourceName), nameRank: rank });
    }
  }
  set.topics = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return set;
}
