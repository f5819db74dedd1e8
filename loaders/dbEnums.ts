import type { ParagraphKind, TopicKind, Vote } from '../src/generated/graphql';

const VOTES: Record<string, Vote> = { yes: 'YES', no: 'NO', abstain: 'ABSTAIN', 'non-voting': 'NON_VOTING' };
const PARAGRAPH_KINDS: Record<string, ParagraphKind> = { preambular: 'PREAMBULAR', operative: 'OPERATIVE' };
const TOPIC_KINDS: Record<string, TopicKind> = { agenda: 'AGENDA', subject: 'SUBJECT', site: 'SITE' };

/**
 * The graph stores enum-like properties as lower-case strings (docs/graph-model.md); the API exposes
 * GraphQL enums. These are the only translations between the two.
 */
export const dbEnums = {
  voteFromDb: (v: string | null): Vote | null => (v === null ? null : (VOTES[v] ?? null)),
  voteToDb: (v: Vote): string => Object.entries(VOTES).find(([, e]) => e === v)![0],
  paragraphKindFromDb: (k: string | null): ParagraphKind => (k === null ? 'OTHER' : (PARAGRAPH_KINDS[k] ?? 'OTHER')),
  topicKindFromDb: (k: string): TopicKind => TOPIC_KINDS[k] ?? 'AGENDA',
  topicKindToDb: (k: TopicKind): string => k.toLowerCase(),
};
