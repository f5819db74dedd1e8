/** A whole graph as rows ready for `UNWIND`: nodes by label, relationships by type, keyed by their ends. */
export interface GraphDump {
  nodes: Array<{ label: string; rows: Array<{ key: unknown; props: Record<string, unknown> }> }>;
  relationships: Array<{ type: string; rows: Array<{ from: unknown; to: unknown; props: Record<string, unknown> }> }>;
}

/** docs/graph-model.md: each label with its key, each relationship type with its ends' labels and keys. */
export const NODE_KEYS = [
  { label: 'Member', key: 'code' },
  { label: 'Meeting', key: 'symbol' },
  { label: 'Topic', key: 'key' },
  { label: 'Resolution', key: 'number' },
  { label: 'Paragraph', key: 'id' },
] as const;

export const RELATIONSHIP_ENDS = [
  { type: 'HAS_PARAGRAPH', file: 'HasParagraph', fromKey: 'number', toKey: 'id' },
  { type: 'HAS_TOPIC', file: 'HasTopic', fromKey: 'number', toKey: 'key' },
  { type: 'ADOPTED_AT', file: 'AdoptedAt', fromKey: 'number', toKey: 'symbol' },
  { type: 'SAT_ON', file: 'SatOn', fromKey: 'code', toKey: 'number' },
  { type: 'CITES', file: 'Cites', fromKey: 'number', toKey: 'number' },
] as const;
