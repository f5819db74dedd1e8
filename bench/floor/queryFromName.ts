import { cypherByName, type CypherQuery } from '../../src/db/CypherQuery';

/**
 * The query text behind a traced name: `domain/name` is the file, `domain/name#title,symbol` the same
 * file with its Resolution projection cut to those keys, `...@3` with its depth placeholder set to 3,
 * each by the very helper the API uses.
 */
export function queryFromName(name: string): CypherQuery {
  return cypherByName(name);
}
