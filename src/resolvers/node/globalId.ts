import { badInput } from '../../errors/AppError';

/** The entity types that implement `Node`, with the natural key each global ID wraps. */
export type NodeType = 'Resolution' | 'Topic' | 'Meeting' | 'Member';

export interface GlobalId {
  type: NodeType;
  /** The natural key as text: a resolution number, topic key, meeting symbol or member code. */
  key: string;
}

/** What a well-formed key looks like per type; anything else was never issued by this API. */
const KEY_SHAPES: Record<NodeType, RegExp> = {
  Resolution: /^[1-9]\d{0,6}$/,
  Topic: /^(agenda|subject|site):\S.{0,299}$/s,
  Meeting: /^\S.{0,119}$/s,
  Member: /^[A-Z]{2,4}$/,
};

/**
 * Global IDs are base64 of "<Type>:<key>" (the Relay convention). Clients must treat them as opaque;
 * the encoding is ours to change behind the same `node(id:)`.
 */
export function toGlobalId(type: NodeType, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64');
}

/** Decodes an ID this API issued; anything else is BAD_USER_INPUT naming the argument. */
export function fromGlobalId(id: string, argument: string): GlobalId {
  const malformed = () => badInput(`\`${argument}\` is not a global ID this API issued: "${id.slice(0, 60)}".`, { argument });
  if (id.length === 0 || id.length > 600 || !/^[A-Za-z0-9+/]+={0,2}$/.test(id)) throw malformed();
  const text = Buffer.from(id, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon) as NodeType;
  const key = text.slice(colon + 1);
  if (colon < 1 || !Object.hasOwn(KEY_SHAPES, type) || !KEY_SHAPES[type].test(key) || toGlobalId(type, key) !== id) throw malformed();
  return { type, key };
}
